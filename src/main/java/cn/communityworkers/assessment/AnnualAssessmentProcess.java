package cn.communityworkers.assessment;

import static cn.communityworkers.system.CaseVariables.COMMUNITY_NAME;
import static cn.communityworkers.system.CaseVariables.STREET_NAME;
import static cn.communityworkers.system.CaseVariables.WORKER_ID;
import static cn.communityworkers.system.CaseVariables.WORKER_NAME;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;

import cn.communityworkers.system.Case;
import cn.communityworkers.system.Cases;
import cn.communityworkers.system.Variable;
import cn.communityworkers.workforce.ContractKind;
import cn.communityworkers.workforce.ContractRenewals;
import cn.communityworkers.workforce.Rating;
import cn.communityworkers.workforce.WorkerStatus;

/**
 * The model {@code processes/assessment/annual-assessment.bpmn}: one worker's assessment of a year, started by its
 * campaign ({@link #start}). Its key, the element ids Java and tests use, its messages, its business key and its
 * variables. Variables that are inputs or outputs of the assessment's decisions take their names from
 * {@link AssessmentDecisions}.
 */
public final class AnnualAssessmentProcess {

    private AnnualAssessmentProcess() {
    }

    public static final String KEY = "annualAssessment";

    public static final String TASK_SCORE_WORKER = "Task_ScoreWorker";
    public static final String TASK_COMMENT_ON_PROBATIONER = "Task_CommentOnProbationer";
    public static final String TASK_RECORD_SATISFACTION = "Task_RecordSatisfaction";
    public static final String TIMER_SATISFACTION_DEADLINE = "Timer_SatisfactionDeadline";
    public static final String TASK_REVIEW_OBJECTION = "Task_ReviewObjection";
    public static final String TASK_PROPOSE_CONTRACT_RENEWAL = "Task_ProposeContractRenewal";
    public static final String TASK_RENEW_CONTRACT = "Task_RenewContract";
    public static final String TASK_ARRANGE_IMPROVEMENT = "Task_ArrangeImprovement";
    public static final String TIMER_FOLLOW_UP_DUE = "Timer_FollowUpDue";
    public static final String TASK_FOLLOW_UP_ASSESSMENT = "Task_FollowUpAssessment";
    public static final String TASK_DECIDE_TERMINATION = "Task_DecideTermination";
    public static final String TASK_SERVE_TERMINATION_NOTICE = "Task_ServeTerminationNotice";
    public static final String TIMER_NOTICE_EXPIRES = "Timer_NoticeExpires";
    public static final String TASK_ADMONISHMENT_TALK = "Task_AdmonishmentTalk";
    public static final String TASK_PROPOSE_RECALL = "Task_ProposeRecall";
    /** The business rule task of the decision {@code gradeStep}, in the transaction of {@code Task_ApplyAssessment}. */
    public static final String TASK_DECIDE_GRADE_STEP = "Task_DecideGradeStep";
    public static final String TASK_APPLY_ASSESSMENT = "Task_ApplyAssessment";
    public static final String GATEWAY_WAIT_FOR_CONFIRMATION = "Gateway_WaitForConfirmation";
    public static final String END_COMPETENT_AFTER_IMPROVEMENT = "EndEvent_CompetentAfterImprovement";
    public static final String END_CONTRACT_KEPT = "EndEvent_ContractKept";
    public static final String END_CONTRACT_ENDED = "EndEvent_ContractEnded";
    public static final String END_RECALL_PROPOSAL_ANSWERED = "EndEvent_RecallProposalAnswered";

    public static final String MESSAGE_SATISFACTION_REPORTED = "SatisfactionReported";
    public static final String MESSAGE_RATING_CONFIRMED = "RatingConfirmed";
    public static final String MESSAGE_OBJECTION = "AssessmentObjection";

    /** One assessment per worker and year: {@code A-<year>-<worker>}. */
    public static String businessKey(int year, String workerId) {
        return "A-" + year + "-" + workerId;
    }

    /** The pattern (SQL {@code like}) of the business keys of the worker's assessments, whatever the year. */
    static String businessKeysOf(String workerId) {
        return "A-%-" + workerId;
    }

    /** The campaign that started the assessment, in the case's request (not a variable). */
    private static final String CAMPAIGN_ID = "campaignId";

    // Who is assessed, written at the start for the forms and Tasklist; the case holds what routes and registers.
    public static final Variable<Integer> YEAR = Variable.of(AssessmentDecisions.YEAR, Integer.class);
    /** In the case's request only: whether the worker was in probation when the campaign started the assessment. */
    public static final Variable<Boolean> IN_PROBATION = Variable.of(AssessmentDecisions.IN_PROBATION, Boolean.class);
    /**
     * In the case's request only (none for a probationer): how long the survey's satisfaction score may take before
     * the street enters it (an ISO duration).
     */
    public static final Variable<String> SATISFACTION_DEADLINE = Variable.of("satisfactionDeadline", String.class);

