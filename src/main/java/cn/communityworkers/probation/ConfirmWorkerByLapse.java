package cn.communityworkers.probation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The probation ended without a decision: the worker is regular by law, PROBATION becomes ACTIVE. */
@Component("confirmWorkerByLapse")
class ConfirmWorkerByLapse implements JavaDelegate {

    private final ProbationService probation;

    ConfirmWorkerByLapse(ProbationService probation) {
        this.probation = probation;
    }

    @Override
    public void execute(DelegateExecution execution) {
        probation.confirmByLapse((String) execution.getVariable(ProbationProcess.WORKER_ID),
                execution.getProcessInstanceId());
        execution.setVariable(ProbationProcess.CONFIRMED_BY_LAPSE, true);
    }
}
