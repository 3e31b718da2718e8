package cn.communityworkers.assessment;

/** The model {@code processes/assessment/annual-assessment.bpmn}: element ids, messages and variable names. */
public final class AnnualAssessment {

    private AnnualAssessment() {
    }

    public static String businessKey(int year, String workerId) {
        return "A-" + year + "-" + workerId;
    }

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
    public static final String TASK_END_CONTRACT = "Task_EndContract";
    public static final String TASK_ADMONISHMENT_TALK = "Task_AdmonishmentTalk";
    public static final String TASK_PROPOSE_RECALL = "Task_ProposeRecall";
    /** The business rule task of the decision {@code gradeStep}, in the transaction of {@code Task_ApplyAssessment}. */
    public static final String TASK_DECIDE_GRADE_STEP = "Task_DecideGradeStep";
    public static final String TASK_APPLY_ASSESSMENT = "Task_ApplyAssessment";
    public static final String GATEWAY_WAIT_FOR_CONFIRMATION = "Gateway_WaitForConfirmation";
    public static final String END_ASSESSMENT_COMPLETED = "EndEvent_AssessmentCompleted";
    public static final String END_CONTRACT_RENEWED = "EndEvent_ContractRenewed";
    public static final String END_COMPETENT_AFTER_IMPROVEMENT = "EndEvent_CompetentAfterImprovement";
    public static final String END_CONTRACT_KEPT = "EndEvent_ContractKept";
    public static final String END_CONTRACT_ENDED = "EndEvent_ContractEnded";
    public static final String END_RECALL_PROPOSAL_ANSWERED = "EndEvent_RecallProposalAnswered";

    public static final String MESSAGE_SATISFACTION_REPORTED = "SatisfactionReported";
    public static final String MESSAGE_RATING_CONFIRMED = "RatingConfirmed";
    public static final String MESSAGE_OBJECTION = "AssessmentObjection";
    public static final String MESSAGE_STREET_RATINGS_PROPOSED = "StreetRatingsProposed";

    public static final String WORKER_ID = "workerId";
    public static final String CAMPAIGN_ID = "campaignId";
    public static final String WORKER_NAME = "workerName";
    public static final String COMMUNITY_NAME = "communityName";
    public static final String STREET_NAME = "streetName";
    public static final String IN_PROBATION = "inProbation";
    /** The strongest disciplinary action in effect during the year, from the registry at the start (see {@link AssessmentDecisions}). */
    public static final String DISCIPLINARY_ACTION_TYPE = AssessmentDecisions.DISCIPLINARY_ACTION_TYPE;
    public static final String DISCIPLINARY_ACTION_DECIDED_ON = AssessmentDecisions.DISCIPLINARY_ACTION_DECIDED_ON;
    public static final String POLITICAL_SCORE = "politicalScore";
    public static final String PERFORMANCE_SCORE = "performanceScore";
    public static final String SATISFACTION_SCORE = "satisfactionScore";
    public static final String SATISFACTION_DEADLINE = "satisfactionDeadline";
    public static final String COMMENT = "comment";
    public static final String PROPOSED_RATING = "proposedRating";
    public static final String TOTAL_SCORE = "totalScore";
    /** Why the rules proposed a rating that is not the band of the total (probation, disciplinary action); else null. */
    public static final String PROPOSAL_REASON = "proposalReason";
    public static final String CONFIRMED_RATING = "confirmedRating";
    public static final String OVERRIDE_REASON = "overrideReason";
    public static final String OBJECTION = "objection";
    public static final String REVIEWED_RATING = "reviewedRating";
    public static final String REVIEW_NOTE = "reviewNote";
    public static final String PREVIOUS_RATING = "previousRating";
    public static final String CONTRACT_ENDS_WITHIN_YEAR = "contractEndsWithinYear";
    public static final String RATING = "rating";
    /** The outputs of {@code gradeStep} as {@code Task_DecideGradeStep} maps them: levels, early or not, ground. */
    public static final String GRADE_STEP = "gradeStep";
    public static final String EARLY_GRADE_STEP = "earlyGradeStep";
    public static final String GRADE_STEP_GROUND = "gradeStepGround";
    public static final String CONTRACT_ACTION = "contractAction";
    public static final String GROUND = "ground";
    public static final String NEW_CONTRACT_END = "newContractEnd";
    /** The street's answer in 续订劳动合同: {@code FIXED_TERM} or {@code OPEN_ENDED}. */
    public static final String CONTRACT_KIND = "contractKind";
    /** The street's answer: the worker asked in writing for a fixed-term contract (《劳动合同法》第十四条第二款). */
    public static final String WORKER_REQUESTED_FIXED_TERM = "workerRequestedFixedTerm";
    // The consequences of an unqualified rating (Labour Contract Law Art. 40(2), 43, 47; recall of elected members).
    public static final String IMPROVEMENT_MEASURE = "improvementMeasure";
    public static final String IMPROVEMENT_DETAIL = "improvementDetail";
    public static final String IMPROVEMENT_START = "improvementStart";
    public static final String FOLLOW_UP_COMPETENT = "followUpCompetent";
    public static final String FOLLOW_UP_REASON = "followUpReason";
    public static final String END_CONTRACT = "endContract";
    public static final String TERMINATION_REASON = "terminationReason";
    public static final String UNION_NOTIFIED_ON = "unionNotifiedOn";
    public static final String NOTICE_TYPE = "noticeType";
    public static final String NOTICE_SERVED_ON = "noticeServedOn";
    public static final String ADMONISHED_ON = "admonishedOn";
    public static final String ADMONISHMENT_NOTE = "admonishmentNote";
    public static final String RECALL_PROPOSED = "recallProposed";
    public static final String RECALL_REASON = "recallReason";
}
