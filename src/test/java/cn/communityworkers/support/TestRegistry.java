package cn.communityworkers.support;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.stereotype.Component;

import cn.communityworkers.organisation.OrganisationService;
import cn.communityworkers.system.ClockConfiguration;
import cn.communityworkers.workforce.Education;
import cn.communityworkers.workforce.Role;
import cn.communityworkers.workforce.WorkerRecord;
import cn.communityworkers.workforce.CareerChanges;
import cn.communityworkers.workforce.WorkerRegistry;
import cn.communityworkers.workforce.WorkerStatus;

/** Builds registry data for process tests through the registry's own services (as the system). */
@Component
public class TestRegistry {

    private final OrganisationService organisation;
    private final WorkerRegistry workers;
    private final CareerChanges changes;

    TestRegistry(OrganisationService organisation, WorkerRegistry workers, CareerChanges changes) {
        this.organisation = organisation;
        this.workers = workers;
        this.changes = changes;
    }

    /** A county of its own with one street and one community; random codes keep tests apart. */
    public TestUnits county(long urbanResidentPopulation) {
        String county = "P" + ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L);
        TestUnits units = new TestUnits(county, county + "01", county + "01001");
        organisation.putCounty(units.county(), "测试县" + county, urbanResidentPopulation, null);
        organisation.putStreet(units.street(), "测试街道", units.county());
        organisation.putCommunity(units.community(), "测试社区", units.street());
        return units;
    }

    public String worker(TestUnits units, Role role, WorkerStatus status) {
        return register(units, role, status, status == WorkerStatus.PROBATION ? LocalDate.now(ClockConfiguration.CHINA).plusMonths(2) : null);
    }

    /** A newly hired staff member in PROBATION until {@code probationEnd}. */
    public String probationer(TestUnits units, LocalDate probationEnd) {
        return register(units, Role.STAFF, WorkerStatus.PROBATION, probationEnd);
    }

    private String register(TestUnits units, Role role, WorkerStatus status, LocalDate probationEnd) {
        return workers.register(new WorkerRecord(null, IdCards.of(LocalDate.of(1990, 3, 1)), "测试" + role.name().charAt(0), LocalDate.of(1990, 3, 1),
                units.community(), role, Education.BACHELOR, null, true, status, LocalDate.of(2018, 1, 1), null,
                null, null, probationEnd, false, null, null, null, List.of(), List.of())).workerId();
    }

    public WorkerRegistry workers() {
        return workers;
    }

    public CareerChanges changes() {
        return changes;
    }
}
