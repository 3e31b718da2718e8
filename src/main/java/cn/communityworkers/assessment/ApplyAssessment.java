package cn.communityworkers.assessment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.communityworkers.system.Case;
import cn.communityworkers.system.Cases;
import cn.communityworkers.workforce.Rating;
import cn.communityworkers.workforce.WorkerService;

/**
 * The year's result in the registry, for the case's worker and year: the confirmed rating (as the campaign recorded
 * it) joins the worker's history; grade and pay change as the grade-adjustment table decided a moment before, in the
 * same transaction (plus qualification steps), effective 1 January of the next year, recorded with this process and
 * the decision's inputs.
 */
@Component("applyAssessment")
class ApplyAssessment implements JavaDelegate {

    private final WorkerService workers;
    private final CampaignService campaigns;
    private final Cases cases;

    ApplyAssessment(WorkerService workers, CampaignService campaigns, Cases cases) {
        this.workers = workers;
        this.campaigns = campaigns;
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Case assessment = cases.of(execution);
        String rating = campaigns.confirmedRating(execution.getProcessBusinessKey());
        int year = assessment.requestedNumber(AssessmentProcess.YEAR);
        Object gradeChange = execution.getVariable(AnnualAssessment.GRADE_CHANGE);
        String inputs = "rating=" + rating + ", previousRating=" + execution.getVariable(AnnualAssessment.PREVIOUS_RATING)
                + ", ratingTwoYearsAgo=" + execution.getVariable(AnnualAssessment.RATING_TWO_YEARS_AGO)
                + ", contractEndsWithinYear=" + execution.getVariable(AnnualAssessment.CONTRACT_ENDS_WITHIN_YEAR)
                + ", totalScore=" + execution.getVariable(AnnualAssessment.TOTAL_SCORE)
                + ", overrideReason=" + execution.getVariable(AnnualAssessment.OVERRIDE_REASON);
        var outcome = workers.applyAssessment(assessment.requireWorker(), year,
                Rating.valueOf(rating), gradeChange == null ? 0 : ((Number) gradeChange).intValue(),
                (String) execution.getVariable(AnnualAssessment.GROUND), execution.getProcessInstanceId(), inputs);
        execution.setVariable("gradeBefore", outcome.gradeBefore());
        execution.setVariable("gradeAfter", outcome.gradeAfter());
        campaigns.markApplied(execution.getProcessBusinessKey());
    }
}
