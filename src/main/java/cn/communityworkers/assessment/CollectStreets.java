package cn.communityworkers.assessment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.communityworkers.system.Case;
import cn.communityworkers.system.Cases;

/**
 * The campaign assesses the county's headcount as it is now: the workers are recorded with their streets and
 * communities, and every street with workers to assess starts their assessments and confirms their ratings. The
 * streets are recorded with the case, and the campaign's lanes are those ({@code ${route.streets(execution)}}).
 */
@Component("collectStreets")
class CollectStreets implements JavaDelegate {

    private final CampaignService campaigns;
    private final Cases cases;

    CollectStreets(CampaignService campaigns, Cases cases) {
        this.campaigns = campaigns;
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Case campaign = cases.of(execution);
        cases.recordStreets(execution,
                campaigns.recordWorkersToAssess(campaign.processInstanceId(), campaign.requireCounty()));
    }
}
