package cn.communityworkers.assessment;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import cn.communityworkers.system.Case;
import cn.communityworkers.system.Cases;

/**
 * An assessment deleted before its street's committee confirmed the ratings (e.g. by an administrator in Cockpit)
 * is withdrawn: without this its street would wait for its proposal for good, and the committee would have to rate
 * it. When it was the last the street waited for, the campaign is told as {@link RecordProposedRating} tells it.
 */
@Component("withdrawDeletedAssessment")
class WithdrawDeletedAssessment implements ExecutionListener {

    private final CampaignService campaigns;
    private final Cases cases;
    private final RuntimeService runtimeService;

    WithdrawDeletedAssessment(CampaignService campaigns, Cases cases, RuntimeService runtimeService) {
        this.campaigns = campaigns;
        this.cases = cases;
        this.runtimeService = runtimeService;
    }

    @Override
    public void notify(DelegateExecution execution) {
        if (!execution.isCanceled() || !campaigns.withdraw(execution.getProcessBusinessKey())) {
            return;
        }
        Case assessment = cases.of(execution);
        String campaignId = assessment.requestedText(AnnualAssessment.CAMPAIGN_ID);
        if (campaigns.allProposed(campaignId, assessment.streetCode())) {
            runtimeService.createMessageCorrelation(AnnualAssessment.MESSAGE_STREET_RATINGS_PROPOSED)
                    .processInstanceId(campaignId).correlateAllWithResult();
        }
    }
}
