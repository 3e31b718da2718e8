package cn.communityworkers.workforce;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * A worker's contract with a public institution, the leadership selections recorded for them, and what followed an
 * unqualified assessment (table {@code assessment_consequence}, written by the annual assessment), and the community
 * work elsewhere in the province credited to them (table {@code credited_community_work}).
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
}
