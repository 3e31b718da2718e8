package cn.communityworkers.assessment;

import java.math.BigDecimal;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.communityworkers.system.Case;
import cn.communityworkers.system.Cases;

/**
 * The rules' proposal (with the scores behind it and its reason, if any) goes to the campaign (the case's, with its street, as recorded at the start); when it is the
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
        campaigns.recordProposal(execution.getProcessBusinessKey(), new CampaignService.Proposal(
                number(execution, AnnualAssessment.POLITICAL_SCORE), number(execution, AnnualAssessment.PERFORMANCE_SCORE),
                number(execution, AnnualAssessment.SATISFACTION_SCORE), number(execution, AnnualAssessment.TOTAL_SCORE),
                (String) execution.getVariable(AnnualAssessment.PROPOSED_RATING),
                (String) execution.getVariable(AnnualAssessment.PROPOSAL_REASON)));
        Case assessment = cases.of(execution);
        String campaignId = assessment.requestedText(AnnualAssessment.CAMPAIGN_ID);
        if (campaigns.allProposed(campaignId, assessment.streetCode())) {
            runtimeService.createMessageCorrelation(AnnualAssessment.MESSAGE_STREET_RATINGS_PROPOSED)
                    .processInstanceId(campaignId).correlateAllWithResult();
        }
    }

    /** A score as the step before left it (none for a probationer, who is not scored). */
    private static BigDecimal number(DelegateExecution execution, String name) {
        Object value = execution.getVariable(name);
        return value == null ? null : new BigDecimal(value.toString());
    }
}
