package cn.communityworkers.probation;

/**
 * The model {@code processes/probation/probation.bpmn}: its key, element ids and variable names, so that
 * Java never repeats a string of the model.
 */
public final class ProbationProcess {

    private ProbationProcess() {
    }

    public static final String KEY = "probation";

    public static final String TASK_PREPARE_PROBATION = "Task_PrepareProbation";
    public static final String SUB_PROCESS_SCREENING = "SubProcess_Screening";
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

    // Variables the hiring step starts the process with (the business key is the worker id).
    public static final String WORKER_ID = "workerId";
    /** The day the probation ends, an ISO date ({@code 2027-03-31}), as registered for the worker. */
    public static final String PROBATION_END = "probationEnd";

    // Variables the process adds.
    public static final String WORKER_NAME = "workerName";
    public static final String COMMUNITY_NAME = "communityName";
    public static final String STREET_NAME = "streetName";
    /** When the community is asked for its evaluation (ISO date-time, +08:00), the timer {@link #TIMER_EVALUATION_DUE}. */
    public static final String EVALUATION_DUE_AT = "evaluationDueAt";
    /** When the probation is over (ISO date-time, +08:00), the timer {@link #TIMER_PROBATION_ENDS}. */
    public static final String PROBATION_ENDS_AT = "probationEndsAt";
    /** True when the probation passed without a decision and the worker became regular by law. */
    public static final String CONFIRMED_BY_LAPSE = "confirmedByLapse";

    // Submitted by the community's evaluation.
    /** {@code EXCELLENT}, {@code QUALIFIED} or {@code UNQUALIFIED}. */
    public static final String PROBATION_RATING = "probationRating";
    public static final String COMMENT = "comment";

    // Submitted by the street's decision.
    public static final String PROBATION_PASSED = "probationPassed";
    /** Why the worker does not meet the hiring conditions; required when the probation is not passed. */
    public static final String REASON = "reason";
}
