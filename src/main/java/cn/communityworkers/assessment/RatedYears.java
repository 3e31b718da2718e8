package cn.communityworkers.assessment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import cn.communityworkers.system.Case;
import cn.communityworkers.system.Cases;
import cn.communityworkers.workforce.Rating;

/**
 * The year an assessment rated, as its grade steps read it: the case's worker and year (as the campaign recorded them
 * at the start) and the rating the campaign confirmed (by the street committee, or on review of an objection).
 */
@Component
class RatedYears {

    /** A worker's year and its confirmed rating. */
    record RatedYear(String workerId, int year, Rating rating) {
    }

    private final Cases cases;
    private final CampaignService campaigns;

    RatedYears(Cases cases, CampaignService campaigns) {
        this.cases = cases;
        this.campaigns = campaigns;
    }

    RatedYear of(DelegateExecution assessment) {
        Case recorded = cases.of(assessment);
        return new RatedYear(recorded.requireWorker(), AnnualAssessmentProcess.year(recorded),
                Rating.valueOf(campaigns.confirmedRating(recorded.businessKey())));
    }
}
