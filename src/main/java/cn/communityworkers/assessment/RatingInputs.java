package cn.communityworkers.assessment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import cn.communityworkers.system.Cases;

/**
 * What the rating table ({@code assessmentRating}) reads from the assessment's recorded case rather than from process
 * variables anyone could overwrite: the assessment year, and the strongest disciplinary action in effect on any day
 * of it (type and the day decided; none: null) as the registry had it when the campaign started the assessment. The
 * input parameters of {@code Task_ProposeRating} call it ({@code ${ratingInputs.year(execution)}}).
 */
@Component("ratingInputs")
public class RatingInputs {

    private final Cases cases;

    RatingInputs(Cases cases) {
        this.cases = cases;
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
