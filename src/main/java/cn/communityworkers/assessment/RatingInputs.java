package cn.communityworkers.assessment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import cn.communityworkers.system.Cases;

/**
 * What the assessment's rating reads from its recorded case rather than from process variables anyone could overwrite,
 * as the registry had it when the campaign started the assessment: whether the worker was in probation (the gateway
 * {@code Gateway_InProbation}: a probationer is commented on, not rated), how long the survey's satisfaction score may
 * take ({@code Timer_SatisfactionDeadline}), and for the rating table ({@code assessmentRating}) the first of these,
 * the assessment year and the strongest disciplinary action in effect on any day of it (type and the day decided;
 * none: null). The model calls it ({@code ${ratingInputs.year(execution)}}).
 */
@Component("ratingInputs")
public class RatingInputs {

    private final Cases cases;

    RatingInputs(Cases cases) {
        this.cases = cases;
    }

    public boolean inProbation(DelegateExecution execution) {
        return AnnualAssessmentProcess.inProbation(cases.of(execution));
    }

    /** An ISO duration. */
    public String satisfactionDeadline(DelegateExecution execution) {
        return AnnualAssessmentProcess.satisfactionDeadline(cases.of(execution));
    }

    public int year(DelegateExecution execution) {
        return AnnualAssessmentProcess.year(cases.of(execution));
    }

    public Object disciplinaryActionType(DelegateExecution execution) {
        return cases.of(execution).request().get(AssessmentDecisions.DISCIPLINARY_ACTION_TYPE);
    }

    public Object disciplinaryActionDecidedOn(DelegateExecution execution) {
        return cases.of(execution).request().get(AssessmentDecisions.DISCIPLINARY_ACTION_DECIDED_ON);
    }
}
