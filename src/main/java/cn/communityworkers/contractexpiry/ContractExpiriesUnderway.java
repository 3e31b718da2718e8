package cn.communityworkers.contractexpiry;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

import cn.communityworkers.workforce.ContractDecisionsUnderway;

/**
 * The workers whose contract an open contract expiry decides (from the decision to the contract's end), so that the
 * annual assessment proposes no renewal of its own for them.
 */
@Component
class ContractExpiriesUnderway implements ContractDecisionsUnderway {

    private final RuntimeService runtimeService;

    ContractExpiriesUnderway(RuntimeService runtimeService) {
        this.runtimeService = runtimeService;
    }

    @Override
    public boolean isDeciding(String workerId) {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(ContractExpiryProcess.KEY)
                .processInstanceBusinessKeyLike(ContractExpiryProcess.businessKeysOf(workerId)).count() > 0;
    }
}
