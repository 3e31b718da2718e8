package cn.communityworkers.contractexpiry;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The day the contract ends has come: the case's worker is TERMINATED on it, leaving the headcount, with the ground
 * and the severance fixed before, in the change log ({@link ContractExpiries#endContract}). Nothing is read from
 * process variables.
 */
@Component("endExpiredContract")
class EndExpiredContract implements JavaDelegate {

    private final ContractExpiries expiries;

    EndExpiredContract(ContractExpiries expiries) {
        this.expiries = expiries;
    }

    @Override
    public void execute(DelegateExecution execution) {
        expiries.endContract(execution.getProcessInstanceId());
    }
}
