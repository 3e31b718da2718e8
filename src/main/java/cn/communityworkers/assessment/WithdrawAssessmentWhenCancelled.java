package cn.communityworkers.assessment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import cn.communityworkers.system.WhenCancelled;

/**
 * An assessment deleted before its street's committee confirmed the ratings (e.g. by an administrator in Cockpit)
 * is withdrawn: without this its street would wait for its proposal for good, and the committee would have to rate
 * it. When it was the last the street waited for, the campaign is told ({@link StreetProgress}).
 */
@Component("withdrawAssessmentWhenCancelled")
class WithdrawAssessmentWhenCancelled extends WhenCancelled {

    private final CampaignService campaigns;
    private final StreetProgress streetProgress;

    WithdrawAssessmentWhenCancelled(CampaignService campaigns, StreetProgress streetProgress) {
        this.campaigns = campaigns;
        this.streetProgress = streetProgress;
    }

    @Override
    protected void cancelled(DelegateExecution execution) {
        if (campaigns.withdraw(execution.getProcessBusinessKey())) {
            streetProgress.tellCampaignIfStreetProposed(execution);
        }
    }
}
