package cn.communityworkers.secondment;

import static cn.communityworkers.secondment.SecondmentProcess.*;
import static cn.communityworkers.system.CaseVariables.STREET_NAME;
import static cn.communityworkers.system.CaseVariables.COMMUNITY_NAME;
import static cn.communityworkers.system.CaseVariables.WORKER_NAME;
import static cn.communityworkers.support.FormContract.union;

import java.io.IOException;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import cn.communityworkers.system.CaseVariables;
import cn.communityworkers.support.FormContract;

/** Each form of the secondment submits exactly what its step reads and shows only what the process knows. */
class SecondmentFormsTest {

    static final Set<String> REQUEST = Set.of(WORKER_ID.name(), BORROWING_ORGANIZATION.name(), BORROWING_ORG_LEVEL.name(), BORROWING_ORG_TYPE.name(),
            START_DATE.name(), END_DATE.name(), PURPOSE.name());
    static final Set<String> KNOWN_AFTER_VERIFY = union(REQUEST, Set.of(WORKER_NAME.name(), COMMUNITY_NAME.name(), STREET_NAME.name()));

    @Test
    void everyFormSubmitsWhatItsStepReadsAndShowsWhatTheProcessKnows() throws IOException {
        FormContract.check("processes/secondment/secondment.bpmn", "forms/secondment", Map.of(
                "StartEvent_SecondmentRequested", REQUEST,
                TASK_GIVE_COMMUNITY_OPINION, Set.of("communityAgrees", "communityOpinion"),
                TASK_REVIEW_AT_STREET, Set.of("streetApproves", "streetOpinion"),
                TASK_APPROVE_AT_COUNTY, Set.of("countyApproves", "countyOpinion"),
                TASK_CONFIRM_RETURN, Set.of(RETURNED_ON.name(), RETURN_NOTE.name())), Map.of(
                "StartEvent_SecondmentRequested", Set.of(),
                TASK_GIVE_COMMUNITY_OPINION, KNOWN_AFTER_VERIFY,
                TASK_REVIEW_AT_STREET, union(KNOWN_AFTER_VERIFY, Set.of("communityOpinion")),
                TASK_APPROVE_AT_COUNTY, union(KNOWN_AFTER_VERIFY, Set.of("communityOpinion", "streetOpinion")),
                TASK_CONFIRM_RETURN, KNOWN_AFTER_VERIFY));
    }
}
