package cn.communityworkers.organisation;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.communityworkers.system.CurrentUser;
import cn.communityworkers.system.NotFoundException;
import cn.communityworkers.system.RuleViolationException;
import cn.communityworkers.system.Variable;

/** The registry of cities, counties, streets and communities, and the Camunda groups that act for them. */
@Service
public class OrganisationService {

    private final CityRepository cities;
    private final CountyRepository counties;
    private final StreetRepository streets;
    private final CommunityRepository communities;
    private final GroupDirectory groups;
    private final CurrentUser currentUser;
    private final CountyFigures figures;
    private final Clock clock;

    OrganisationService(CityRepository cities, CountyRepository counties, StreetRepository streets,
            CommunityRepository communities, GroupDirectory groups, CurrentUser currentUser, CountyFigures figures,
            Clock clock) {
        this.cities = cities;
        this.counties = counties;
        this.streets = streets;
        this.communities = communities;
        this.groups = groups;
        this.currentUser = currentUser;
        this.figures = figures;
        this.clock = clock;
    }

    /** The ground of a wage changed by an administrator's update of the county (it recomputes nobody's pay). */
    static final String WAGE_CHANGED_IN_REGISTRY = "管理员更新县(市、区)登记信息(未重算薪酬,重算须启动薪酬调整)";

    /** Result of a create-or-update: the stored unit and whether it is new. */
    public record Saved<T>(T unit, boolean created) {
    }

    /** Creates or renames a city (administrators only), with its departments' groups. */
    @Transactional
    public Saved<City> putCity(String code, String name) {
        currentUser.requireAdmin("修改组织机构");
        Optional<City> existing = cities.findById(code);
        City saved = cities.save(new City(code, name, existing.map(City::version).orElse(null)));
        groups.ensureCityGroups(code, name);
        return new Saved<>(saved, existing.isEmpty());
    }

    /** As {@link #putCounty(String, String, String, long, BigDecimal)}, a county of no city. */
    @Transactional
    public Saved<County> putCounty(String code, String name, long urbanResidentPopulation,
            BigDecimal averageMonthlyWage) {
        return putCounty(code, name, null, urbanResidentPopulation, averageMonthlyWage);
    }

    /**
     * Creates or updates a county (administrators only), with its departments' groups: its name, the city it belongs
     * to ({@code cityCode}, a registered city, or null for none), its urban residents and its average wage, as given;
     * the approved total stays. A changed wage is logged.
     */
    @Transactional
    public Saved<County> putCounty(String code, String name, String cityCode, long urbanResidentPopulation,
            BigDecimal averageMonthlyWage) {
        currentUser.requireAdmin("修改组织机构");
        if (cityCode != null && !cities.existsById(cityCode)) {
            throw RuleViolationException.badRequest("cityCode", "exists", "不是登记的市:" + cityCode);
        }
        Optional<County> existing = counties.findById(code);
        County saved = counties.save(new County(code, name, cityCode, urbanResidentPopulation, averageMonthlyWage,
                existing.map(County::approvedTotal).orElse(null), existing.map(County::version).orElse(null)));
        if (existing.isPresent() && !sameAmount(existing.get().averageMonthlyWage(), averageMonthlyWage)) {
            figures.log(code, CountyChange.Attribute.AVERAGE_MONTHLY_WAGE, plain(existing.get().averageMonthlyWage()),
                    plain(averageMonthlyWage), LocalDate.now(clock), WAGE_CHANGED_IN_REGISTRY, null);
        }
        groups.ensureCountyGroups(code, name);
        return new Saved<>(saved, existing.isEmpty());
    }

    @Transactional
    public Saved<Street> putStreet(String code, String name, String countyCode) {
        currentUser.requireAdmin("修改组织机构");
        if (!counties.existsById(countyCode)) {
            throw RuleViolationException.badRequest("countyCode", "exists",
                    "县(市、区)" + countyCode + " 不存在");
        }
        Optional<Street> existing = streets.findById(code);
        if (existing.isPresent() && !existing.get().countyCode().equals(countyCode)) {
            throw RuleViolationException.conflict("countyCode", "unchanged",
                    "街道(乡镇)" + code + " 属于县(市、区)" + existing.get().countyCode()
                            + ",不能改属其他县");
        }
        Street saved = streets.save(new Street(code, name, countyCode, existing.map(Street::version).orElse(null)));
        groups.ensureStreetGroups(code, name);
        return new Saved<>(saved, existing.isEmpty());
    }

