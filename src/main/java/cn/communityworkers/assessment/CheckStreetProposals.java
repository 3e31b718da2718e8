package cn.communityworkers.assessment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Whether every assessment of the street has its proposed rating (then the committee confirms). */
@Component("checkStreetProposals")
class CheckStreetProposals implements JavaDelegate {

    private final CampaignService campaigns;

    CheckStreetProposals(CampaignService campaigns) {
        this.campaigns = campaigns;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable("streetProposed", campaigns.allProposed(execution.getProcessInstanceId(),
                (String) execution.getVariable(AssessmentProcess.STREET_CODE)));
    }
}
