package cn.communityworkers.assessment;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The notice is over: the street's ratings are final and each assessment waiting for its rating receives it.
 * (One whose objection is still being reviewed goes on with its reviewed rating when the review ends.)
 */
@Component("sendConfirmedRatings")
class SendConfirmedRatings implements JavaDelegate {

    private final CampaignService campaigns;
    private final RuntimeService runtimeService;

    SendConfirmedRatings(CampaignService campaigns, RuntimeService runtimeService) {
        this.campaigns = campaigns;
        this.runtimeService = runtimeService;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String streetCode = (String) execution.getVariable(AssessmentProcess.STREET_CODE);
        campaigns.finalise(execution.getProcessInstanceId(), streetCode);
        for (CampaignService.StreetRating rating : campaigns.streetRatings(execution.getProcessInstanceId(), streetCode)) {
            runtimeService.createMessageCorrelation(AnnualAssessment.MESSAGE_RATING_CONFIRMED)
                    .processInstanceBusinessKey(rating.businessKey())
                    .setVariable(AnnualAssessment.CONFIRMED_RATING, rating.confirmedRating())
                    .setVariable(AnnualAssessment.OVERRIDE_REASON, rating.overrideReason())
                    .correlateAllWithResult();
        }
    }
}
