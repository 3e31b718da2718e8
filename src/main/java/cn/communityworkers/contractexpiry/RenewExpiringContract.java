package cn.communityworkers.contractexpiry;

import static cn.communityworkers.contractexpiry.ContractExpiryProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.communityworkers.workforce.ContractKind;

/**
 * The worker accepted the renewal the street decided and its party working committee approved: the case's contract
 * is renewed as decided, with the table's ground (《劳动合同法》第十四条) and this instance in the change log.
 */
@Component("renewExpiringContract")
class RenewExpiringContract implements JavaDelegate {

    private final ContractExpiries expiries;

    RenewExpiringContract(ContractExpiries expiries) {
        this.expiries = expiries;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ContractKind kind = CONTRACT_KIND.read(execution);
        expiries.renew(execution.getProcessInstanceId(), kind,
                kind == ContractKind.FIXED_TERM ? NEW_CONTRACT_END.read(execution) : null,
                WORKER_REQUESTED_FIXED_TERM.readIfGiven(execution).orElse(false), CONTRACT_KIND.name());
    }
}
