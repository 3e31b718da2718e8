package cn.communityworkers.assessment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.communityworkers.system.Cases;

/** Whether every assessment of the lane's (recorded) street has its proposed rating (then the committee confirms). */
@Component("checkStreetProposals")
class CheckStreetProposals implements JavaDelegate {

    private final CampaignService campaigns;
    private final Cases cases;

    CheckStreetProposals(CampaignService campaigns, Cases cases) {
        this.campaigns = campaigns;
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        AssessmentCampaignProcess.STREET_PROPOSED.set(execution, campaigns.allProposed(execution.getProcessInstanceId(),
                cases.street(execution)));
    }
}
