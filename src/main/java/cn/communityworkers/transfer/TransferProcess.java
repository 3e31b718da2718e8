package cn.communityworkers.transfer;

import java.time.LocalDate;

import cn.communityworkers.system.Case;
import cn.communityworkers.system.Variable;

/**
 * The model {@code processes/transfer/transfer.bpmn} (社区工作者调动: 统筹调配, 《意见》第3条): its key, element ids and
 * variables, so that Java never repeats a string of the model.
 */
public final class TransferProcess {

    private TransferProcess() {
    }

    public static final String KEY = "transfer";
    /** Thrown when the worker is no longer where the transfer found them (moved, left) on the transfer date. */
    public static final String ERROR_WORKER_MOVED = "WORKER_MOVED";

    public static final String START = "StartEvent_TransferRequested";
    public static final String TASK_VERIFY_REQUEST = "Task_VerifyTransferRequest";
    public static final String TASK_SOURCE_COMMUNITY_OPINION = "Task_GiveSourceCommunityOpinion";
    public static final String TASK_TARGET_COMMUNITY_OPINION = "Task_GiveTargetCommunityOpinion";
    public static final String TASK_DECIDE_AT_STREET = "Task_DecideAtStreet";
    public static final String TASK_SOURCE_STREET_OPINION = "Task_GiveSourceStreetOpinion";
    public static final String TASK_TARGET_STREET_OPINION = "Task_GiveTargetStreetOpinion";
    public static final String TASK_APPROVE_AT_COUNTY = "Task_ApproveTransferAtCounty";
    public static final String TIMER_TRANSFER_DATE = "Timer_TransferDate";
    public static final String TASK_MOVE_WORKER = "Task_MoveWorker";
    public static final String END_TRANSFERRED = "EndEvent_WorkerTransferred";
    /** A "no" of a community or of the street deciding within the street. */
    public static final String END_REFUSED = "EndEvent_TransferRefused";
    /** A "no" of a street or of the county between streets. */
    public static final String END_NOT_APPROVED = "EndEvent_TransferNotApproved";
    public static final String END_NOT_MOVED = "EndEvent_WorkerNotMoved";

    // The request (start form or REST).
    public static final Variable<String> WORKER_ID = Variable.text("workerId", "社区工作者", 40);
    public static final Variable<String> TARGET_COMMUNITY = Variable.text(Case.TARGET_COMMUNITY, "调入社区", 40);
    public static final Variable<LocalDate> TRANSFER_DATE = Variable.date("transferDate", "调动日期");
    public static final Variable<String> REASON = Variable.text("reason", "调动事由", 1000);

    // Added by the process for its forms and Tasklist.
    public static final Variable<String> TARGET_COMMUNITY_NAME = Variable.of("targetCommunityName", String.class);
    public static final Variable<String> TARGET_STREET_NAME = Variable.of("targetStreetName", String.class);
    /** Of a "no": which opinion it was (the task's name) and what it said; the refused end's reason. */
    public static final Variable<String> REFUSED_AT = Variable.of("refusedAt", String.class);
    public static final Variable<String> REFUSAL_OPINION = Variable.of("refusalOpinion", String.class);
    public static final Variable<String> NOT_MOVED_REASON = Variable.of("notMovedReason", String.class);

    // The answers, each a yes or no and an opinion (required with a no).
    public static final Variable<Boolean> SOURCE_COMMUNITY_AGREES = Variable.yesOrNo("sourceCommunityAgrees",
            "调出社区是否同意");
    public static final Variable<String> SOURCE_COMMUNITY_OPINION = Variable.text("sourceCommunityOpinion",
            "调出社区意见", 1000);
    public static final Variable<Boolean> TARGET_COMMUNITY_AGREES = Variable.yesOrNo("targetCommunityAgrees",
            "调入社区是否同意");
    public static final Variable<String> TARGET_COMMUNITY_OPINION = Variable.text("targetCommunityOpinion",
            "调入社区意见", 1000);
    public static final Variable<Boolean> STREET_APPROVES = Variable.yesOrNo("streetApproves", "街道党工委是否同意调动");
    public static final Variable<String> STREET_OPINION = Variable.text("streetOpinion", "街道党工委意见", 1000);
    public static final Variable<Boolean> SOURCE_STREET_AGREES = Variable.yesOrNo("sourceStreetAgrees", "调出街道是否同意");
    public static final Variable<String> SOURCE_STREET_OPINION = Variable.text("sourceStreetOpinion", "调出街道意见",
            1000);
    public static final Variable<Boolean> TARGET_STREET_AGREES = Variable.yesOrNo("targetStreetAgrees", "调入街道是否同意接收");
    public static final Variable<String> TARGET_STREET_OPINION = Variable.text("targetStreetOpinion", "调入街道意见",
            1000);
    public static final Variable<Boolean> COUNTY_APPROVES = Variable.yesOrNo("countyApproves", "是否批准调动");
    public static final Variable<String> COUNTY_OPINION = Variable.text("countyOpinion", "县级审批意见", 1000);

    /** Business key of the transfer of a worker on a day. */
    public static String businessKey(String workerId, LocalDate transferDate) {
        return "T-" + workerId + "-" + transferDate;
    }
}
