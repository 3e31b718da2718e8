package cn.communityworkers.promotion;

import static cn.communityworkers.promotion.PromotionProcess.*;
import static cn.communityworkers.support.FormContract.union;

import java.io.IOException;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import cn.communityworkers.support.FormContract;

/** Each form of the secretary promotion submits exactly what its step reads and shows only what the process knows. */
class PromotionFormsTest {

    /** What {@code ShowCandidate} puts on every task about one secretary (score and rank once ranked). */
    static final Set<String> CANDIDATE = Set.of(WORKER_NAME, COMMUNITY_NAME, STREET_NAME, ELIGIBILITY_REASONS);
    static final Set<String> RANKED = union(CANDIDATE, Set.of(ASSESSMENT_SCORE, RANK));
    static final Set<String> REQUEST = Set.of(COUNTY_CODE, YEAR, POSTS);

    @Test
    void everyFormSubmitsWhatItsStepReadsAndShowsWhatTheProcessKnows() throws IOException {
        FormContract.check("processes/promotion/secretary-promotion.bpmn", "forms/promotion", Map.of(
                "StartEvent_PromotionStarted", REQUEST,
                TASK_NOMINATE_SECRETARIES, Set.of(NOMINEES),
                TASK_REVIEW_CANDIDATE, Set.of(REVIEW_PASSED, ASSESSMENT_SCORE),
                TASK_INVESTIGATE_OBJECTION, Set.of(OBJECTION_UPHELD, FINDING),
                TASK_APPROVE_INSTITUTION_HIRE, Set.of(HIRE_APPROVED, INSTITUTION_NAME),
                TASK_ASSESS_EXCEPTIONAL, Set.of(EXCEPTIONAL),
                TASK_RECORD_LEADERSHIP_SELECTION, Set.of(SELECTION_ROUTE, SELECTED, POST)), Map.of(
                "StartEvent_PromotionStarted", Set.of(),
                TASK_NOMINATE_SECRETARIES, union(REQUEST, Set.of(AS_OF, STREET_NAME, ELIGIBLE_SECRETARIES)),
                TASK_REVIEW_CANDIDATE, CANDIDATE,
                TASK_INVESTIGATE_OBJECTION, Set.of(WORKER_NAME, COMMUNITY_NAME, OBJECTION_TEXT),
                TASK_APPROVE_INSTITUTION_HIRE, RANKED,
                TASK_ASSESS_EXCEPTIONAL, RANKED,
                TASK_RECORD_LEADERSHIP_SELECTION, RANKED));
    }
}