    // The scores (a probationer has none) and the rules' proposal.
    public static final Variable<BigDecimal> POLITICAL_SCORE = Variable.score(
            AssessmentDecisions.POLITICAL_SCORE, "政治素质得分");
    public static final Variable<BigDecimal> PERFORMANCE_SCORE = Variable.score(
            AssessmentDecisions.PERFORMANCE_SCORE, "工作实绩得分");
    public static final Variable<BigDecimal> SATISFACTION_SCORE = Variable.score(
            AssessmentDecisions.SATISFACTION_SCORE, "居民满意度");
    public static final Variable<BigDecimal> TOTAL_SCORE = Variable.score(
            AssessmentDecisions.TOTAL_SCORE, "加权总分");
    public static final Variable<String> PROPOSED_RATING = Variable.of("proposedRating", String.class);
    /** Why the rules proposed a rating that is not the band of the total (probation, disciplinary action); else null. */
    public static final Variable<String> PROPOSAL_REASON = Variable.of("proposalReason", String.class);
    public static final Variable<String> COMMENT = Variable.text("comment", "试用期评语", 1000);

    // The confirmed rating, an objection and its review.
    public static final Variable<String> CONFIRMED_RATING = Variable.of("confirmedRating", String.class);
    public static final Variable<String> OVERRIDE_REASON = Variable.of("overrideReason", String.class);
    public static final Variable<String> OBJECTION = Variable.text("objection", "异议", 500);
    public static final Variable<Rating> REVIEWED_RATING = Variable.choice("reviewedRating", "复核后的等次",
            Rating.class);
    /** The review's finding ({@code assessment.override_reason}). */
    public static final Variable<String> REVIEW_NOTE = Variable.text("reviewNote", "复核结论", 500);
    /** The notice was over when the review ended: the reviewed rating is final at once. */
    public static final Variable<Boolean> NOTICE_OVER = Variable.of("noticeOver", Boolean.class);

    // What the grade-adjustment table reads (written by PrepareGradeInputs) and what the grade step decided.
    public static final Variable<String> RATING = Variable.of(AssessmentDecisions.RATING, String.class);
    public static final Variable<String> PREVIOUS_RATING = Variable.of(AssessmentDecisions.PREVIOUS_RATING,
            String.class);
    public static final Variable<Boolean> CONTRACT_ENDS_WITHIN_YEAR = Variable.of(
            AssessmentDecisions.CONTRACT_ENDS_WITHIN_YEAR, Boolean.class);
    public static final Variable<Boolean> ELECTED = Variable.of(AssessmentDecisions.ELECTED, Boolean.class);
    /** The outputs of {@code gradeStep} as {@code Task_DecideGradeStep} maps them: levels, early or not, ground. */
    public static final Variable<Integer> GRADE_STEP = Variable.of("gradeStep", Integer.class);
    public static final Variable<Boolean> EARLY_GRADE_STEP = Variable.of("earlyGradeStep", Boolean.class);
    public static final Variable<String> GRADE_STEP_GROUND = Variable.of("gradeStepGround", String.class);
    /** The grade before and after the year's result, for Tasklist and Cockpit. */
    public static final Variable<Integer> GRADE_BEFORE = Variable.of("gradeBefore", Integer.class);
    public static final Variable<Integer> GRADE_AFTER = Variable.of("gradeAfter", Integer.class);

    // The street's answer in 续订劳动合同 (a renewal's answers, as every process that renews a contract has them).
    public static final Variable<ContractKind> CONTRACT_KIND = ContractRenewals.CONTRACT_KIND;
    public static final Variable<LocalDate> NEW_CONTRACT_END = ContractRenewals.NEW_CONTRACT_END;
    public static final Variable<Boolean> WORKER_REQUESTED_FIXED_TERM = ContractRenewals.WORKER_REQUESTED_FIXED_TERM;

