package cn.communityworkers.promotion;

import static cn.communityworkers.promotion.PromotionProcess.*;
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

/** Each form of the secretary promotion submits exactly what its step reads and shows only what the process knows. */
class PromotionFormsTest {

    /** What {@code ShowCandidate} puts on every task about one secretary (score and rank once ranked). */
    static final Set<String> CANDIDATE = Set.of(WORKER_NAME.name(), COMMUNITY_NAME.name(), STREET_NAME.name(), ELIGIBILITY_REASONS.name());
    static final Set<String> RANKED = union(CANDIDATE, Set.of(ASSESSMENT_SCORE.name(), RANK.name()));
    static final Set<String> REQUEST = Set.of(COUNTY_CODE.name(), YEAR.name(), POSTS.name());

    @Test
    void everyFormSubmitsWhatItsStepReadsAndShowsWhatTheProcessKnows() throws IOException {
        FormContract.check("processes/promotion/secretary-promotion.bpmn", "forms/promotion", Map.of(
                "StartEvent_PromotionStarted", REQUEST,
                TASK_NOMINATE_SECRETARIES, Set.of(NOMINEES.name()),
                TASK_REVIEW_CANDIDATE, Set.of(REVIEW_PASSED.name(), ASSESSMENT_SCORE.name()),
                TASK_INVESTIGATE_OBJECTION, Set.of(OBJECTION_UPHELD.name(), FINDING.name()),
                TASK_APPROVE_INSTITUTION_HIRE, Set.of(HIRE_APPROVED.name(), INSTITUTION_NAME.name()),
                TASK_ASSESS_EXCEPTIONAL, Set.of(EXCEPTIONAL.name()),
                TASK_RECORD_LEADERSHIP_SELECTION, Set.of(SELECTION_ROUTE.name(), SELECTED.name(), POST.name())), Map.of(
                "StartEvent_PromotionStarted", Set.of(),
                TASK_NOMINATE_SECRETARIES, union(REQUEST, Set.of(AS_OF.name(), STREET_NAME.name(), ELIGIBLE_SECRETARIES.name())),
                TASK_REVIEW_CANDIDATE, CANDIDATE,
                TASK_INVESTIGATE_OBJECTION, Set.of(WORKER_NAME.name(), COMMUNITY_NAME.name(), OBJECTION_TEXT.name()),
                TASK_APPROVE_INSTITUTION_HIRE, RANKED,
                TASK_ASSESS_EXCEPTIONAL, RANKED,
                TASK_RECORD_LEADERSHIP_SELECTION, RANKED));
    }
}
