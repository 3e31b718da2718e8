package cn.communityworkers.contractexpiry;

import static cn.communityworkers.contractexpiry.ContractExpiryProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The contract will end without a renewal: the worker refused the renewal offered (no severance, 《劳动合同法》第四十六条
 * 第(五)项), or the street did not renew and served its written notice (severance, 第四十七条). Fixes the day it ends
 * and records it with its ground ({@link ContractExpiries#fixEnd}); the ground is also the outcome's reason.
 */
@Component("fixContractEnd")
class FixContractEnd implements JavaDelegate {

    private final ContractExpiries expiries;

    FixContractEnd(ContractExpiries expiries) {
        this.expiries = expiries;
    }

    @Override
    public void execute(DelegateExecution execution) {
        // The way here tells which: a renewal decided (so the worker refused it), or none (so the notice was served).
        boolean refused = RENEW.read(execution);
        END_GROUND.set(execution, expiries.fixEnd(execution.getProcessInstanceId(), refused,
                refused ? null : NOTICE_SERVED_ON.read(execution),
                refused ? null : END_REASON.read(execution)));
    }
}
