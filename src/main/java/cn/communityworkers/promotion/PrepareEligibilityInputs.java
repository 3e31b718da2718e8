package cn.communityworkers.promotion;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import cn.communityworkers.system.Cases;
import cn.communityworkers.workforce.Worker;
import cn.communityworkers.workforce.WorkerService;

/**
 * Before the decision table judges one secretary: what it is given, as of 1 January of the promotion year (the case's,
 * as recorded), kept in the secretary's own scope (as is the decision's result).
 */
@Component("prepareEligibilityInputs")
class PrepareEligibilityInputs implements ExecutionListener {

    static final String CONTINUOUS_YEARS = "continuousYears";
    static final String COMPLETED_TERMS = "completedTerms";
    static final String EXCELLENT_YEARS = "excellentYears";
    static final String BELOW_QUALIFIED_YEARS = "belowQualifiedYears";
    static final String UNDER_DISCIPLINARY_ACTION = "underDisciplinaryAction";

    private final WorkerService workers;
    private final Cases cases;

    PrepareEligibilityInputs(WorkerService workers, Cases cases) {
        this.workers = workers;
        this.cases = cases;
    }

    @Override
    public void notify(DelegateExecution execution) {
        String workerId = (String) execution.getVariable(PromotionProcess.WORKER_ID);
        Worker worker = workers.find(workerId).orElseThrow();
        PromotionService.EligibilityInputs inputs = PromotionService.inputs(worker, workers.ratingsByYear(workerId),
                cases.of(execution).requestedNumber(PromotionProcess.YEAR));
        execution.setVariableLocal(CONTINUOUS_YEARS, inputs.continuousYears());
        execution.setVariableLocal(COMPLETED_TERMS, inputs.completedTerms());
        execution.setVariableLocal(EXCELLENT_YEARS, inputs.excellentYears());
        execution.setVariableLocal(BELOW_QUALIFIED_YEARS, inputs.belowQualifiedYears());
        execution.setVariableLocal(UNDER_DISCIPLINARY_ACTION, inputs.underDisciplinaryAction());
        // The task's result variable is written where it exists: here, not on the whole promotion.
        execution.setVariableLocal(PromotionProcess.ELIGIBILITY_RULES, null);
    }
}
