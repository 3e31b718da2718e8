package cn.communityworkers.election;

import static cn.communityworkers.election.ElectionProcess.*;
import static cn.communityworkers.support.FormContract.union;
import static cn.communityworkers.system.CaseVariables.COMMUNITY_NAME;
import static cn.communityworkers.system.CaseVariables.STREET_NAME;
import static cn.communityworkers.system.CaseVariables.WORKER_NAME;

import java.io.IOException;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import cn.communityworkers.support.FormContract;

/** Each form of the election submits exactly what its step reads and shows only what the process knows. */
class CommunityElectionFormsTest {

    static final Set<String> RESULT = Set.of(COMMUNITY_CODE.name(), ELECTION_DATE.name(), SECRETARY_ID.name(),
            DIRECTOR_ID.name(), DEPUTY_IDS.name(), MEMBER_IDS.name(), ELECTION_NOTE.name());
    /** What the start's steps write: the case's names, the elected leaders and the summary of the result. */
    static final Set<String> KNOWN_AFTER_REGISTRATION = union(RESULT, Set.of(WORKER_NAME.name(), COMMUNITY_NAME.name(),
            STREET_NAME.name(), SECRETARY_NAME.name(), DIRECTOR_NAME.name(), ONE_PERSON.name(), RESULT_SUMMARY.name()));

    @Test
    void everyFormSubmitsWhatItsStepReadsAndShowsWhatTheProcessKnows() throws IOException {
        FormContract.check("processes/election/community-election.bpmn", "forms/election", Map.of(
                START, RESULT,
                TASK_FILE_SECRETARY, Set.of(FILING_ACCEPTED.name(), FILING_OPINION.name()),
                TASK_SUPPLEMENT_FILING, Set.of(SUPPLEMENT_NOTE.name()),
                TASK_AUDIT, Set.of(PERIOD_START.name(), PERIOD_END.name(), FINDINGS.name(), CONCLUSION.name(),
                        AUDITED_ON.name())), Map.of(
                START, Set.of(),
                TASK_FILE_SECRETARY, union(KNOWN_AFTER_REGISTRATION, Set.of(SUPPLEMENT_NOTE.name())),
                TASK_SUPPLEMENT_FILING, union(KNOWN_AFTER_REGISTRATION, Set.of(FILING_OPINION.name())),
                TASK_AUDIT, union(KNOWN_AFTER_REGISTRATION, Set.of(AUDITED_WORKER_NAME.name(), AUDITED_POSTS.name()))));
    }
}
