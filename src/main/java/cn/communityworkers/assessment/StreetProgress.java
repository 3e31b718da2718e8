package cn.communityworkers.assessment;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import cn.communityworkers.system.Case;
import cn.communityworkers.system.Cases;

/**
 * Tells an assessment's campaign when its street (the case's, as recorded at the start) has nothing left to propose:
 * the campaign's waiting lanes each check their own street's progress again. They also re-check hourly, so a message
 * lost in a race only delays the committee's task.
 */
@Component
class StreetProgress {

    private final CampaignService campaigns;
    private final Cases cases;
    private final RuntimeService runtimeService;

    StreetProgress(CampaignService campaigns, Cases cases, RuntimeService runtimeService) {
        this.campaigns = campaigns;
        this.cases = cases;
        this.runtimeService = runtimeService;
    }

    /** After the assessment's proposal was recorded or the assessment withdrawn. */
    void tellCampaignIfStreetProposed(DelegateExecution assessment) {
        Case recorded = cases.of(assessment);
        String campaignId = AnnualAssessmentProcess.campaignId(recorded);
        if (campaigns.allProposed(campaignId, recorded.streetCode())) {
            runtimeService.createMessageCorrelation(AssessmentCampaignProcess.MESSAGE_STREET_RATINGS_PROPOSED)
                    .processInstanceId(campaignId).correlateAllWithResult();
        }
    }
}