    @Transactional
    public Saved<Community> putCommunity(String code, String name, String streetCode) {
        currentUser.requireAdmin("修改组织机构");
        if (!streets.existsById(streetCode)) {
            throw RuleViolationException.badRequest("streetCode", "exists",
                    "街道(乡镇)" + streetCode + " 不存在");
        }
        Optional<Community> existing = communities.findById(code);
        if (existing.isPresent() && !existing.get().streetCode().equals(streetCode)) {
            throw RuleViolationException.conflict("streetCode", "unchanged",
                    "社区" + code + " 属于街道(乡镇)" + existing.get().streetCode()
                            + ",不能改属其他街道");
        }
        Community saved = communities.save(
                new Community(code, name, streetCode, existing.map(Community::version).orElse(null)));
        groups.ensureCommunityGroups(code, name);
        return new Saved<>(saved, existing.isEmpty());
    }

    public City city(String code) {
        return cities.findById(code).orElseThrow(() -> new NotFoundException("市", code));
    }

    public County county(String code) {
        return counties.findById(code).orElseThrow(() -> new NotFoundException("县(市、区)", code));
    }

    public Street street(String code) {
        return streets.findById(code).orElseThrow(() -> new NotFoundException("街道(乡镇)", code));
    }

    public Community community(String code) {
        return communities.findById(code).orElseThrow(() -> new NotFoundException("社区", code));
    }

    /**
     * The registered county a start request names in {@code variable} (a process's {@code countyCode}); a missing
     * code or one of no county is refused naming the field.
     */
    public County requestedCounty(VariableScope request, Variable<String> variable) {
        String code = variable.read(request);
        return findCounty(code).orElseThrow(() -> variable.refusal("不是登记的县(市、区):" + code));
    }

    public Optional<City> findCity(String code) {
        return cities.findById(code);
    }

    public Optional<County> findCounty(String code) {
        return counties.findById(code);
    }

    public Optional<Street> findStreet(String code) {
        return streets.findById(code);
    }

    /** The counties of the city, in code order. */
    public List<County> countiesOfCity(String cityCode) {
        return counties.findByCityCodeOrderByCode(cityCode);
    }

    /** The streets of the county, in code order. */
    public List<Street> streetsOfCounty(String countyCode) {
        return streets.findByCountyCodeOrderByCode(countyCode);
    }

    public List<Community> communitiesOfStreet(String streetCode) {
        return communities.findByStreetCodeOrderByCode(streetCode);
    }

    public Optional<OrgUnit> findUnitOfCommunity(String communityCode) {
        return communities.findById(communityCode).map(community -> {
            Street street = street(community.streetCode());
            County county = county(street.countyCode());
            return new OrgUnit(county.code(), county.name(), street.code(), street.name(), community.code(),
                    community.name());
        });
    }

    /**
     * At start, every unit's groups get the permission to start the processes their role starts, so that a
     * process added in a new release is open to the units registered before it.
     */
    @EventListener(ApplicationReadyEvent.class)
    @Order(5)
    @Transactional
    public void grantProcessStarts() {
        // a unit role added in a new release (the county audit office) gets its group in the counties registered before
        counties.findAll().forEach(county -> groups.ensureCountyGroups(county.code(), county.name()));
        for (UnitRole role : groups.startingRoles()) {
            List<String> codes = switch (role) {
                case COUNTY_SOCIAL_WORK, COUNTY_ORGANIZATION, COUNTY_HRSS, COUNTY_AUDIT -> counties.findAll().stream().map(County::code).toList();
                case STREET_PARTY, STREET_HR, STREET_UNION -> streets.findAll().stream().map(Street::code).toList();
                case COMMUNITY_PARTY -> communities.findAll().stream().map(Community::code).toList();
            };
            codes.forEach(code -> groups.grantStarts(role, role.group(code)));
        }
    }

    private static boolean sameAmount(BigDecimal one, BigDecimal other) {
        return one == null ? other == null : other != null && one.compareTo(other) == 0;
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }

    public List<County> allCounties() {
        return counties.findAll();
    }

    /** Every city, for the statistics of auditors and administrators. */
    public List<City> allCities() {
        return cities.findAll();
    }
}
