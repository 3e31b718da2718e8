package cn.communityworkers.contractexpiry;

import static cn.communityworkers.contractexpiry.ContractExpiryProcess.*;
import static cn.communityworkers.support.FormContract.union;

import java.io.IOException;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import cn.communityworkers.support.FormContract;
import cn.communityworkers.system.CaseVariables;
import cn.communityworkers.workforce.ContractRenewals;

/** Each form of the contract expiry submits exactly what its step reads and shows only what the process knows. */
class ContractExpiryFormsTest {

    static final Set<String> PREPARED = Set.of(CaseVariables.WORKER_ID.name(), CONTRACT_END.name(),
            CaseVariables.WORKER_NAME.name(), CaseVariables.COMMUNITY_NAME.name(), CaseVariables.STREET_NAME.name());
    static final Set<String> PROPOSED = union(PREPARED, Set.of(ContractRenewals.SERVICE_YEARS,
            ContractRenewals.CONSECUTIVE_FIXED_TERMS, ContractRenewals.OPEN_ENDED_REQUIRED, ContractRenewals.RENEWAL_GROUND));
    static final Set<String> DECISION = Set.of(RENEW.name(), CONTRACT_KIND.name(), WORKER_REQUESTED_FIXED_TERM.name(),
            NEW_CONTRACT_END.name(), END_REASON.name());
    static final Set<String> DECIDED = union(PROPOSED, DECISION);

    @Test
    void everyFormSubmitsWhatItsStepReadsAndShowsWhatTheProcessKnows() throws IOException {
        FormContract.check("processes/contract-expiry/contract-expiry.bpmn", "forms/contract-expiry", Map.of(
                TASK_DECIDE, DECISION,
                TASK_APPROVE, Set.of(PARTY_APPROVES.name(), PARTY_OPINION.name()),
                TASK_RECORD_WORKER_ANSWER, Set.of(WORKER_ACCEPTS.name()),
                TASK_SERVE_NOTICE, Set.of(NOTICE_SERVED_ON.name())), Map.of(
                TASK_DECIDE, PROPOSED,
                TASK_APPROVE, DECIDED,
                TASK_RECORD_WORKER_ANSWER, DECIDED,
                TASK_SERVE_NOTICE, DECIDED));
    }
}
