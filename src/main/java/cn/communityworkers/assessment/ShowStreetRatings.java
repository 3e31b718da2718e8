package cn.communityworkers.assessment;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import cn.communityworkers.system.CaseVariables;
import cn.communityworkers.organisation.OrganisationService;
import cn.communityworkers.system.Cases;

/**
 * On creation of the confirmation task: the lane's (recorded) street (its name), its workers ranked by total score,
 * with the quota and the street's proposal within it ({@link StreetProposal}).
 */
@Component("showStreetRatings")
class ShowStreetRatings implements TaskListener {

    private final CampaignService campaigns;
    private final Cases cases;
    private final OrganisationService organisation;

    ShowStreetRatings(CampaignService campaigns, Cases cases, OrganisationService organisation) {
        this.campaigns = campaigns;
        this.cases = cases;
        this.organisation = organisation;
    }

    @Override
    public void notify(DelegateTask task) {
        String campaignId = task.getProcessInstanceId();
        String streetCode = cases.street(task.getExecution());
        var ratings = campaigns.streetRatings(campaignId, streetCode);
        int rated = (int) ratings.stream().filter(r -> !StreetRatingsAnswer.NOT_RATED.equals(r.proposedRating())).count();
        int quota = campaigns.excellentQuota(campaignId, rated);
        task.setVariableLocal(CaseVariables.STREET_NAME.name(), organisation.street(streetCode).name());
        // On the task's execution (its input variable), where the completion writes it whether it comes as a task's
        // completion (REST complete) or as a submitted form (Tasklist), and where the confirmation reads it.
        task.getExecution().setVariableLocal(AssessmentCampaignProcess.RATINGS.name(),
                StreetRatingsForm.show(StreetProposal.of(ratings, quota)));
        task.setVariableLocal(AssessmentCampaignProcess.RATED_WORKERS.name(), rated);
        task.setVariableLocal(AssessmentCampaignProcess.EXCELLENT_QUOTA.name(), quota);
    }
}
