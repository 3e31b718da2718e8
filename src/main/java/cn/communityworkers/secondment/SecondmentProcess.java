package cn.communityworkers.secondment;

/**
 * The model {@code processes/secondment/secondment.bpmn}: its key, element ids, message, error and
 * variable names, so that Java never repeats a string of the model.
 */
public final class SecondmentProcess {

    private SecondmentProcess() {
    }

    public static final String KEY = "secondment";
    public static final String DECISION = "secondmentEligibility";
    public static final String MESSAGE_ENDED_EARLY = "SecondmentEndedEarly";
    /** Thrown when the worker is no longer free to be seconded at the moment of approval. */
    public static final String ERROR_WORKER_UNAVAILABLE = "WORKER_UNAVAILABLE";

    public static final String TASK_VERIFY_REQUEST = "Task_VerifyRequest";
    public static final String TASK_CHECK_ELIGIBILITY = "Task_CheckEligibility";
    public static final String TASK_GIVE_COMMUNITY_OPINION = "Task_GiveCommunityOpinion";
    public static final String TASK_REVIEW_AT_STREET = "Task_ReviewAtStreet";
    public static final String TASK_APPROVE_AT_COUNTY = "Task_ApproveAtCounty";
    public static final String TASK_RECORD_SECONDMENT = "Task_RecordSecondment";
    public static final String TASK_CONFIRM_RETURN = "Task_ConfirmReturn";
    public static final String TASK_END_SECONDMENT = "Task_EndSecondment";
    public static final String TIMER_SECONDMENT_ENDS = "Timer_SecondmentEnds";
    public static final String MESSAGE_EVENT_ENDED_EARLY = "Event_SecondmentEndedEarly";
    public static final String END_REFUSED = "EndEvent_SecondmentRefused";
    public static final String END_REJECTED = "EndEvent_SecondmentRejected";
    public static final String END_WORKER_RETURNED = "EndEvent_WorkerReturned";

    // Variables of the request (start form or REST).
    public static final String WORKER_ID = "workerId";
    public static final String BORROWING_ORGANIZATION = "borrowingOrganization";
    public static final String BORROWING_ORG_LEVEL = "borrowingOrgLevel";
    public static final String BORROWING_ORG_TYPE = "borrowingOrgType";
    public static final String START_DATE = "startDate";
    public static final String END_DATE = "endDate";
    public static final String PURPOSE = "purpose";

    // Variables the process adds.
    public static final String WORKER_NAME = "workerName";
    public static final String WORKER_STATUS = "workerStatus";
    public static final String COMMUNITY_NAME = "communityName";
    public static final String STREET_NAME = "streetName";
    public static final String SECONDMENT_ENDS_AT = "secondmentEndsAt";
    public static final String SECONDMENT_ALLOWED = "secondmentAllowed";
    public static final String REJECTION_REASON = "rejectionReason";
    /** Of a request the eligibility table refuses: the request's field and the rule it breaks. */
    public static final String REFUSED_FIELD = "refusedField";
    public static final String REFUSED_RULE = "refusedRule";
    public static final String REJECTED_AT = "rejectedAt";
    public static final String REJECTION_OPINION = "rejectionOpinion";
    public static final String RETURNED_ON = "returnedOn";
    public static final String RETURN_NOTE = "returnNote";

    /** The three approval levels: their task, the yes/no variable and the opinion variable. */
    public enum ApprovalLevel {
        COMMUNITY(TASK_GIVE_COMMUNITY_OPINION, "communityAgrees", "communityOpinion"),
        STREET(TASK_REVIEW_AT_STREET, "streetApproves", "streetOpinion"),
        COUNTY(TASK_APPROVE_AT_COUNTY, "countyApproves", "countyOpinion");

        private final String taskId;
        private final String answerVariable;
        private final String opinionVariable;

        ApprovalLevel(String taskId, String answerVariable, String opinionVariable) {
            this.taskId = taskId;
            this.answerVariable = answerVariable;
            this.opinionVariable = opinionVariable;
        }

        public String taskId() {
            return taskId;
        }

        public String answerVariable() {
            return answerVariable;
        }

        public String opinionVariable() {
            return opinionVariable;
        }

        public static ApprovalLevel ofTask(String taskDefinitionKey) {
            for (ApprovalLevel level : values()) {
                if (level.taskId.equals(taskDefinitionKey)) {
                    return level;
                }
            }
            throw new IllegalArgumentException("no approval level for task " + taskDefinitionKey);
        }
    }
}
