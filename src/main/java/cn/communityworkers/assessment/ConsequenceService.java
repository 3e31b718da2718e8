package cn.communityworkers.assessment;

import java.math.BigDecimal;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.communityworkers.system.Case;
import cn.communityworkers.system.ClockConfiguration;
import cn.communityworkers.system.Variable;
import cn.communityworkers.workforce.Rating;
import cn.communityworkers.workforce.Severance;
import cn.communityworkers.workforce.Severances;
import cn.communityworkers.workforce.Worker;
import cn.communityworkers.workforce.CareerChanges;
import cn.communityworkers.workforce.LeavingCause;
import cn.communityworkers.workforce.WorkerRegistry;

/**
 * The consequences of an UNQUALIFIED rating (or two years basically qualified), recorded step by step in
 * {@code assessment_consequence}, one row per assessment. Recruited staff: training or a change of post
 * (《劳动合同法》第四十条第二项), a follow-up assessment after {@code assessment.follow-up-period}, the street's decision,
 * the union told beforehand (第四十三条), 30 days' written notice or a month's pay in lieu (第四十条) and the
 * severance (第四十七条, {@link Severance}). Elected committee members: an admonishment talk and the county
 * organisation department's answer to the recall proposal; their contract is never ended here.
 */
@Service
class ConsequenceService {

    private final JdbcClient jdbc;
    private final WorkerRegistry workers;
    private final CareerChanges changes;
    private final Severances severances;
    private final AssessmentProperties properties;
    private final Clock clock;

