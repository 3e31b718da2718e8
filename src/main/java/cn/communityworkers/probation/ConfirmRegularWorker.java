package cn.communityworkers.probation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The street confirmed the worker: PROBATION becomes ACTIVE (转正). */
@Component("confirmRegularWorker")
class ConfirmRegularWorker implements JavaDelegate {

    private final ProbationService probation;

    ConfirmRegularWorker(ProbationService probation) {
        this.probation = probation;
    }

    @Override
    public void execute(DelegateExecution execution) {
        probation.confirm((String) execution.getVariable(ProbationProcess.WORKER_ID), execution.getProcessInstanceId());
    }
}
