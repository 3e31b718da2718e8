package cn.communityworkers.assessment;

import java.math.BigDecimal;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.communityworkers.system.Case;
import cn.communityworkers.system.Cases;

/**
 * The rules' proposal goes to the campaign (the case's, with its street, as recorded at the start); when it is the
 * street's last, the campaign's waiting streets are told and each checks its own progress again (they also re-check
 * hourly, so a message lost in a race only delays the committee's task).
 */
@Component("recordProposedRating")
class RecordProposedRating implements JavaDelegate {

    private final CampaignService campaigns;
    private final Cases cases;
    private final RuntimeService runtimeService;

    RecordProposedRating(CampaignService campaigns, Cases cases, RuntimeService runtimeService) {
        this.campaigns = campaigns;
        this.cases = cases;
        this.runtimeService = runtimeService;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object total = execution.getVariable(AnnualAssessment.TOTAL_SCORE);
        campaigns.recordProposal(execution.getProcessBusinessKey(), total == null ? null : new BigDecimal(total.toString()),
                (String) execution.getVariable(AnnualAssessment.PROPOSED_RATING));
        Case assessment = cases.of(execution);
        String campaignId = assessment.requestedText(AnnualAssessment.CAMPAIGN_ID);
        if (campaigns.allProposed(campaignId, assessment.streetCode())) {
            runtimeService.createMessageCorrelation(AnnualAssessment.MESSAGE_STREET_RATINGS_PROPOSED)
                    .processInstanceId(campaignId).correlateAllWithResult();
        }
    }
}
