package cn.communityworkers.secondment;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.communityworkers.organisation.OrgUnit;
import cn.communityworkers.organisation.OrganisationService;
import cn.communityworkers.workforce.CareerChanges;
import cn.communityworkers.workforce.WorkerRegistry;
import cn.communityworkers.workforce.WorkerStatus;

/** Secondments (借调) of community workers: whom a request concerns, starting and ending them, the county's ledger. */
@Service
public class SecondmentService {

    private final SecondmentRepository secondments;
    private final WorkerRegistry workers;
    private final CareerChanges changes;
    private final OrganisationService organisation;
    private final JdbcClient jdbc;

    SecondmentService(SecondmentRepository secondments, WorkerRegistry workers, CareerChanges changes,
            OrganisationService organisation, JdbcClient jdbc) {
        this.secondments = secondments;
        this.workers = workers;
        this.changes = changes;
        this.organisation = organisation;
        this.jdbc = jdbc;
    }

    /** Who the request concerns: the worker, their status and units, as registered. */
    record RequestContext(String workerName, WorkerStatus workerStatus, OrgUnit unit) {
    }

    Optional<RequestContext> context(String workerId) {
        return workers.find(workerId).map(worker -> new RequestContext(worker.getName(), worker.getStatus(),
                organisation.findUnitOfCommunity(worker.getCommunityCode()).orElseThrow()));
    }

    /**
     * Seconds the worker: ACTIVE becomes SECONDED and the secondment is recorded. False, with nothing
     * changed, if the worker is not ACTIVE any more (e.g. another secondment was approved first).
     */
    @Transactional
    boolean start(String processInstanceId, SecondmentRequest request) {
        if (!changes.changeStatus(request.workerId(), WorkerStatus.ACTIVE, WorkerStatus.SECONDED,
                "借调至" + request.borrowingOrganization() + ",至" + request.endDate() + "止", processInstanceId)) {
            return false;
        }
        secondments.save(new Secondment(null, request.workerId(), processInstanceId, request.borrowingOrganization(),
                request.level().name(), request.type().name(), request.startDate(), request.endDate(),
                request.purpose(), Secondment.ACTIVE, null));
        return true;
    }

    /** The worker is back at the post: the secondment ends and SECONDED becomes ACTIVE again. */
    @Transactional
    void end(String processInstanceId, LocalDate returnedOn) {
        Secondment secondment = secondments.findByProcessInstanceId(processInstanceId)
                .orElseThrow(() -> new IllegalStateException("no secondment recorded by " + processInstanceId));
        secondments.save(secondment.ended(returnedOn));
        if (!changes.changeStatus(secondment.workerId(), WorkerStatus.SECONDED, WorkerStatus.ACTIVE,
                "结束在" + secondment.borrowingOrganization() + "的借调,于" + returnedOn + "返岗",
                processInstanceId)) {
            throw new IllegalStateException("worker " + secondment.workerId() + " is not SECONDED");
        }
    }

    /** One line of a county's secondment ledger (借调台账). */
    public record LedgerEntry(String workerId, String workerName, String communityCode, String communityName,
            String streetCode, String streetName, String borrowingOrganization, String borrowingOrgLevel,
            String borrowingOrgType, LocalDate startDate, LocalDate endDate, String purpose, String status,
            LocalDate returnedOn, String processInstanceId) {
    }

    List<LedgerEntry> ledger(String countyCode, String status) {
        return jdbc.sql("""
                select s.worker_id, w.name as worker_name, c.code as community_code, c.name as community_name,
                       st.code as street_code, st.name as street_name, s.borrowing_organization,
                       s.borrowing_org_level, s.borrowing_org_type, s.start_date, s.end_date, s.purpose, s.status,
                       s.returned_on, s.process_instance_id
                  from secondment s
                  join worker w on w.worker_id = s.worker_id
                  join community c on c.code = w.community_code
                  join street st on st.code = c.street_code
                 where st.county_code = :countyCode and s.status = :status
                 order by s.start_date, s.worker_id""")
                .param("countyCode", countyCode).param("status", status)
                .query(LedgerEntry.class).list();
    }

}
