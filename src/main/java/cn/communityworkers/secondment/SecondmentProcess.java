package cn.communityworkers.secondment;

import java.time.LocalDate;

import cn.communityworkers.system.Variable;

/**
 * The model {@code processes/secondment/secondment.bpmn}: its key, element ids, message, error and variables, so
 * that Java never repeats a string of the model.
 */
public final class SecondmentProcess {

    private SecondmentProcess() {
    }

    public static final String KEY = "secondment";
    public static final String DECISION = "secondmentEligibility";
    public static final String MESSAGE_ENDED_EARLY = "SecondmentEndedEarly";
    /** Thrown when the worker is no longer free to be seconded at the moment of approval. */
    public static final String ERROR_WORKER_UNAVAILABLE = "WORKER_UNAVAILABLE";

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

    /** CENTRAL … COUNTY are organs at county level and above (县级以上); STREET means street or township. */
    public enum BorrowingOrgLevel {
        CENTRAL, PROVINCE, CITY, COUNTY, STREET
    }

    public enum BorrowingOrgType {
        PARTY_GOVERNMENT_ORGAN, PUBLIC_INSTITUTION, STATE_ENTERPRISE, OTHER
    }

    // The request (start form or REST).
    public static final Variable<String> WORKER_ID = Variable.text("workerId", "社区工作者编号", 40);
    public static final Variable<String> BORROWING_ORGANIZATION = Variable.text("borrowingOrganization", "借调单位", 200);
    public static final Variable<BorrowingOrgLevel> BORROWING_ORG_LEVEL = Variable.choice("borrowingOrgLevel",
            "借调单位层级", BorrowingOrgLevel.class);
    public static final Variable<BorrowingOrgType> BORROWING_ORG_TYPE = Variable.choice("borrowingOrgType",
            "借调单位类型", BorrowingOrgType.class);
    public static final Variable<LocalDate> START_DATE = Variable.date("startDate", "借调开始日期");
    public static final Variable<LocalDate> END_DATE = Variable.date("endDate", "借调结束日期");
    public static final Variable<String> PURPOSE = Variable.text("purpose", "借调事由", 1000);

    // Added by the process.
    public static final Variable<String> WORKER_STATUS = Variable.of("workerStatus", String.class);
    public static final Variable<String> SECONDMENT_ENDS_AT = Variable.of("secondmentEndsAt", String.class);
    /** Written by the eligibility table. */
    public static final Variable<Boolean> SECONDMENT_ALLOWED = Variable.of("secondmentAllowed", Boolean.class);
    public static final Variable<String> REJECTION_REASON = Variable.of("rejectionReason", String.class);
    /** Of a request the eligibility table refuses: the request's field and the rule it breaks. */
    public static final Variable<String> REFUSED_FIELD = Variable.of("refusedField", String.class);
    public static final Variable<String> REFUSED_RULE = Variable.of("refusedRule", String.class);
    public static final Variable<String> REJECTED_AT = Variable.of("rejectedAt", String.class);
    public static final Variable<String> REJECTION_OPINION = Variable.of("rejectionOpinion", String.class);

    // The street's confirmation of the return.
    public static final Variable<LocalDate> RETURNED_ON = Variable.date("returnedOn", "返岗日期");
    public static final Variable<String> RETURN_NOTE = Variable.text("returnNote", "备注", 1000);

    /** Business key of the secondment of a worker from a day. */
    public static String businessKey(String workerId, LocalDate startDate) {
        return "S-" + workerId + "-" + startDate;
    }

    /** The three approval levels: their task, the yes/no answer and the opinion (required with a no). */
    public enum ApprovalLevel {
        COMMUNITY(TASK_GIVE_COMMUNITY_OPINION, Variable.yesOrNo("communityAgrees", "社区是否同意借调"),
                Variable.text("communityOpinion", "社区意见", 1000)),
        STREET(TASK_REVIEW_AT_STREET, Variable.yesOrNo("streetApproves", "街道是否同意借调"),
                Variable.text("streetOpinion", "街道审核意见", 1000)),
        COUNTY(TASK_APPROVE_AT_COUNTY, Variable.yesOrNo("countyApproves", "是否批准借调"),
                Variable.text("countyOpinion", "县级审批意见", 1000));

        private final String taskId;
        private final Variable<Boolean> answer;
        private final Variable<String> opinion;

        ApprovalLevel(String taskId, Variable<Boolean> answer, Variable<String> opinion) {
            this.taskId = taskId;
            this.answer = answer;
            this.opinion = opinion;
        }

        public String taskId() {
            return taskId;
        }

        public Variable<Boolean> answer() {
            return answer;
        }

        public Variable<String> opinion() {
            return opinion;
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
