package cn.communityworkers.assessment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.communityworkers.system.Case;
import cn.communityworkers.system.Cases;
import cn.communityworkers.workforce.GradeStep;
import cn.communityworkers.workforce.Rating;
import cn.communityworkers.workforce.CareerChanges;

/**
 * The year's result in the registry, for the case's worker and year: the confirmed rating (as the campaign recorded
 * it) joins the worker's history; grade and pay change by the step the grade-step table decided (plus qualification
 * steps, within the category's range), effective 1 January of the next year, recorded with this process, the step's
 * ground and its inputs.
 * <p>
 * The step is read from the variables {@code Task_DecideGradeStep} mapped a moment before: that task, the
 * grade-adjustment task and this one run in one transaction (no wait state nor asynchronous continuation between
 * them, which {@code AnnualAssessmentProcessTest} checks on the model), so nobody can have written those variables in
 * between; the engine's history of that decision is not queryable until the transaction commits.
 */
@Component("applyAssessment")
class ApplyAssessment implements JavaDelegate {

    private final CareerChanges workers;
    private final CampaignService campaigns;
    private final Cases cases;

    ApplyAssessment(CareerChanges workers, CampaignService campaigns, Cases cases) {
        this.workers = workers;
        this.campaigns = campaigns;
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Case assessment = cases.of(execution);
        String rating = campaigns.confirmedRating(execution.getProcessBusinessKey());
        int year = assessment.requestedNumber(AssessmentProcess.YEAR);
        GradeStep step = new GradeStep(((Number) execution.getVariable(AnnualAssessment.GRADE_STEP)).intValue(),
                Boolean.TRUE.equals(execution.getVariable(AnnualAssessment.EARLY_GRADE_STEP)),
                (String) execution.getVariable(AnnualAssessment.GRADE_STEP_GROUND));
        String inputs = "totalScore=" + execution.getVariable(AnnualAssessment.TOTAL_SCORE)
                + ", overrideReason=" + execution.getVariable(AnnualAssessment.OVERRIDE_REASON);
        var outcome = workers.applyAssessment(assessment.requireWorker(), year, Rating.valueOf(rating), step,
                execution.getProcessInstanceId(), inputs);
        execution.setVariable("gradeBefore", outcome.gradeBefore());
        execution.setVariable("gradeAfter", outcome.gradeAfter());
        campaigns.markApplied(execution.getProcessBusinessKey());
    }
}
