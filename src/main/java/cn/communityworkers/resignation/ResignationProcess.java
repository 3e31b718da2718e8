package cn.communityworkers.resignation;

import java.time.LocalDate;

import cn.communityworkers.system.Variable;

/**
 * The model {@code processes/resignation/resignation.bpmn}: its key, element ids and variables, so that Java never
 * repeats a string of the model.
 */
public final class ResignationProcess {

    private ResignationProcess() {
    }

    public static final String KEY = "resignation";
    /** Thrown when the worker has left the headcount by another case before the contract's end. */
    public static final String ERROR_WORKER_ALREADY_LEFT = "WORKER_ALREADY_LEFT";

    public static final String START = "StartEvent_NoticeReceived";
    public static final String TASK_VERIFY_NOTICE = "Task_VerifyNotice";
    public static final String TASK_HANDOVER = "Task_Handover";
    public static final String TASK_CONFIRM_OR_WITHDRAW = "Task_ConfirmOrWithdraw";
    public static final String TIMER_NOTICE_RUNS_OUT = "Timer_NoticeRunsOut";
    public static final String TIMER_CONTRACT_ENDS = "Timer_ContractEnds";
    public static final String TASK_END_CONTRACT = "Task_EndContract";
    public static final String BOUNDARY_WORKER_ALREADY_LEFT = "BoundaryEvent_WorkerAlreadyLeft";
    public static final String END_WITHDRAWN = "EndEvent_ResignationWithdrawn";
    public static final String END_WORKER_LEFT = "EndEvent_WorkerLeft";

    // The written notice as the street personnel office registers it (start form or REST).
    public static final Variable<String> WORKER_ID = Variable.text("workerId", "社区工作者", 40);
    public static final Variable<LocalDate> NOTICE_RECEIVED_ON = Variable.date("noticeReceivedOn", "收到书面辞职通知日期");
    public static final Variable<LocalDate> LAST_WORKING_DAY = Variable.date("lastWorkingDay",
            "劳动合同解除日期(最后工作日)");
    public static final Variable<String> REASON = Variable.text("resignationReason", "辞职理由", 500);

    // The community party committee's confirmation of the handover.
    public static final Variable<String> HANDOVER_NOTE = Variable.text("handoverNote", "工作交接情况", 1000);

    // The street personnel office's confirmation before the contract ends, or the withdrawal.
    public static final Variable<Boolean> WITHDRAWN = Variable.yesOrNo("withdrawn", "劳动者是否撤回辞职");
    public static final Variable<String> WITHDRAWAL_NOTE = Variable.text("withdrawalNote", "撤回说明", 1000);

    /** Written by the engine from the error of a worker who left meanwhile: why this resignation ended nothing. */
    public static final Variable<String> NOT_ENDED_REASON = Variable.of("notEndedReason", String.class);

    /** Business key of the resignation of a worker by the notice received on a day. */
    public static String businessKey(String workerId, LocalDate noticeReceivedOn) {
        return businessKeyPrefix(workerId) + noticeReceivedOn;
    }

    /** What the business keys of every resignation of the worker begin with. */
    static String businessKeyPrefix(String workerId) {
        return "R-" + workerId + "-";
    }
}
