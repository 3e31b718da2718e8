package cn.communityworkers.probation;

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
import cn.communityworkers.workforce.Rating;

/**
 * The model {@code processes/probation/probation.bpmn}: its key, element ids, business key, variables and its start
 * (only the system starts a probation, for a worker it hired), so that Java never repeats a string of the model.
 */
public final class ProbationProcess {

    private ProbationProcess() {
    }

    public static final String KEY = "probation";

    public static final String TASK_PREPARE_PROBATION = "Task_PrepareProbation";
    public static final String TIMER_EVALUATION_DUE = "Timer_EvaluationDue";
    public static final String TASK_EVALUATE_PROBATION = "Task_EvaluateProbation";
    public static final String TASK_DECIDE_PROBATION = "Task_DecideProbation";
    public static final String GATEWAY_PROBATION_PASSED = "Gateway_ProbationPassed";
    public static final String TASK_CONFIRM_WORKER = "Task_ConfirmWorker";
    public static final String TASK_END_CONTRACT = "Task_EndContract";
    public static final String TIMER_PROBATION_ENDS = "Timer_ProbationEnds";
    public static final String TASK_CONFIRM_BY_LAPSE = "Task_ConfirmByLapse";
    public static final String END_WORKER_CONFIRMED = "EndEvent_WorkerConfirmed";
    public static final String END_CONTRACT_ENDED = "EndEvent_ContractEnded";
    public static final String END_CONFIRMED_BY_LAPSE = "EndEvent_ConfirmedByLapse";

    // What the probation starts with besides the worker (CaseVariables.WORKER_ID; the business key is the worker id),
    // for its forms; its case has both too.
    /** The day the probation ends, as registered for the worker. */
    public static final Variable<LocalDate> PROBATION_END = Variable.date("probationEnd", "试用期满日期");

    // Variables the process adds.
    /** When the community is asked for its evaluation (ISO date-time, +08:00), the timer {@link #TIMER_EVALUATION_DUE}. */
    public static final Variable<String> EVALUATION_DUE_AT = Variable.of("evaluationDueAt", String.class);
    /** When the probation is over (ISO date-time, +08:00), the timer {@link #TIMER_PROBATION_ENDS}. */
    public static final Variable<String> PROBATION_ENDS_AT = Variable.of("probationEndsAt", String.class);
    /** True when the probation passed without a decision and the worker became regular by law. */
    public static final Variable<Boolean> CONFIRMED_BY_LAPSE = Variable.of("confirmedByLapse", Boolean.class);

    // Submitted by the community's evaluation: one of ProbationService.RATINGS, and a comment.
    public static final Variable<Rating> PROBATION_RATING = Variable.choice("probationRating", "试用期表现评价",
            Rating.class);
    public static final Variable<String> COMMENT = Variable.text("comment", "评语", 1000);

    // Submitted by the street's decision.
    public static final Variable<Boolean> PROBATION_PASSED = Variable.yesOrNo("probationPassed", "是否转正");
    /** Why the worker does not meet the hiring conditions; required when the probation is not passed. */
    public static final Variable<String> REASON = Variable.text("reason", "不予转正的理由",
            ProbationService.MAX_REASON_LENGTH);

    /** A worker's probation: the worker's id (a worker has one probation). */
    public static String businessKey(String workerId) {
        return workerId;
    }

    /**
     * Starts the probation of a worker just hired into PROBATION until {@code probationEnd}, in the units the worker
     * is registered in: prepares its case (the worker, the units, the request: worker and end of probation), which its
     * first step records, and starts it, in the caller's transaction.
     */
    public static ProcessInstance start(RuntimeService runtimeService, Cases cases, String workerId,
            LocalDate probationEnd, Case.Units units) {
        Map<String, Object> request = new LinkedHashMap<>();
        WORKER_ID.put(request, workerId);
        PROBATION_END.put(request, probationEnd);
        cases.prepare(KEY, businessKey(workerId), units, workerId, request);
        return runtimeService.startProcessInstanceByKey(KEY, businessKey(workerId), new HashMap<>(request));
    }
}
