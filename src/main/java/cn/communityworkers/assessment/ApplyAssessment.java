package cn.communityworkers.assessment;

import static cn.communityworkers.assessment.AnnualAssessmentProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.communityworkers.workforce.GradeStep;
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

    private final RatedYears ratedYears;
    private final CareerChanges workers;
    private final CampaignService campaigns;

    ApplyAssessment(RatedYears ratedYears, CareerChanges workers, CampaignService campaigns) {
        this.ratedYears = ratedYears;
        this.workers = workers;
        this.campaigns = campaigns;
    }

    @Override
    public void execute(DelegateExecution execution) {
        RatedYears.RatedYear rated = ratedYears.of(execution);
        GradeStep step = new GradeStep(GRADE_STEP.read(execution),
                EARLY_GRADE_STEP.readIfGiven(execution).orElse(false), GRADE_STEP_GROUND.read(execution));
        String inputs = TOTAL_SCORE.name() + "=" + TOTAL_SCORE.readIfGiven(execution).orElse(null) + ", "
                + OVERRIDE_REASON.name() + "=" + OVERRIDE_REASON.readIfGiven(execution).orElse(null);
        var outcome = workers.applyAssessment(rated.workerId(), rated.year(), rated.rating(), step,
                execution.getProcessInstanceId(), inputs);
        GRADE_BEFORE.set(execution, outcome.gradeBefore());
        GRADE_AFTER.set(execution, outcome.gradeAfter());
        campaigns.markApplied(execution.getProcessBusinessKey());
    }
}
