package cn.communityworkers.statistics;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.annotation.PreDestroy;

import org.springframework.stereotype.Service;

import cn.communityworkers.organisation.City;
import cn.communityworkers.organisation.County;
import cn.communityworkers.organisation.CountyFigures;
import cn.communityworkers.organisation.OrganisationService;
import cn.communityworkers.organisation.Street;
import cn.communityworkers.organisation.UnitGroups;
import cn.communityworkers.statistics.Statistics.Level;
import cn.communityworkers.statistics.Statistics.Unit;
import cn.communityworkers.system.CurrentUser;
import cn.communityworkers.system.ForbiddenException;
import cn.communityworkers.system.NotFoundException;
import cn.communityworkers.system.RuleViolationException;
import cn.communityworkers.training.TrainingRequirements;
import cn.communityworkers.workforce.ReservedSeats;

/**
 * The workforce statistics of a city, county or street as of a date (《意见》第16条): the tables of {@link Figures},
 * the workers behind a figure, and who may see them. A unit's figures are for the administrators, the auditors, the
 * unit's departments and those of the units above it: a city's social-work and organisation departments, a county's
 * social-work, organisation and human-resources departments, a street's party working committee and personnel office.
 * The same people see the lists of workers. It opens no transaction: the training requirement is a decision the
 * engine evaluates and records in its history, which a read-only transaction refuses on PostgreSQL.
 */
@Service
public class StatisticsService {

    private static final String CODE = "{code}";

    /** The groups whose members see a unit's figures, by the level of the unit, as templates of {@link UnitGroups}. */
    private static final Map<Level, List<Pattern>> DEPARTMENTS = Map.of(
            Level.CITY, patterns(UnitGroups.cityDepartments(CODE)),
            Level.COUNTY, patterns(UnitGroups.countyDepartments(CODE)),
            Level.STREET, patterns(List.of(UnitGroups.streetParty(CODE), UnitGroups.streetHr(CODE))));

    private final StatisticsQueries queries;
    private final StatisticsProperties properties;
    private final TrainingRequirements trainingRequirements;
    private final OrganisationService organisation;
    private final CountyFigures countyFigures;
    private final ReservedSeats reservedSeats;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ExecutorService executor;