    ConsequenceService(JdbcClient jdbc, WorkerRegistry workers, CareerChanges changes,
            Severances severances, AssessmentProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.workers = workers;
        this.changes = changes;
        this.severances = severances;
        this.properties = properties;
        this.clock = clock;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** A date an approver gave for something done already: today at the latest, else refused naming the field. */
    LocalDate notInFuture(Variable<LocalDate> field, LocalDate date) {
        LocalDate today = today();
        if (date.isAfter(today)) {
            throw field.refusal("不能晚于今天(" + today + "),填写的是:" + date);
        }
        return date;
    }

    /** The consequence recorded for an assessment; an error when there is none yet. */
    Consequence of(String processInstanceId) {
        return jdbc.sql("select * from assessment_consequence where process_instance_id = :process")
                .param("process", processInstanceId).query(Consequence.class).optional()
                .orElseThrow(() -> new IllegalStateException("assessment " + processInstanceId
                        + " has no consequence recorded"));
    }

    /** The street personnel office arranged training or a change of post (Art. 40(2)). */
    @Transactional
    void recordImprovement(Case assessment, Consequence.Improvement measure, String detail, LocalDate start) {
        jdbc.sql("""
                insert into assessment_consequence (process_instance_id, worker_id, assessment_year, path,
                       improvement_measure, improvement_detail, improvement_start)
                values (:process, :worker, :year, :path, :measure, :detail, :start)""")
                .param("process", assessment.processInstanceId()).param("worker", assessment.requireWorker())
                .param("year", AnnualAssessmentProcess.year(assessment)).param("path", AssessmentDecisions.IMPROVE)
                .param("measure", measure.name()).param("detail", detail).param("start", start).update();
    }

    /** When the follow-up assessment is due: {@code assessment.follow-up-period} after the measure started. */
    Instant followUpDueAt(String processInstanceId) {
        return of(processInstanceId).improvementStart().plus(properties.followUpPeriod())
                .atStartOfDay(ClockConfiguration.CHINA).toInstant();
    }

    @Transactional
    void recordFollowUp(String processInstanceId, boolean competent, String reason) {
        requireOne(jdbc.sql("""
                update assessment_consequence set follow_up_on = :on, follow_up_competent = :competent,
                       follow_up_reason = :reason where process_instance_id = :process""")
                .param("process", processInstanceId).param("on", today()).param("competent", competent)
                .param("reason", reason).update(), processInstanceId);
    }

    @Transactional
    void recordEndDecision(String processInstanceId, boolean end, String reason) {
        requireOne(jdbc.sql("""
                update assessment_consequence set end_decided = :end, end_decision_reason = :reason
                 where process_instance_id = :process""")
                .param("process", processInstanceId).param("end", end).param("reason", reason).update(),
                processInstanceId);
    }

    @Transactional
    void recordNotice(String processInstanceId, LocalDate unionNotifiedOn, Consequence.Notice noticeType,
            LocalDate servedOn) {
        requireOne(jdbc.sql("""
                update assessment_consequence set union_notified_on = :union, notice_type = :type,
                       notice_served_on = :served where process_instance_id = :process""")
                .param("process", processInstanceId).param("union", unionNotifiedOn).param("type", noticeType.name())
                .param("served", servedOn).update(), processInstanceId);
    }

    /** With notice: the contract ends {@value Severance#NOTICE_DAYS} days after the notice was served (Art. 40). */
    Instant noticeExpiresAt(String processInstanceId) {
        return contractEnd(of(processInstanceId)).atStartOfDay(ClockConfiguration.CHINA).toInstant();
    }

    private static LocalDate contractEnd(Consequence consequence) {
        return Consequence.Notice.NOTICE.name().equals(consequence.noticeType())
                ? consequence.noticeServedOn().plusDays(Severance.NOTICE_DAYS)
                : consequence.noticeServedOn();
    }

    /**
     * Ends the contract of the assessment's worker as the street decided: on the day the notice runs out, or with pay
     * in lieu on the day it was served; the severance is computed (Art. 47) and recorded with the notice and the
     * union's notification, here and with the worker's TERMINATED status and contract end in the change log.
     *
     * @throws IllegalStateException if the street did not decide to end it, or the union was not notified
     */
    @Transactional
    Severance endContract(String processInstanceId, String rating) {
        Consequence consequence = of(processInstanceId);
        if (!Boolean.TRUE.equals(consequence.endDecided()) || consequence.unionNotifiedOn() == null
                || consequence.noticeServedOn() == null) {
            throw new IllegalStateException("assessment " + processInstanceId
                    + " has no decision to end the contract, union notification or notice");
        }
        Worker worker = workers.find(consequence.workerId()).orElseThrow();
        LocalDate end = contractEnd(consequence);
        BigDecimal monthlyWage = worker.getMonthlyPay();
        Severance severance = severances.at(worker, end);
        boolean withNotice = Consequence.Notice.NOTICE.name().equals(consequence.noticeType());
        BigDecimal payInLieu = withNotice ? null : monthlyWage;
        String ground = consequence.assessmentYear() + "年度考核" + Rating.valueOf(rating).label() + ",经"
                + (Consequence.Improvement.TRAINING.name().equals(consequence.improvementMeasure()) ? "培训" : "调整工作岗位")
                + "后仍不能胜任工作,依《劳动合同法》第四十条第二项解除劳动合同;" + consequence.unionNotifiedOn()
                + "已事先将理由通知工会(第四十三条);"
                + (withNotice ? consequence.noticeServedOn() + "送达书面通知,提前三十日通知(第四十条)"
                        : consequence.noticeServedOn() + "送达书面通知,额外支付一个月工资" + payInLieu.toPlainString()
                                + "元代替提前通知(第四十条)")
                + ";依第四十七条支付经济补偿" + severance.months().toPlainString() + "个月工资,共"
                + severance.amount().toPlainString() + "元" + (severance.capped() ? "(月工资高于当地职工月平均工资三倍,按三倍、最多十二年计)" : "")
                + "。";
        String details = "serviceStart=" + worker.getCommunityWorkSince() + ", contractEnd=" + end
                + ", serviceYears=" + severance.serviceYears() + ", remainder=" + severance.remainder()
                + ", monthlyWage=" + monthlyWage.toPlainString() + ", wageBase=" + severance.wageBase().toPlainString()
                + ", capped=" + severance.capped() + ", severanceMonths=" + severance.months().toPlainString()
                + ", severance=" + severance.amount().toPlainString() + ", noticeType=" + consequence.noticeType()
                + ", noticeServedOn=" + consequence.noticeServedOn() + ", unionNotifiedOn="
                + consequence.unionNotifiedOn() + (payInLieu == null ? "" : ", payInLieu=" + payInLieu.toPlainString());
        changes.endContract(worker.getWorkerId(), end, LeavingCause.INCOMPETENCE, ground, details, processInstanceId);
        requireOne(jdbc.sql("""
                update assessment_consequence set contract_ended_on = :end, monthly_wage = :wage,
                       severance_wage_base = :base, severance_months = :months, severance_amount = :amount,
                       pay_in_lieu = :inLieu where process_instance_id = :process""")
                .param("process", processInstanceId).param("end", end).param("wage", monthlyWage).param("base", severance.wageBase())
                        .param("months", severance.months()).param("amount", severance.amount())
                        .param("inLieu", payInLieu, Types.NUMERIC).update(), processInstanceId);
        return severance;
    }

    /** The street party committee held the admonishment talk with an elected committee member. */
    @Transactional
    void recordAdmonishment(Case assessment, LocalDate on, String note) {
        jdbc.sql("""
                insert into assessment_consequence (process_instance_id, worker_id, assessment_year, path,
                       admonished_on, admonishment_note)
                values (:process, :worker, :year, :path, :on, :note)""")
                .param("process", assessment.processInstanceId()).param("worker", assessment.requireWorker())
                .param("year", AnnualAssessmentProcess.year(assessment)).param("path", AssessmentDecisions.RECALL_PROPOSAL)
                .param("on", on).param("note", note).update();
    }

    /** The county organisation department's answer to the recall proposal. */
    @Transactional
    void recordRecallAnswer(String processInstanceId, boolean proposed, String reason) {
        requireOne(jdbc.sql("""
                update assessment_consequence set recall_proposed = :proposed, recall_reason = :reason,
                       recall_answered_on = :on where process_instance_id = :process""")
                .param("process", processInstanceId).param("proposed", proposed).param("reason", reason)
                .param("on", today()).update(), processInstanceId);
    }

    private static void requireOne(int updated, String processInstanceId) {
        if (updated != 1) {
            throw new IllegalStateException("assessment " + processInstanceId + " has no consequence recorded");
        }
    }
}
