package cn.communityworkers.organisation;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.communityworkers.system.CurrentUser;
import cn.communityworkers.system.ForbiddenException;
import cn.communityworkers.system.NotFoundException;

/**
 * A county's staffing figures and the changes of its approved total and average wage. The standard is
 * ⌊urban residents × {@code workforce.staffing.workers-per-ten-thousand} / 10,000⌋ (§3 of the Opinions: 18); the
 * approved total (核定总量) is the standard until the county's organisation department sets another, with a reason.
 * Every change is kept in {@code county_change} (append-only) with who, when, the old and new value and why.
 */
@Service
public class CountyFigures {

    private final CountyRepository counties;
    private final StaffingProperties staffing;
    private final CurrentUser currentUser;
    private final JdbcClient jdbc;
    private final Clock clock;

    CountyFigures(CountyRepository counties, StaffingProperties staffing, CurrentUser currentUser, JdbcClient jdbc,
            Clock clock) {
        this.counties = counties;
        this.staffing = staffing;
        this.currentUser = currentUser;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public int workersPerTenThousand() {
        return staffing.workersPerTenThousand();
    }

    /** ⌊urban residents × ratio / 10,000⌋ (每万城镇常住人口18人). */
    public long standardHeadcount(County county) {
        return county.urbanResidentPopulation() * staffing.workersPerTenThousand() / 10_000;
    }

    /** The approved total: as the organisation department set it, else the standard. */
    public long approvedTotal(County county) {
        return county.approvedTotal() != null ? county.approvedTotal() : standardHeadcount(county);
    }

    /**
     * Sets the county's approved total, logged with the reason, the person and the previous total. Only the county's
     * organisation department (or an administrator) may.
     */
    @Transactional
    public CountyChange changeApprovedTotal(String countyCode, long approvedTotal, String reason) {
        Objects.requireNonNull(reason, "reason");
        County county = counties.findById(countyCode).orElseThrow(() -> new NotFoundException("县(市、区)", countyCode));
        if (!currentUser.isAdmin() && !currentUser.inAnyGroup(List.of(UnitGroups.countyOrganization(countyCode)))) {
            throw new ForbiddenException("只有" + county.name() + "委组织部可以调整本县(市、区)社区工作者核定总量");
        }
        long before = approvedTotal(county);
        counties.save(county.withApprovedTotal(approvedTotal));
        log(countyCode, CountyChange.Attribute.APPROVED_TOTAL, String.valueOf(before), String.valueOf(approvedTotal),
                LocalDate.now(clock), reason, null);
        List<CountyChange> changes = changes(countyCode);
        return changes.get(changes.size() - 1);
    }

    /**
     * Records a new average monthly wage of the county (the caller has checked who may), logged with the wage it
     * replaces, the date from which it applies, the reason and the process instance that made the change.
     */
    @Transactional
    public void changeAverageMonthlyWage(String countyCode, BigDecimal previous, BigDecimal wage, LocalDate effective,
            String reason, String processInstanceId) {
        County county = counties.findById(countyCode).orElseThrow();
        counties.save(county.withAverageMonthlyWage(wage));
        log(countyCode, CountyChange.Attribute.AVERAGE_MONTHLY_WAGE, previous == null ? null : previous.toPlainString(),
                wage.toPlainString(), effective, reason, processInstanceId);
    }

    void log(String countyCode, CountyChange.Attribute attribute, String oldValue, String newValue,
            LocalDate effective, String reason, String processInstanceId) {
        jdbc.sql("""
                insert into county_change (county_code, attribute, old_value, new_value, effective_date, reason,
                  process_instance_id, changed_by, changed_at)
                values (:county, :attribute, :old, :new, :effective, :reason, :process, :by, :at)""")
                .param("county", countyCode).param("attribute", attribute.name()).param("old", oldValue)
                .param("new", newValue).param("effective", effective).param("reason", reason)
                .param("process", processInstanceId).param("by", currentUser.userId())
                .param("at", java.sql.Timestamp.from(Instant.now(clock))).update();
    }

    /** The county's changes, oldest first. */
    public List<CountyChange> changes(String countyCode) {
        return jdbc.sql("select * from county_change where county_code = :county order by id")
                .param("county", countyCode).query((rs, row) -> new CountyChange(rs.getLong("id"),
                        rs.getString("county_code"), CountyChange.Attribute.valueOf(rs.getString("attribute")),
                        rs.getString("old_value"), rs.getString("new_value"), rs.getDate("effective_date").toLocalDate(),
                        rs.getString("reason"), rs.getString("process_instance_id"), rs.getString("changed_by"),
                        rs.getTimestamp("changed_at").toInstant())).list();
    }
}
