package cn.communityworkers.assessment;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.communityworkers.system.Cases;

/**
 * The notice is over: the lane's (recorded) street's ratings are final and each assessment waiting for its rating
 * receives it, with the reason of the street's proposal and the committee's reason for departing from it. (One
 * whose objection is still being reviewed goes on with its reviewed rating when the review ends.)
 */
@Component("sendConfirmedRatings")
class SendConfirmedRatings implements JavaDelegate {

    private final CampaignService campaigns;
    private final Cases cases;
    private final RuntimeService runtimeService;

    SendConfirmedRatings(CampaignService campaigns, Cases cases, RuntimeService runtimeService) {
        this.campaigns = campaigns;
        this.cases = cases;
        this.runtimeService = runtimeService;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String streetCode = cases.street(execution);
        campaigns.finalise(execution.getProcessInstanceId(), streetCode);
        for (CampaignService.StreetRating rating : campaigns.streetRatings(execution.getProcessInstanceId(), streetCode)) {
            Map<String, Object> result = new HashMap<>();
            AnnualAssessmentProcess.CONFIRMED_RATING.put(result, rating.confirmedRating());
            AnnualAssessmentProcess.OVERRIDE_REASON.put(result, rating.overrideReason());
            AnnualAssessmentProcess.PROPOSAL_REASON.put(result, rating.proposalReason());
            runtimeService.createMessageCorrelation(AnnualAssessmentProcess.MESSAGE_RATING_CONFIRMED)
                    .processInstanceBusinessKey(rating.businessKey()).setVariables(result).correlateAllWithResult();
        }
    }
}
