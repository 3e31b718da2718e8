package cn.communityworkers.assessment;

import static cn.communityworkers.assessment.AnnualAssessmentProcess.*;
import static cn.communityworkers.system.CaseVariables.STREET_NAME;
import static cn.communityworkers.system.CaseVariables.COMMUNITY_NAME;
import static cn.communityworkers.system.CaseVariables.WORKER_NAME;
import static cn.communityworkers.system.CaseVariables.WORKER_ID;
import static cn.communityworkers.support.FormContract.union;

import java.io.IOException;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import cn.communityworkers.system.CaseVariables;
import cn.communityworkers.support.FormContract;

/** Each form of the two assessment processes submits exactly what its step reads and shows what is known. */
class AssessmentFormsTest {

    static final Set<String> WORKER = Set.of(WORKER_NAME.name(), WORKER_ID.name(), COMMUNITY_NAME.name(), STREET_NAME.name(), AssessmentCampaignProcess.YEAR.name());

    @Test
    void theCampaignsForms() throws IOException {
        FormContract.check("processes/assessment/assessment-campaign.bpmn", "forms/assessment", Map.of(
                "StartEvent_CampaignStarted", Set.of(AssessmentCampaignProcess.COUNTY_CODE.name(), AssessmentCampaignProcess.YEAR.name(),
                        AssessmentCampaignProcess.EXCELLENT_QUOTA_PERCENT.name()),
                AssessmentCampaignProcess.TASK_CONFIRM_STREET_RATINGS, Set.of(AssessmentCampaignProcess.RATINGS.name())), Map.of(
                "StartEvent_CampaignStarted", Set.of(),
                AssessmentCampaignProcess.TASK_CONFIRM_STREET_RATINGS, Set.of(STREET_NAME.name(), AssessmentCampaignProcess.YEAR.name(),
                        AssessmentCampaignProcess.RATED_WORKERS.name(), AssessmentCampaignProcess.EXCELLENT_QUOTA.name())));
    }

    @Test
    void theAssessmentsForms() throws IOException {
        FormContract.check("processes/assessment/annual-assessment.bpmn", "forms/assessment", Map.ofEntries(
                Map.entry(TASK_COMMENT_ON_PROBATIONER, Set.of(COMMENT.name())),
                Map.entry(TASK_SCORE_WORKER, Set.of(POLITICAL_SCORE.name(), PERFORMANCE_SCORE.name())),
                Map.entry(TASK_RECORD_SATISFACTION, Set.of(SATISFACTION_SCORE.name())),
                Map.entry(TASK_REVIEW_OBJECTION, Set.of(REVIEWED_RATING.name(), REVIEW_NOTE.name())),
                Map.entry(TASK_RENEW_CONTRACT, Set.of(CONTRACT_KIND.name(), WORKER_REQUESTED_FIXED_TERM.name(), NEW_CONTRACT_END.name())),
                Map.entry(TASK_ARRANGE_IMPROVEMENT, Set.of(IMPROVEMENT_MEASURE.name(), IMPROVEMENT_DETAIL.name(), IMPROVEMENT_START.name())),
                Map.entry(TASK_FOLLOW_UP_ASSESSMENT, Set.of(FOLLOW_UP_COMPETENT.name(), FOLLOW_UP_REASON.name())),
                Map.entry(TASK_DECIDE_TERMINATION, Set.of(END_CONTRACT.name(), TERMINATION_REASON.name())),
                Map.entry(TASK_SERVE_TERMINATION_NOTICE, Set.of(UNION_NOTIFIED_ON.name(), NOTICE_TYPE.name(), NOTICE_SERVED_ON.name())),
                Map.entry(TASK_ADMONISHMENT_TALK, Set.of(ADMONISHED_ON.name(), ADMONISHMENT_NOTE.name())),
                Map.entry(TASK_PROPOSE_RECALL, Set.of(RECALL_PROPOSED.name(), RECALL_REASON.name()))), Map.ofEntries(Map.entry(
                TASK_COMMENT_ON_PROBATIONER, WORKER),
                Map.entry(TASK_SCORE_WORKER, WORKER),
                Map.entry(TASK_RECORD_SATISFACTION, WORKER),
                Map.entry(TASK_REVIEW_OBJECTION, union(WORKER, Set.of(OBJECTION.name(), CONFIRMED_RATING.name(), OVERRIDE_REASON.name()))),
                Map.entry(TASK_RENEW_CONTRACT, union(WORKER, Set.of(CONFIRMED_RATING.name(), AssessmentDecisions.GROUND, AssessmentDecisions.SERVICE_YEARS,
                        AssessmentDecisions.CONSECUTIVE_FIXED_TERMS, AssessmentDecisions.OPEN_ENDED_REQUIRED,
                        AssessmentDecisions.RENEWAL_GROUND))),
                Map.entry(TASK_ARRANGE_IMPROVEMENT, union(WORKER, Set.of(CONFIRMED_RATING.name(), AssessmentDecisions.GROUND))),
                Map.entry(TASK_FOLLOW_UP_ASSESSMENT, union(WORKER, Set.of(CONFIRMED_RATING.name(), IMPROVEMENT_MEASURE.name(),
                        IMPROVEMENT_DETAIL.name(), IMPROVEMENT_START.name()))),
                Map.entry(TASK_DECIDE_TERMINATION, union(WORKER, Set.of(CONFIRMED_RATING.name(), IMPROVEMENT_MEASURE.name(),
                        IMPROVEMENT_DETAIL.name(), FOLLOW_UP_REASON.name()))),
                Map.entry(TASK_SERVE_TERMINATION_NOTICE, union(WORKER, Set.of(TERMINATION_REASON.name()))),
                Map.entry(TASK_ADMONISHMENT_TALK, union(WORKER, Set.of(CONFIRMED_RATING.name(), AssessmentDecisions.GROUND))),
                Map.entry(TASK_PROPOSE_RECALL, union(WORKER, Set.of(CONFIRMED_RATING.name(), AssessmentDecisions.GROUND, ADMONISHED_ON.name(),
                        ADMONISHMENT_NOTE.name())))));
    }
}
