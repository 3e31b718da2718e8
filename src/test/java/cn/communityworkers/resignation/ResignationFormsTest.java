package cn.communityworkers.resignation;

import static cn.communityworkers.resignation.ResignationProcess.*;
import static cn.communityworkers.support.FormContract.union;
import static cn.communityworkers.system.CaseVariables.COMMUNITY_NAME;
import static cn.communityworkers.system.CaseVariables.STREET_NAME;
import static cn.communityworkers.system.CaseVariables.WORKER_NAME;

import java.io.IOException;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import cn.communityworkers.support.FormContract;

/** Each form of the resignation submits exactly what its step reads and shows only what the process knows. */
class ResignationFormsTest {

    static final Set<String> NOTICE = Set.of(WORKER_ID.name(), NOTICE_RECEIVED_ON.name(), LAST_WORKING_DAY.name(),
            REASON.name());
    static final Set<String> KNOWN_AFTER_VERIFY = union(NOTICE, Set.of(WORKER_NAME.name(), COMMUNITY_NAME.name(),
            STREET_NAME.name()));

    @Test
    void everyFormSubmitsWhatItsStepReadsAndShowsWhatTheProcessKnows() throws IOException {
        FormContract.check("processes/resignation/resignation.bpmn", "forms/resignation", Map.of(
                START, NOTICE,
                TASK_HANDOVER, Set.of(HANDOVER_NOTE.name()),
                TASK_CONFIRM_OR_WITHDRAW, Set.of(WITHDRAWN.name(), WITHDRAWAL_NOTE.name())), Map.of(
                START, Set.of(),
                TASK_HANDOVER, KNOWN_AFTER_VERIFY,
                TASK_CONFIRM_OR_WITHDRAW, KNOWN_AFTER_VERIFY));
    }
}
