package cn.communityworkers.probation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.communityworkers.system.Cases;

/**
 * The street decided the worker (the case's, as recorded at the start) does not meet the hiring conditions, for the
 * reason it gave: the contract ends, the worker is TERMINATED.
 */
@Component("endProbationContract")
class EndProbationContract implements JavaDelegate {

    private final ProbationService probation;
    private final Cases cases;

    EndProbationContract(ProbationService probation, Cases cases) {
        this.probation = probation;
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        probation.endContract(cases.of(execution).requireWorker(),
                ProbationProcess.REASON.read(execution), execution.getProcessInstanceId());
    }
}
