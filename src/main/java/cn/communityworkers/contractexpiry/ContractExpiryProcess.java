package cn.communityworkers.contractexpiry;

import static cn.communityworkers.system.CaseVariables.WORKER_ID;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;

import cn.communityworkers.system.Case;
import cn.communityworkers.system.Cases;
import cn.communityworkers.system.Variable;
import cn.communityworkers.workforce.ContractKind;
import cn.communityworkers.workforce.ContractRenewals;

/**
 * The model {@code processes/contract-expiry/contract-expiry.bpmn}: its key, element ids, business key, variables and
 * its start (only the daily check starts one, {@link ContractExpiryCheck}), so that Java never repeats a string of the
 * model.
 */
public final class ContractExpiryProcess {

    private ContractExpiryProcess() {
    }

    public static final String KEY = "contract-expiry";

    public static final String TASK_PREPARE = "Task_PrepareContractExpiry";
    public static final String TASK_PROPOSE_CONTRACT_KIND = "Task_ProposeContractKind";
    public static final String TASK_DECIDE = "Task_DecideExpiry";
    public static final String TASK_APPROVE = "Task_ApproveExpiry";
    public static final String TASK_RECORD_WORKER_ANSWER = "Task_RecordWorkerAnswer";
    public static final String TASK_RENEW_CONTRACT = "Task_RenewContract";
    public static final String TASK_SERVE_NOTICE = "Task_ServeNotice";
    public static final String TASK_FIX_END = "Task_FixContractEnd";
    public static final String TIMER_CONTRACT_ENDS = "Timer_ContractEnds";
    public static final String TASK_END_CONTRACT = "Task_EndContract";
    public static final String END_RENEWED = "EndEvent_ContractRenewed";
    public static final String END_ENDED = "EndEvent_ContractEnded";

    // What the check starts it with besides the worker (CaseVariables.WORKER_ID); its case has both.
    /** The day the fixed-term contract ends, as registered when the check found it. */
    public static final Variable<LocalDate> CONTRACT_END = Variable.date("contractEnd", "合同终止日期");

    // Submitted by the street personnel office's decision.
    public static final Variable<Boolean> RENEW = Variable.yesOrNo("renew", "是否续订劳动合同");
    public static final Variable<ContractKind> CONTRACT_KIND = ContractRenewals.CONTRACT_KIND;
    public static final Variable<LocalDate> NEW_CONTRACT_END = ContractRenewals.NEW_CONTRACT_END;
    public static final Variable<Boolean> WORKER_REQUESTED_FIXED_TERM = ContractRenewals.WORKER_REQUESTED_FIXED_TERM;
    public static final Variable<String> END_REASON = Variable.text("endReason", "不续订的理由", 500);

    // Submitted by the street party working committee's approval.
    public static final Variable<Boolean> PARTY_APPROVES = Variable.yesOrNo("partyApproves", "街道党工委意见");
    public static final Variable<String> PARTY_OPINION = Variable.text("partyOpinion", "意见说明", 500);

    // Submitted with the worker's answer to the offered renewal.
    public static final Variable<Boolean> WORKER_ACCEPTS = Variable.yesOrNo("workerAccepts", "本人是否同意续订");

    // Submitted when the street served the written notice that the contract will not be renewed.
    public static final Variable<LocalDate> NOTICE_SERVED_ON = Variable.date("noticeServedOn", "书面通知送达日期");

    // Variables the process adds.
    /** How the contract ends (the day, the articles, the severance), set when the day is fixed: the outcome's reason. */
    public static final Variable<String> END_GROUND = Variable.of("endGround", String.class);

    /** One decision per contract end: {@code CE-{workerId}-{contractEnd}}. */
    public static String businessKey(String workerId, LocalDate contractEnd) {
        return "CE-" + workerId + "-" + contractEnd;
    }

    /** The pattern (SQL {@code like}) of the business keys of the worker's decisions, whatever the contract's end. */
    static String businessKeysOf(String workerId) {
        return "CE-" + workerId + "-%";
    }

    /**
     * Starts the decision on the contract of {@code workerId} ending on {@code contractEnd}, in the units the worker
     * is registered in: prepares its case (the worker, the units, the request: worker and contract end), which its
     * first step records, and starts it, in the caller's transaction.
     */
    static ProcessInstance start(RuntimeService runtimeService, Cases cases, String workerId, LocalDate contractEnd,
            Case.Units units) {
        Map<String, Object> request = new LinkedHashMap<>();
        WORKER_ID.put(request, workerId);
        CONTRACT_END.put(request, contractEnd);
        cases.prepare(KEY, businessKey(workerId, contractEnd), units, workerId, request);
        return runtimeService.startProcessInstanceByKey(KEY, businessKey(workerId, contractEnd), new HashMap<>(request));
    }
}
