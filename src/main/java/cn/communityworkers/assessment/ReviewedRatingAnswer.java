package cn.communityworkers.assessment;

import static cn.communityworkers.assessment.AnnualAssessmentProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import cn.communityworkers.system.TaskAnswer;

/**
 * When an objection has been reviewed: the rating after review and the finding are required. The reviewed
 * rating replaces the confirmed one; if the notice is over by now, it is final.
 */
@Component("reviewedRatingAnswer")
class ReviewedRatingAnswer extends TaskAnswer {

    private final CampaignService campaigns;

    ReviewedRatingAnswer(CampaignService campaigns) {
        this.campaigns = campaigns;
    }

    @Override
    protected void check(DelegateExecution execution) {
        String rating = REVIEWED_RATING.read(execution).name();
        String finding = REVIEW_NOTE.read(execution);
        campaigns.review(execution.getProcessBusinessKey(), rating, finding);
        CONFIRMED_RATING.set(execution, rating);
        OVERRIDE_REASON.set(execution, finding);
        NOTICE_OVER.set(execution, campaigns.isFinal(execution.getProcessBusinessKey()));
    }
}
