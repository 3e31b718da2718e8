package cn.communityworkers.resignation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.communityworkers.system.Cases;

/**
 * The notice has run out (the timer after the last working day): the contract of the case's worker ends on the last
 * working day as recorded at the start, whatever the variables say by now, and the worker leaves the headcount.
 */
@Component("endResignedContract")
class EndResignedContract implements JavaDelegate {

    private final ResignationService resignations;
    private final Cases cases;

    EndResignedContract(ResignationService resignations, Cases cases) {
        this.resignations = resignations;
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        resignations.endContract(execution.getProcessInstanceId(), cases.of(execution));
    }
}
