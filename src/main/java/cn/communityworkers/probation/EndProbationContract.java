package cn.communityworkers.probation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The street decided the worker does not meet the hiring conditions: the contract ends, the worker is TERMINATED. */
@Component("endProbationContract")
class EndProbationContract implements JavaDelegate {

    private final ProbationService probation;

    EndProbationContract(ProbationService probation) {
        this.probation = probation;
    }

    @Override
    public void execute(DelegateExecution execution) {
        probation.endContract((String) execution.getVariable(ProbationProcess.WORKER_ID),
                (String) execution.getVariable(ProbationProcess.REASON), execution.getProcessInstanceId());
    }
}
