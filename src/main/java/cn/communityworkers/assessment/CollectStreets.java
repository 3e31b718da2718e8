package cn.communityworkers.assessment;

import java.util.ArrayList;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Every street with workers in the campaign confirms its own ratings. */
@Component("collectStreets")
class CollectStreets implements JavaDelegate {

    private final CampaignService campaigns;

    CollectStreets(CampaignService campaigns) {
        this.campaigns = campaigns;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(AssessmentProcess.STREETS, new ArrayList<>(campaigns.streets(execution.getProcessInstanceId())));
    }
}
