package cn.communityworkers.assessment;

import java.util.ArrayList;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Every street of the county with workers to assess starts their assessments and confirms their ratings. */
@Component("collectStreets")
class CollectStreets implements JavaDelegate {

    private final CampaignService campaigns;

    CollectStreets(CampaignService campaigns) {
        this.campaigns = campaigns;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(AssessmentProcess.STREETS, new ArrayList<>(
                campaigns.streetsToAssess((String) execution.getVariable(AssessmentProcess.COUNTY_CODE))));
    }
}
