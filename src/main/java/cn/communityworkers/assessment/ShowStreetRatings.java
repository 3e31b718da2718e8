package cn.communityworkers.assessment;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** On creation of the confirmation task: the street's workers ranked by total score, with the quota. */
@Component("showStreetRatings")
class ShowStreetRatings implements TaskListener {

    private final CampaignService campaigns;

    ShowStreetRatings(CampaignService campaigns) {
        this.campaigns = campaigns;
    }

    @Override
    public void notify(DelegateTask task) {
        String campaignId = task.getProcessInstanceId();
        var ratings = campaigns.streetRatings(campaignId, (String) task.getVariable(AssessmentProcess.STREET_CODE));
        int rated = (int) ratings.stream().filter(r -> !"NOT_RATED".equals(r.proposedRating())).count();
        task.setVariableLocal(AssessmentProcess.RATINGS, StreetRatingsForm.show(ratings));
        task.setVariableLocal(AssessmentProcess.RATED_WORKERS, rated);
        task.setVariableLocal(AssessmentProcess.EXCELLENT_QUOTA,
                CampaignService.excellentQuota(campaigns.excellentQuotaPercent(campaignId), rated));
    }
}
