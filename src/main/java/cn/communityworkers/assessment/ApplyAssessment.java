package cn.communityworkers.assessment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.communityworkers.workforce.Rating;
import cn.communityworkers.workforce.WorkerService;

/**
 * The year's result in the registry: the rating joins the worker's history; grade and pay change as the
 * grade-adjustment table decided (plus qualification steps), effective 1 January of the next year, recorded
 * with this process and the decision's inputs.
 */
@Component("applyAssessment")
class ApplyAssessment implements JavaDelegate {

    private final WorkerService workers;
    private final CampaignService campaigns;

    ApplyAssessment(WorkerService workers, CampaignService campaigns) {
        this.workers = workers;
        this.campaigns = campaigns;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String rating = (String) execution.getVariable(AnnualAssessment.CONFIRMED_RATING);
        int year = (Integer) execution.getVariable(AssessmentProcess.YEAR);
        Object gradeChange = execution.getVariable(AnnualAssessment.GRADE_CHANGE);
        String inputs = "rating=" + rating + ", previousRating=" + execution.getVariable(AnnualAssessment.PREVIOUS_RATING)
                + ", ratingTwoYearsAgo=" + execution.getVariable(AnnualAssessment.RATING_TWO_YEARS_AGO)
                + ", contractEndsWithinYear=" + execution.getVariable(AnnualAssessment.CONTRACT_ENDS_WITHIN_YEAR)
                + ", totalScore=" + execution.getVariable(AnnualAssessment.TOTAL_SCORE)
                + ", overrideReason=" + execution.getVariable(AnnualAssessment.OVERRIDE_REASON);
        var outcome = workers.applyAssessment((String) execution.getVariable(AnnualAssessment.WORKER_ID), year,
                Rating.valueOf(rating), gradeChange == null ? 0 : ((Number) gradeChange).intValue(),
                (String) execution.getVariable(AnnualAssessment.GROUND), execution.getProcessInstanceId(), inputs);
        execution.setVariable("gradeBefore", outcome.gradeBefore());
        execution.setVariable("gradeAfter", outcome.gradeAfter());
        campaigns.markApplied(execution.getProcessBusinessKey());
    }
}
