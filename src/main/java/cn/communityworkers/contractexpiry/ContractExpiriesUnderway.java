package cn.communityworkers.contractexpiry;

import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

import cn.communityworkers.system.Cases;
import cn.communityworkers.workforce.ContractDecisionsUnderway;

/**
 * The workers whose contract an open contract expiry decides (from the decision to the contract's end), so that the
 * annual assessment proposes no renewal of its own for them.
 */
@Component
class ContractExpiriesUnderway implements ContractDecisionsUnderway {

    private final RuntimeService runtimeService;
    private final Cases cases;

    ContractExpiriesUnderway(RuntimeService runtimeService, Cases cases) {
        this.runtimeService = runtimeService;
        this.cases = cases;
    }

    @Override
    public Set<String> workers() {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(ContractExpiryProcess.KEY).list()
                .stream().map(ProcessInstance::getId).map(instance -> cases.of(instance).requireWorker())
                .collect(Collectors.toSet());
    }

    @Override
    public boolean isDeciding(String workerId) {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(ContractExpiryProcess.KEY)
                .processInstanceBusinessKeyLike(ContractExpiryProcess.businessKeysOf(workerId)).count() > 0;
    }
}
