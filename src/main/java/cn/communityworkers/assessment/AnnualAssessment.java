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
    public static final String TASK_RENEW_CONTRACT = "Task_RenewContract";
    public static final String TASK_CONFIRM_DISMISSAL = "Task_ConfirmDismissal";
    public static final String GATEWAY_WAIT_FOR_CONFIRMATION = "Gateway_WaitForConfirmation";
    public static final String END_ASSESSMENT_COMPLETED = "EndEvent_AssessmentCompleted";
    public static final String END_CONTRACT_RENEWED = "EndEvent_ContractRenewed";
    public static final String END_WORKER_DISMISSED = "EndEvent_WorkerDismissed";

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
    public static final String RATING_TWO_YEARS_AGO = "ratingTwoYearsAgo";
    public static final String CONTRACT_ENDS_WITHIN_YEAR = "contractEndsWithinYear";
    public static final String RATING = "rating";
    public static final String GRADE_CHANGE = "gradeChange";
    public static final String CONTRACT_ACTION = "contractAction";
    public static final String GROUND = "ground";
    public static final String NEW_CONTRACT_END = "newContractEnd";
    public static final String GROUND_EXPLAINED = "groundExplained";
}