    StatisticsService(StatisticsQueries queries, StatisticsProperties properties,
            TrainingRequirements trainingRequirements, OrganisationService organisation, CountyFigures countyFigures,
            ReservedSeats reservedSeats, CurrentUser currentUser, Clock clock) {
        this.queries = queries;
        this.properties = properties;
        this.trainingRequirements = trainingRequirements;
        this.organisation = organisation;
        this.countyFigures = countyFigures;
        this.reservedSeats = reservedSeats;
        this.currentUser = currentUser;
        this.clock = clock;
        AtomicInteger threads = new AtomicInteger();
        this.executor = Executors.newFixedThreadPool(properties.parallelReads(), task -> {
            Thread thread = new Thread(task, "statistics-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }

    /**
     * The units whose figures the caller may open at the top, cities first: administrators and auditors every city
     * and every county of no city; a department its own unit.
     */
    public List<Unit> units() {
        if (currentUser.isAdmin() || currentUser.isAuditor()) {
            List<Unit> units = new ArrayList<>(organisation.allCities().stream()
                    .map(city -> new Unit(Level.CITY, city.code(), city.name()))
                    .sorted(Comparator.comparing(Unit::code)).toList());
            units.addAll(counties(organisation.allCounties().stream().filter(county -> county.cityCode() == null)
                    .sorted(Comparator.comparing(County::code)).toList()));
            return units;
        }
        Set<Unit> units = new LinkedHashSet<>();
        for (String group : currentUser.groups()) {
            DEPARTMENTS.forEach((level, patterns) -> patterns.stream().map(pattern -> pattern.matcher(group))
                    .filter(Matcher::matches).findFirst().flatMap(found -> unit(level, found.group(1)))
                    .ifPresent(units::add));
        }
        return units.stream().sorted(Comparator.comparing(Unit::level).thenComparing(Unit::code)).toList();
    }

    /** {@link #statistics(Level, String, LocalDate)} with the level, code and date as the API's path and query give them. */
    public Statistics statistics(String level, String code, String date) {
        return statistics(level(level), code, date(date));
    }

    /**
     * The figures of a unit as of the end of {@code date} (null: today).
     *
     * @throws NotFoundException      if there is no such unit
     * @throws ForbiddenException     if the caller may not see its figures
     * @throws RuleViolationException if the date is in the future
     */
    public Statistics statistics(Level level, String code, LocalDate date) {
        Unit unit = visible(level, code);
        LocalDate asOf = checked(date);
        Figures figures = figures(unit, asOf);
        Optional<Unit> parent = parent(unit).filter(this::maySee);
        return new Statistics(unit, parent.orElse(null), figures.scope().children(), asOf, maySee(unit),
                figures.tables());
    }

    /** {@link #workers(Level, String, LocalDate, String, String, String)} as the API's path and query give them. */
    public List<Statistics.WorkerLine> workers(String level, String code, String date, String table, String row,
            String column) {
        return workers(level(level), code, date(date), table, row, column);
    }

    /**
     * The workers counted in a cell of a table (row {@value Tally#TOTAL}: in the total row), sorted by street,
     * community and name.
     *
     * @throws RuleViolationException if the table, row or column is unknown, or the column counts no workers
     */
    public List<Statistics.WorkerLine> workers(Level level, String code, LocalDate date, String table, String row,
            String column) {
        Unit unit = visible(level, code);
        LocalDate asOf = checked(date);
        Figures figures = figures(unit, asOf);
        if (table == null || !figures.keys().contains(table)) {
            throw RuleViolationException.badRequest("table", "one-of", "统计表(table)只能是 "
                    + String.join("、", figures.keys()));
        }
        Tally tally = figures.tally(table);
        if (row == null || !(tally.total() && Tally.TOTAL.equals(row)
                || tally.rows().stream().anyMatch(heading -> heading.key().equals(row)))) {
            throw RuleViolationException.badRequest("row", "one-of", "统计表" + tally.title() + "没有这一行(row):" + row);
        }
        if (column == null || tally.columns().stream().noneMatch(one -> one.key().equals(column) && one.drillable())) {
            throw RuleViolationException.badRequest("column", "drillable", "统计表" + tally.title()
                    + "没有可查看人员名单的这一列(column):" + column);
        }
        return figures.lines(tally.cell(row, column));
    }

    /** A level as the API's path names it (lower case): city, county or street. */
    public Level level(String path) {
        for (Level level : List.of(Level.CITY, Level.COUNTY, Level.STREET)) {
            if (level.name().toLowerCase(Locale.ROOT).equals(path)) {
                return level;
            }
        }
        throw new NotFoundException("统计层级", path);
    }

    /** A date as the API's query gives it ({@code yyyy-MM-dd}); null if none is given. */
    public LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw RuleViolationException.badRequest("date", "iso-date", "统计日期(date)须为yyyy-MM-dd格式的日期,如"
                    + LocalDate.now(clock) + ",而不是:" + text);
        }
    }

    private LocalDate checked(LocalDate date) {
        LocalDate today = LocalDate.now(clock);
        if (date != null && date.isAfter(today)) {
            throw RuleViolationException.badRequest("date", "not-future", "统计日期(date)不能晚于今天(" + today + ")");
        }
        return date == null ? today : date;
    }

    /** The unit, if the caller may see its figures. */
    private Unit visible(Level level, String code) {
        Unit unit = unit(level, code).orElseThrow(() -> new NotFoundException(level.label(), code));
        if (!maySee(unit)) {
            throw new ForbiddenException("只有本级及上级党委组织、社会工作等部门,街道党(工)委和组织人事部门,审计人员和管理员可以"
                    + "查看" + unit.name() + "的社区工作者统计");
        }
        return unit;
    }

    private Optional<Unit> unit(Level level, String code) {
        Optional<String> name = switch (level) {
            case CITY -> organisation.findCity(code).map(City::name);
            case COUNTY -> organisation.findCounty(code).map(County::name);
            case STREET -> organisation.findStreet(code).map(Street::name);
            case COMMUNITY -> Optional.empty();
        };
        return name.map(found -> new Unit(level, code, found));
    }

    private Optional<Unit> parent(Unit unit) {
        return switch (unit.level()) {
            case COUNTY -> organisation.findCounty(unit.code()).map(County::cityCode)
                    .flatMap(city -> unit(Level.CITY, city));
            case STREET -> unit(Level.COUNTY, organisation.street(unit.code()).countyCode());
            case CITY, COMMUNITY -> Optional.empty();
        };
    }

    /** Administrators, auditors, and the departments of the unit or of a unit above it. */
    private boolean maySee(Unit unit) {
        if (currentUser.isAdmin() || currentUser.isAuditor()) {
            return true;
        }
        Unit above = unit;
        while (above != null) {
            String code = above.code();
            if (DEPARTMENTS.get(above.level()).stream().anyMatch(pattern -> currentUser.groups().stream()
                    .map(pattern::matcher).anyMatch(group -> group.matches() && group.group(1).equals(code)))) {
                return true;
            }
            above = parent(above).orElse(null);
        }
        return false;
    }

    private Figures figures(Unit unit, LocalDate date) {
        List<Unit> ofCity = unit.level() == Level.CITY ? counties(organisation.countiesOfCity(unit.code())) : List.of();
        List<String> countyCodes = switch (unit.level()) {
            case CITY -> ofCity.stream().map(Unit::code).toList();
            case COUNTY -> List.of(unit.code());
            case STREET, COMMUNITY -> List.of(organisation.street(unit.code()).countyCode());
        };
        Map<String, StatisticsQueries.Place> places = new LinkedHashMap<>();
        queries.places(countyCodes).stream()
                .filter(place -> unit.level() != Level.STREET || place.streetCode().equals(unit.code()))
                .forEach(place -> places.put(place.communityCode(), place));
        List<Unit> children = switch (unit.level()) {
            case CITY -> ofCity;
            case COUNTY -> organisation.streetsOfCounty(unit.code()).stream()
                    .map(street -> new Unit(Level.STREET, street.code(), street.name())).toList();
            case STREET, COMMUNITY -> places.values().stream()
                    .map(place -> new Unit(Level.COMMUNITY, place.communityCode(), place.communityName())).toList();
        };
        boolean today = date.equals(LocalDate.now(clock));
        return new Figures(new Scope(unit, children, queries.counties(countyCodes), places), date, today, queries,
                properties, trainingRequirements::ofEveryRole,
                unit.level() == Level.STREET ? List.of() : staffing(countyCodes, date, today), executor);
    }

    /** Each county's staffing figures: today's population and standard, the approved total on the date. */
    private List<Figures.CountyStaffing> staffing(List<String> counties, LocalDate date, boolean today) {
        Map<String, Long> approvedThen = new LinkedHashMap<>();
        queries.approvedTotalsUndone(counties, date)
                .forEach(undone -> approvedThen.putIfAbsent(undone[0], Long.valueOf(undone[1])));
        return counties.stream().map(code -> {
            County county = organisation.county(code);
            return new Figures.CountyStaffing(code, county.urbanResidentPopulation(),
                    countyFigures.standardHeadcount(county),
                    approvedThen.getOrDefault(code, countyFigures.approvedTotal(county)),
                    today ? Long.valueOf(reservedSeats.reservedSeats(code)) : null);
        }).toList();
    }

    private static List<Unit> counties(List<County> counties) {
        return counties.stream().map(county -> new Unit(Level.COUNTY, county.code(), county.name())).toList();
    }

    private static List<Pattern> patterns(List<String> templates) {
        return templates.stream().map(template -> Pattern.compile(Pattern.quote(template)
                .replace(CODE, "\\E([A-Za-z0-9]+)\\Q"))).toList();
    }
}
