package cn.communityworkers.probation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.communityworkers.system.Cases;

/** The street confirmed the worker (the case's, as recorded at the start): PROBATION becomes ACTIVE (转正). */
@Component("confirmRegularWorker")
class ConfirmRegularWorker implements JavaDelegate {

    private final ProbationService probation;
    private final Cases cases;

    ConfirmRegularWorker(ProbationService probation, Cases cases) {
        this.probation = probation;
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        probation.confirm(cases.of(execution).requireWorker(), execution.getProcessInstanceId());
    }
}
