package cn.communityworkers.assessment;

import static cn.communityworkers.assessment.AnnualAssessment.*;
import static cn.communityworkers.support.FormContract.union;

import java.io.IOException;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import cn.communityworkers.support.FormContract;

/** Each form of the two assessment processes submits exactly what its step reads and shows what is known. */
class AssessmentFormsTest {

    static final Set<String> WORKER = Set.of(WORKER_NAME, WORKER_ID, COMMUNITY_NAME, STREET_NAME, AssessmentProcess.YEAR);

    @Test
    void theCampaignsForms() throws IOException {
        FormContract.check("processes/assessment/assessment-campaign.bpmn", "forms/assessment", Map.of(
                "StartEvent_CampaignStarted", Set.of(AssessmentProcess.COUNTY_CODE, AssessmentProcess.YEAR,
                        AssessmentProcess.EXCELLENT_QUOTA_PERCENT),
                AssessmentProcess.TASK_CONFIRM_STREET_RATINGS, Set.of(AssessmentProcess.RATINGS)), Map.of(
                "StartEvent_CampaignStarted", Set.of(),
                AssessmentProcess.TASK_CONFIRM_STREET_RATINGS, Set.of(STREET_NAME, AssessmentProcess.YEAR,
                        AssessmentProcess.RATED_WORKERS, AssessmentProcess.EXCELLENT_QUOTA)));
    }

    @Test
    void theAssessmentsForms() throws IOException {
        FormContract.check("processes/assessment/annual-assessment.bpmn", "forms/assessment", Map.ofEntries(
                Map.entry(TASK_COMMENT_ON_PROBATIONER, Set.of(COMMENT)),
                Map.entry(TASK_SCORE_WORKER, Set.of(POLITICAL_SCORE, PERFORMANCE_SCORE)),
                Map.entry(TASK_RECORD_SATISFACTION, Set.of(SATISFACTION_SCORE)),
                Map.entry(TASK_REVIEW_OBJECTION, Set.of(REVIEWED_RATING, REVIEW_NOTE)),
                Map.entry(TASK_RENEW_CONTRACT, Set.of(CONTRACT_KIND, WORKER_REQUESTED_FIXED_TERM, NEW_CONTRACT_END)),
                Map.entry(TASK_ARRANGE_IMPROVEMENT, Set.of(IMPROVEMENT_MEASURE, IMPROVEMENT_DETAIL, IMPROVEMENT_START)),
                Map.entry(TASK_FOLLOW_UP_ASSESSMENT, Set.of(FOLLOW_UP_COMPETENT, FOLLOW_UP_REASON)),
                Map.entry(TASK_DECIDE_TERMINATION, Set.of(END_CONTRACT, TERMINATION_REASON)),
                Map.entry(TASK_SERVE_TERMINATION_NOTICE, Set.of(UNION_NOTIFIED_ON, NOTICE_TYPE, NOTICE_SERVED_ON)),
                Map.entry(TASK_ADMONISHMENT_TALK, Set.of(ADMONISHED_ON, ADMONISHMENT_NOTE)),
                Map.entry(TASK_PROPOSE_RECALL, Set.of(RECALL_PROPOSED, RECALL_REASON))), Map.ofEntries(Map.entry(
                TASK_COMMENT_ON_PROBATIONER, WORKER),
                Map.entry(TASK_SCORE_WORKER, WORKER),
                Map.entry(TASK_RECORD_SATISFACTION, WORKER),
                Map.entry(TASK_REVIEW_OBJECTION, union(WORKER, Set.of(OBJECTION, CONFIRMED_RATING, OVERRIDE_REASON))),
                Map.entry(TASK_RENEW_CONTRACT, union(WORKER, Set.of(CONFIRMED_RATING, GROUND, AssessmentDecisions.SERVICE_YEARS,
                        AssessmentDecisions.CONSECUTIVE_FIXED_TERMS, AssessmentDecisions.OPEN_ENDED_REQUIRED,
                        AssessmentDecisions.RENEWAL_GROUND))),
                Map.entry(TASK_ARRANGE_IMPROVEMENT, union(WORKER, Set.of(CONFIRMED_RATING, GROUND))),
                Map.entry(TASK_FOLLOW_UP_ASSESSMENT, union(WORKER, Set.of(CONFIRMED_RATING, IMPROVEMENT_MEASURE,
                        IMPROVEMENT_DETAIL, IMPROVEMENT_START))),
                Map.entry(TASK_DECIDE_TERMINATION, union(WORKER, Set.of(CONFIRMED_RATING, IMPROVEMENT_MEASURE,
                        IMPROVEMENT_DETAIL, FOLLOW_UP_REASON))),
                Map.entry(TASK_SERVE_TERMINATION_NOTICE, union(WORKER, Set.of(TERMINATION_REASON))),
                Map.entry(TASK_ADMONISHMENT_TALK, union(WORKER, Set.of(CONFIRMED_RATING, GROUND))),
                Map.entry(TASK_PROPOSE_RECALL, union(WORKER, Set.of(CONFIRMED_RATING, GROUND, ADMONISHED_ON,
                        ADMONISHMENT_NOTE)))));
    }
}
