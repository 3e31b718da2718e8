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
        String workerId = PromotionProcess.WORKER_ID.read(execution);
        Worker worker = workers.find(workerId).orElseThrow();
        PromotionService.EligibilityInputs inputs = PromotionService.inputs(worker,
                workers.continuousCommunityWorkSince(workerId), workers.ratingsByYear(workerId),
                disciplinaryActions.of(workerId), workforce.retirementAge(),
                PromotionProcess.YEAR.in(cases.of(execution).request()), LocalDate.now(clock));
        execution.setVariableLocal(PromotionProcess.CONTINUOUS_YEARS.name(), inputs.continuousYears());
        execution.setVariableLocal(PromotionProcess.COMPLETED_TERMS.name(), inputs.completedTerms());
        execution.setVariableLocal(PromotionProcess.EXCELLENT_YEARS.name(), inputs.excellentYears());
        execution.setVariableLocal(PromotionProcess.BELOW_QUALIFIED_YEARS.name(), inputs.belowQualifiedYears());
        execution.setVariableLocal(PromotionProcess.UNDER_DISCIPLINARY_ACTION.name(), inputs.underDisciplinaryAction());
        execution.setVariableLocal(PromotionProcess.AGE.name(), inputs.age());
        execution.setVariableLocal(PromotionProcess.YEARS_TO_RETIREMENT.name(), inputs.yearsToRetirement());
        execution.setVariableLocal(PromotionProcess.UNDER_INVESTIGATION.name(), inputs.underInvestigation());
        // The task's result variable is written where it exists: here, not on the whole promotion.
        execution.setVariableLocal(PromotionProcess.ELIGIBILITY_RULES.name(), null);
    }
}
