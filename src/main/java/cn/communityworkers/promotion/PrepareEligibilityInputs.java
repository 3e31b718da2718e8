package cn.communityworkers.promotion;

import java.time.Clock;
import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import cn.communityworkers.system.Cases;
import cn.communityworkers.workforce.DisciplinaryActions;
import cn.communityworkers.workforce.Worker;
import cn.communityworkers.workforce.WorkerRegistry;
import cn.communityworkers.workforce.WorkforceProperties;

/**
 * Before the decision table judges one secretary: what it is given, as of 1 January of the promotion year (the case's,
 * as recorded; a disciplinary action in effect on any day from then until today counts), kept in the secretary's own
 * scope (as is the decision's result).
 */
@Component("prepareEligibilityInputs")
class PrepareEligibilityInputs implements ExecutionListener {

    static final String CONTINUOUS_YEARS = "continuousYears";
    static final String COMPLETED_TERMS = "completedTerms";
    static final String EXCELLENT_YEARS = "excellentYears";
    static final String BELOW_QUALIFIED_YEARS = "belowQualifiedYears";
    static final String UNDER_DISCIPLINARY_ACTION = "underDisciplinaryAction";
    static final String AGE = "age";
    static final String YEARS_TO_RETIREMENT = "yearsToRetirement";
    static final String UNDER_INVESTIGATION = "underInvestigation";

    private final WorkerRegistry workers;
    private final DisciplinaryActions disciplinaryActions;
    private final WorkforceProperties workforce;
    private final Cases cases;
    private final Clock clock;

    PrepareEligibilityInputs(WorkerRegistry workers, DisciplinaryActions disciplinaryActions,
            WorkforceProperties workforce, Cases cases, Clock clock) {
        this.workers = workers;
        this.disciplinaryActions = disciplinaryActions;
        this.workforce = workforce;
        this.cases = cases;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateExecution execution) {
        String workerId = (String) execution.getVariable(PromotionProcess.WORKER_ID);
        Worker worker = workers.find(workerId).orElseThrow();
        PromotionService.EligibilityInputs inputs = PromotionService.inputs(worker, workers.ratingsByYear(workerId),
                disciplinaryActions.of(workerId), workforce.retirementAge(),
                cases.of(execution).requestedNumber(PromotionProcess.YEAR), LocalDate.now(clock));
        execution.setVariableLocal(CONTINUOUS_YEARS, inputs.continuousYears());
        execution.setVariableLocal(COMPLETED_TERMS, inputs.completedTerms());
        execution.setVariableLocal(EXCELLENT_YEARS, inputs.excellentYears());
        execution.setVariableLocal(BELOW_QUALIFIED_YEARS, inputs.belowQualifiedYears());
        execution.setVariableLocal(UNDER_DISCIPLINARY_ACTION, inputs.underDisciplinaryAction());
        execution.setVariableLocal(AGE, inputs.age());
        execution.setVariableLocal(YEARS_TO_RETIREMENT, inputs.yearsToRetirement());
        execution.setVariableLocal(UNDER_INVESTIGATION, inputs.underInvestigation());
        // The task's result variable is written where it exists: here, not on the whole promotion.
        execution.setVariableLocal(PromotionProcess.ELIGIBILITY_RULES, null);
    }
}
