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
        FormContract.check("processes/assessment/annual-assessment.bpmn", "forms/assessment", Map.of(
                TASK_COMMENT_ON_PROBATIONER, Set.of(COMMENT),
                TASK_SCORE_WORKER, Set.of(POLITICAL_SCORE, PERFORMANCE_SCORE),
                TASK_RECORD_SATISFACTION, Set.of(SATISFACTION_SCORE),
                TASK_REVIEW_OBJECTION, Set.of(REVIEWED_RATING, REVIEW_NOTE),
                TASK_RENEW_CONTRACT, Set.of(CONTRACT_KIND, WORKER_REQUESTED_FIXED_TERM, NEW_CONTRACT_END),
                TASK_CONFIRM_DISMISSAL, Set.of(GROUND_EXPLAINED)), Map.of(
                TASK_COMMENT_ON_PROBATIONER, WORKER,
                TASK_SCORE_WORKER, WORKER,
                TASK_RECORD_SATISFACTION, WORKER,
                TASK_REVIEW_OBJECTION, union(WORKER, Set.of(OBJECTION, CONFIRMED_RATING, OVERRIDE_REASON)),
                TASK_RENEW_CONTRACT, union(WORKER, Set.of(CONFIRMED_RATING, GROUND, AssessmentDecisions.SERVICE_YEARS,
                        AssessmentDecisions.CONSECUTIVE_FIXED_TERMS, AssessmentDecisions.OPEN_ENDED_REQUIRED,
                        AssessmentDecisions.RENEWAL_GROUND)),
                TASK_CONFIRM_DISMISSAL, union(WORKER, Set.of(CONFIRMED_RATING, GROUND))));
    }
}
