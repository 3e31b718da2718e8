package cn.communityworkers.transfer;

import static cn.communityworkers.support.FormContract.union;
import static cn.communityworkers.system.CaseVariables.COMMUNITY_NAME;
import static cn.communityworkers.system.CaseVariables.STREET_NAME;
import static cn.communityworkers.system.CaseVariables.WORKER_NAME;
import static cn.communityworkers.transfer.TransferProcess.*;

import java.io.IOException;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import cn.communityworkers.support.FormContract;

/** Each form of the transfer and the arrival submits exactly what its step reads and shows only what is known. */
class TransferFormsTest {

    static final Set<String> REQUEST = Set.of(WORKER_ID.name(), TARGET_COMMUNITY.name(), TRANSFER_DATE.name(),
            REASON.name());
    static final Set<String> KNOWN_AFTER_VERIFY = union(REQUEST, Set.of(WORKER_NAME.name(), COMMUNITY_NAME.name(),
            STREET_NAME.name(), TARGET_COMMUNITY_NAME.name(), TARGET_STREET_NAME.name()));
    static final Set<String> BOTH_COMMUNITIES = union(KNOWN_AFTER_VERIFY, Set.of(SOURCE_COMMUNITY_OPINION.name(),
            TARGET_COMMUNITY_OPINION.name()));

    @Test
    void everyTransferFormSubmitsWhatItsStepReadsAndShowsWhatTheProcessKnows() throws IOException {
        FormContract.check("processes/transfer/transfer.bpmn", "forms/transfer", Map.of(
                START, REQUEST,
                TASK_SOURCE_COMMUNITY_OPINION, Set.of(SOURCE_COMMUNITY_AGREES.name(), SOURCE_COMMUNITY_OPINION.name()),
                TASK_TARGET_COMMUNITY_OPINION, Set.of(TARGET_COMMUNITY_AGREES.name(), TARGET_COMMUNITY_OPINION.name()),
                TASK_DECIDE_AT_STREET, Set.of(STREET_APPROVES.name(), STREET_OPINION.name()),
                TASK_SOURCE_STREET_OPINION, Set.of(SOURCE_STREET_AGREES.name(), SOURCE_STREET_OPINION.name()),
                TASK_TARGET_STREET_OPINION, Set.of(TARGET_STREET_AGREES.name(), TARGET_STREET_OPINION.name()),
                TASK_APPROVE_AT_COUNTY, Set.of(COUNTY_APPROVES.name(), COUNTY_OPINION.name())), Map.of(
                START, Set.of(),
                TASK_SOURCE_COMMUNITY_OPINION, KNOWN_AFTER_VERIFY,
                TASK_TARGET_COMMUNITY_OPINION, union(KNOWN_AFTER_VERIFY, Set.of(SOURCE_COMMUNITY_OPINION.name())),
                TASK_DECIDE_AT_STREET, BOTH_COMMUNITIES,
                TASK_SOURCE_STREET_OPINION, BOTH_COMMUNITIES,
                TASK_TARGET_STREET_OPINION, union(BOTH_COMMUNITIES, Set.of(SOURCE_STREET_OPINION.name())),
                TASK_APPROVE_AT_COUNTY, union(BOTH_COMMUNITIES, Set.of(SOURCE_STREET_OPINION.name(),
                        TARGET_STREET_OPINION.name()))));
    }

    static final Set<String> ARRIVAL = Set.of(TransferArrivalProcess.WORKER_ID.name(),
            TransferArrivalProcess.PREVIOUS_FROM.name(), TransferArrivalProcess.PREVIOUS_TO.name(),
            TransferArrivalProcess.PREVIOUS_PLACE.name(), TransferArrivalProcess.PREVIOUS_UNIT.name(),
            TransferArrivalProcess.PROOF.name());
    static final Set<String> KNOWN_AFTER_ARRIVAL = union(ARRIVAL, Set.of(WORKER_NAME.name(), COMMUNITY_NAME.name(),
            STREET_NAME.name(), TransferArrivalProcess.CREDITED_YEARS.name(), TransferArrivalProcess.PERIOD_YEARS.name()));

    @Test
    void everyArrivalFormSubmitsWhatItsStepReadsAndShowsWhatTheProcessKnows() throws IOException {
        FormContract.check("processes/transfer/transfer-arrival.bpmn", "forms/transfer", Map.of(
                TransferArrivalProcess.START, ARRIVAL,
                TransferArrivalProcess.TASK_CONFIRM_AT_STREET, Set.of(TransferArrivalProcess.STREET_CONFIRMS.name(),
                        TransferArrivalProcess.STREET_OPINION.name()),
                TransferArrivalProcess.TASK_CONFIRM_AT_COUNTY, Set.of(TransferArrivalProcess.COUNTY_CONFIRMS.name(),
                        TransferArrivalProcess.COUNTY_OPINION.name())), Map.of(
                TransferArrivalProcess.START, Set.of(),
                TransferArrivalProcess.TASK_CONFIRM_AT_STREET, KNOWN_AFTER_ARRIVAL,
                TransferArrivalProcess.TASK_CONFIRM_AT_COUNTY, union(KNOWN_AFTER_ARRIVAL,
                        Set.of(TransferArrivalProcess.STREET_OPINION.name()))));
    }
}
