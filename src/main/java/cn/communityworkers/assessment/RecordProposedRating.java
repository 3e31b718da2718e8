package cn.communityworkers.assessment;

import static cn.communityworkers.assessment.AnnualAssessmentProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The rules' proposal (with the scores behind it, none for a probationer, and its reason, if any) goes to the
 * campaign; when it is the street's last, the campaign is told ({@link StreetProgress}).
 */
@Component("recordProposedRating")
class RecordProposedRating implements JavaDelegate {

    private final CampaignService campaigns;
    private final StreetProgress streetProgress;

    RecordProposedRating(CampaignService campaigns, StreetProgress streetProgress) {
        this.campaigns = campaigns;
        this.streetProgress = streetProgress;
    }

    @Override
    public void execute(DelegateExecution execution) {
        campaigns.recordProposal(execution.getProcessBusinessKey(), new CampaignService.Proposal(
                POLITICAL_SCORE.readIfGiven(execution).orElse(null),
                PERFORMANCE_SCORE.readIfGiven(execution).orElse(null),
                SATISFACTION_SCORE.readIfGiven(execution).orElse(null), TOTAL_SCORE.readIfGiven(execution).orElse(null),
                PROPOSED_RATING.read(execution), PROPOSAL_REASON.readIfGiven(execution).orElse(null)));
        streetProgress.tellCampaignIfStreetProposed(execution);
    }
}
