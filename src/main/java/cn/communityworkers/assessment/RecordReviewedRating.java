package cn.communityworkers.assessment;

import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.stereotype.Component;

/**
 * When an objection has been reviewed: the rating after review and the finding are required. The reviewed
 * rating replaces the confirmed one; if the notice is over by now, it is final.
 */
@Component("recordReviewedRating")
class RecordReviewedRating implements ExecutionListener {

    static final Set<String> RATINGS = Set.of("EXCELLENT", "QUALIFIED", "BASICALLY_QUALIFIED", "UNQUALIFIED", "NOT_RATED");

    private final CampaignService campaigns;

    RecordReviewedRating(CampaignService campaigns) {
        this.campaigns = campaigns;
    }

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.isCanceled()) {
            return;
        }
        Object rating = execution.getVariable(AnnualAssessment.REVIEWED_RATING);
        if (!(rating instanceof String text) || !RATINGS.contains(text)) {
            throw new FormFieldValidationException(AnnualAssessment.REVIEWED_RATING, "请选择复核后的等次(reviewedRating)");
        }
        Object note = execution.getVariable(AnnualAssessment.REVIEW_NOTE);
        if (!(note instanceof String reason) || reason.isBlank()) {
            throw new FormFieldValidationException(AnnualAssessment.REVIEW_NOTE, "必须写明复核结论(reviewNote)");
        }
        campaigns.review(execution.getProcessBusinessKey(), text, reason.trim());
        execution.setVariable(AnnualAssessment.CONFIRMED_RATING, text);
        execution.setVariable(AnnualAssessment.OVERRIDE_REASON, reason.trim());
        execution.setVariable("noticeOver", campaigns.isFinal(execution.getProcessBusinessKey()));
    }
}
