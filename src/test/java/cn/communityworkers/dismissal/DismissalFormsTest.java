package cn.communityworkers.dismissal;

import static cn.communityworkers.dismissal.DismissalProcess.*;
import static cn.communityworkers.support.FormContract.union;
import static cn.communityworkers.system.CaseVariables.COMMUNITY_NAME;
import static cn.communityworkers.system.CaseVariables.STREET_NAME;
import static cn.communityworkers.system.CaseVariables.WORKER_NAME;

import java.io.IOException;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import cn.communityworkers.support.FormContract;

/** Each form of the dismissal submits exactly what its step reads and shows only what the process knows by then. */
class DismissalFormsTest {

    static final Set<String> PROPOSAL = Set.of(WORKER_ID.name(), GROUND.name(), FACTS.name(), EVIDENCE.name());
    static final Set<String> KNOWN_AFTER_VERIFY = union(PROPOSAL, Set.of(WORKER_NAME.name(), COMMUNITY_NAME.name(),
            STREET_NAME.name()));
    static final Set<String> STATEMENT_ANSWER = Set.of(STATEMENT_KIND.name(), STATEMENT_ON.name(), STATEMENT.name());
    static final Set<String> UNION_ANSWER = Set.of(UNION_AGREES.name(), UNION_OPINION.name());

    @Test
    void everyFormSubmitsWhatItsStepReadsAndShowsWhatTheProcessKnows() throws IOException {
        FormContract.check("processes/dismissal/dismissal.bpmn", "forms/dismissal", Map.of(
                START_EVENT, PROPOSAL,
                TASK_RECORD_STATEMENT, STATEMENT_ANSWER,
                TASK_GIVE_UNION_OPINION, UNION_ANSWER,
                TASK_DECIDE_DISMISSAL, Set.of(DISMISS.name(), DECISION_OPINION.name(), REPLY_TO_UNION.name())), Map.of(
                START_EVENT, Set.of(),
                TASK_RECORD_STATEMENT, KNOWN_AFTER_VERIFY,
                TASK_GIVE_UNION_OPINION, union(KNOWN_AFTER_VERIFY, STATEMENT_ANSWER),
                TASK_DECIDE_DISMISSAL, union(union(KNOWN_AFTER_VERIFY, STATEMENT_ANSWER), UNION_ANSWER)));
    }
}
