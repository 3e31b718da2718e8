package cn.communityworkers.secondment;

import static cn.communityworkers.secondment.SecondmentProcess.*;
import static cn.communityworkers.support.FormContract.union;

import java.io.IOException;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import cn.communityworkers.support.FormContract;

/** Each form of the secondment submits exactly what its step reads and shows only what the process knows. */
class SecondmentFormsTest {

    static final Set<String> REQUEST = Set.of(WORKER_ID, BORROWING_ORGANIZATION, BORROWING_ORG_LEVEL, BORROWING_ORG_TYPE,
            START_DATE, END_DATE, PURPOSE);
    static final Set<String> KNOWN_AFTER_VERIFY = union(REQUEST, Set.of(WORKER_NAME, COMMUNITY_NAME, STREET_NAME));

    @Test
    void everyFormSubmitsWhatItsStepReadsAndShowsWhatTheProcessKnows() throws IOException {
        FormContract.check("processes/secondment/secondment.bpmn", "forms/secondment", Map.of(
                "StartEvent_SecondmentRequested", REQUEST,
                TASK_GIVE_COMMUNITY_OPINION, Set.of("communityAgrees", "communityOpinion"),
                TASK_REVIEW_AT_STREET, Set.of("streetApproves", "streetOpinion"),
                TASK_APPROVE_AT_COUNTY, Set.of("countyApproves", "countyOpinion"),
                TASK_CONFIRM_RETURN, Set.of(RETURNED_ON, RETURN_NOTE)), Map.of(
                "StartEvent_SecondmentRequested", Set.of(),
                TASK_GIVE_COMMUNITY_OPINION, KNOWN_AFTER_VERIFY,
                TASK_REVIEW_AT_STREET, union(KNOWN_AFTER_VERIFY, Set.of("communityOpinion")),
                TASK_APPROVE_AT_COUNTY, union(KNOWN_AFTER_VERIFY, Set.of("communityOpinion", "streetOpinion")),
                TASK_CONFIRM_RETURN, KNOWN_AFTER_VERIFY));
    }
}
