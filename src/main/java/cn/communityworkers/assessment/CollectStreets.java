package cn.communityworkers.assessment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.communityworkers.system.Cases;

/**
 * Every street of the case's county with workers to assess starts their assessments and confirms their ratings: the
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
        cases.recordStreets(execution, campaigns.streetsToAssess(cases.of(execution).requireCounty()));
    }
}
