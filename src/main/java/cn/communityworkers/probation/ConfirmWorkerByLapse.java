package cn.communityworkers.probation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.communityworkers.system.Cases;

/** The probation ended without a decision: the case's worker is regular by law, PROBATION becomes ACTIVE. */
@Component("confirmWorkerByLapse")
class ConfirmWorkerByLapse implements JavaDelegate {

    private final ProbationService probation;
    private final Cases cases;

    ConfirmWorkerByLapse(ProbationService probation, Cases cases) {
        this.probation = probation;
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        probation.confirmByLapse(cases.of(execution).requireWorker(), execution.getProcessInstanceId());
        ProbationProcess.CONFIRMED_BY_LAPSE.set(execution, true);
    }
}