    // The consequences of an unqualified rating (Labour Contract Law Art. 40(2), 43, 47; recall of elected members).
    public static final Variable<Consequence.Improvement> IMPROVEMENT_MEASURE = Variable.choice("improvementMeasure",
            "培训或调整工作岗位", Consequence.Improvement.class);
    /** A course or a post ({@code assessment_consequence.improvement_detail}). */
    public static final Variable<String> IMPROVEMENT_DETAIL = Variable.text("improvementDetail", "培训课程或新的工作岗位",
            200);
    public static final Variable<LocalDate> IMPROVEMENT_START = Variable.date("improvementStart", "开始日期");
    public static final Variable<Boolean> FOLLOW_UP_COMPETENT = Variable.yesOrNo("followUpCompetent", "复核结论");
    public static final Variable<String> FOLLOW_UP_REASON = Variable.text("followUpReason", "复核理由", 500);
    public static final Variable<Boolean> END_CONTRACT = Variable.yesOrNo("endContract", "是否解除劳动合同");
    public static final Variable<String> TERMINATION_REASON = Variable.text("terminationReason", "理由", 500);
    public static final Variable<LocalDate> UNION_NOTIFIED_ON = Variable.date("unionNotifiedOn", "通知工会日期");
    public static final Variable<Consequence.Notice> NOTICE_TYPE = Variable.choice("noticeType",
            "提前三十日书面通知或额外支付一个月工资", Consequence.Notice.class);
    public static final Variable<LocalDate> NOTICE_SERVED_ON = Variable.date("noticeServedOn", "书面通知送达日期");
    public static final Variable<LocalDate> ADMONISHED_ON = Variable.date("admonishedOn", "谈话日期");
    public static final Variable<String> ADMONISHMENT_NOTE = Variable.text("admonishmentNote", "谈话情况", 500);
    public static final Variable<Boolean> RECALL_PROPOSED = Variable.yesOrNo("recallProposed", "是否提出罢免建议");
    public static final Variable<String> RECALL_REASON = Variable.text("recallReason", "理由", 500);

    /** The assessment year, as the campaign recorded it with the case. */
    static int year(Case assessment) {
        return assessment.requestedNumber(YEAR.name());
    }

    /** The campaign that started the assessment, as recorded with the case. */
    static String campaignId(Case assessment) {
        return assessment.requestedText(CAMPAIGN_ID);
    }

    /** Whether the worker was in probation when the campaign started the assessment, as recorded with the case. */
    static boolean inProbation(Case assessment) {
        return IN_PROBATION.from(assessment.requested(IN_PROBATION.name()));
    }

    /** How long the survey's satisfaction score may take, as recorded with the case; an error for a probationer's. */
    static String satisfactionDeadline(Case assessment) {
        return assessment.requestedText(SATISFACTION_DEADLINE.name());
    }

    /**
     * Starts the assessment of one worker of a campaign's batch: prepares its case (worker, community, street, the
     * campaign's county; the campaign, the year, whether the worker is in probation, the satisfaction deadline and the
     * year's strongest disciplinary action as the registry has it now, which the model's gateway, timer and rating
     * table are given from the case: {@link RatingInputs}) and starts it with only what its forms and Tasklist read.
     * Its first step records the case ({@link RecordAssessmentCase}).
     *
     * @param definitionId the assessment's process definition, its latest version looked up once for a whole batch
     */
    static void start(RuntimeService runtimeService, String definitionId, Cases cases, Case campaign, int year,
            CampaignService.Assessee assessee, Duration satisfactionDeadline) {
        String businessKey = businessKey(year, assessee.workerId());
        Map<String, Object> request = new LinkedHashMap<>();
        request.put(CAMPAIGN_ID, campaign.processInstanceId());
        YEAR.put(request, year);
        boolean inProbation = WorkerStatus.valueOf(assessee.status()) == WorkerStatus.PROBATION;
        IN_PROBATION.put(request, inProbation);
        if (!inProbation) {
            SATISFACTION_DEADLINE.put(request, satisfactionDeadline.toString());
        }
        if (assessee.disciplinaryAction() != null) {
            request.put(AssessmentDecisions.DISCIPLINARY_ACTION_TYPE, assessee.disciplinaryAction().type().name());
            request.put(AssessmentDecisions.DISCIPLINARY_ACTION_DECIDED_ON,
                    assessee.disciplinaryAction().decidedOn().toString());
        }
        cases.prepare(KEY, businessKey, new Case.Units(campaign.requireCounty(), assessee.streetCode(),
                assessee.communityCode()), assessee.workerId(), request);
        Map<String, Object> variables = new HashMap<>();
        WORKER_ID.put(variables, assessee.workerId());
        YEAR.put(variables, year);
        WORKER_NAME.put(variables, assessee.name());
        COMMUNITY_NAME.put(variables, assessee.communityName());
        STREET_NAME.put(variables, assessee.streetName());
        if (inProbation) {
            // Not rated: the rating rules still read the scores, which nobody gives.
            POLITICAL_SCORE.put(variables, null);
            PERFORMANCE_SCORE.put(variables, null);
            SATISFACTION_SCORE.put(variables, null);
        }
        runtimeService.startProcessInstanceById(definitionId, businessKey, variables);
    }
}
