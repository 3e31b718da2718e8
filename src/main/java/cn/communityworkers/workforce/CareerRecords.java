package cn.communityworkers.workforce;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * A worker's contract with a public institution, the leadership selections recorded for them, and what followed an
 * unqualified assessment (table {@code assessment_consequence}, written by the annual assessment), the community
 * work elsewhere in the province credited to them (table {@code credited_community_work}) and the
 * economic-responsibility audits of outgoing secretaries and directors (table {@code economic_responsibility_audit}).
 */
@Repository
class CareerRecords {

    private final JdbcClient jdbc;

    CareerRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void addInstitutionContract(String workerId, String institutionName, LocalDate startDate, String processInstanceId) {
        jdbc.sql("""
                insert into public_institution_contract (worker_id, institution_name, start_date, process_instance_id)
                values (:worker, :institution, :start, :process)""")
                .param("worker", workerId).param("institution", institutionName).param("start", startDate)
                .param("process", processInstanceId).update();
    }

    Optional<WorkerView.PublicInstitutionContract> institutionContract(String workerId) {
        return jdbc.sql("""
                select institution_name, start_date, process_instance_id from public_institution_contract
                 where worker_id = :worker order by id desc""")
                .param("worker", workerId).query(WorkerView.PublicInstitutionContract.class).list().stream().findFirst();
    }

    void addLeadershipSelection(String workerId, WorkerView.LeadershipSelection selection) {
        jdbc.sql("""
                insert into leadership_selection (worker_id, selection_route, selected, post, recorded_on, process_instance_id)
                values (:worker, :route, :selected, :post, :recorded, :process)""")
                .param("worker", workerId).param("route", selection.selectionRoute().name())
                .param("selected", selection.selected()).param("post", selection.post())
                .param("recorded", selection.recordedOn()).param("process", selection.processInstanceId()).update();
    }

    List<WorkerView.LeadershipSelection> leadershipSelections(String workerId) {
        return jdbc.sql("""
                select selection_route, selected, post, recorded_on, process_instance_id from leadership_selection
                 where worker_id = :worker order by id""")
                .param("worker", workerId).query(WorkerView.LeadershipSelection.class).list();
    }

    List<WorkerView.AssessmentConsequence> assessmentConsequences(String workerId) {
        return jdbc.sql("""
                select assessment_year, path, improvement_measure, improvement_detail, improvement_start,
                       follow_up_competent, follow_up_reason, end_decided, end_decision_reason, union_notified_on,
                       notice_type, notice_served_on, contract_ended_on, severance_months, severance_amount,
                       pay_in_lieu, admonished_on, admonishment_note, recall_proposed, recall_reason,
                       process_instance_id
                  from assessment_consequence where worker_id = :worker order by id""")
                .param("worker", workerId).query(WorkerView.AssessmentConsequence.class).list();
    }

    void addCreditedWork(String workerId, WorkerView.CreditedCommunityWork work) {
        jdbc.sql("""
                insert into credited_community_work (worker_id, from_date, to_date, place, unit, proof,
                  process_instance_id)
                values (:worker, :from, :to, :place, :unit, :proof, :process)""")
                .param("worker", workerId).param("from", work.fromDate()).param("to", work.toDate())
                .param("place", work.place()).param("unit", work.unit()).param("proof", work.proof())
                .param("process", work.processInstanceId()).update();
    }

    List<WorkerView.CreditedCommunityWork> creditedWork(String workerId) {
        return jdbc.sql("""
                select from_date, to_date, place, unit, proof, process_instance_id from credited_community_work
                 where worker_id = :worker order by from_date""")
                .param("worker", workerId).query(WorkerView.CreditedCommunityWork.class).list();
    }

    void addEconomicAudit(String workerId, WorkerView.EconomicAudit audit) {
        jdbc.sql("""
                insert into economic_responsibility_audit (worker_id, posts, period_start, period_end, findings,
                  conclusion, audited_on, process_instance_id)
                values (:worker, :posts, :start, :end, :findings, :conclusion, :audited, :process)""")
                .param("worker", workerId).param("posts", audit.posts()).param("start", audit.periodStart())
                .param("end", audit.periodEnd()).param("findings", audit.findings())
                .param("conclusion", audit.conclusion().name()).param("audited", audit.auditedOn())
                .param("process", audit.processInstanceId()).update();
    }

    boolean hasEconomicAudit(String workerId, String processInstanceId) {
        return jdbc.sql("""
                select count(*) from economic_responsibility_audit
                 where worker_id = :worker and process_instance_id = :process""")
                .param("worker", workerId).param("process", processInstanceId).query(Long.class).single() > 0;
    }

    List<WorkerView.EconomicAudit> economicAudits(String workerId) {
        return jdbc.sql("""
                select posts, period_start, period_end, findings, conclusion, audited_on, process_instance_id
                  from economic_responsibility_audit where worker_id = :worker order by id""")
                .param("worker", workerId).query(WorkerView.EconomicAudit.class).list();
    }
}
