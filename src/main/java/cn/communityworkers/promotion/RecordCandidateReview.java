package cn.communityworkers.promotion;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import cn.communityworkers.system.FormValues;

/** When the county's review (考察) of a nominee ends: passed or not, and a score from 0 to 100. */
@Component("recordCandidateReview")
class RecordCandidateReview implements ExecutionListener {

    private final PromotionService promotions;

    RecordCandidateReview(PromotionService promotions) {
        this.promotions = promotions;
    }

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.isCanceled()) {
            return;
        }
        boolean passed = Answers.yesOrNo(execution.getVariable(PromotionProcess.REVIEW_PASSED),
                PromotionProcess.REVIEW_PASSED, "考察是否合格");
        var score = FormValues.score(execution.getVariable(PromotionProcess.ASSESSMENT_SCORE),
                PromotionProcess.ASSESSMENT_SCORE, "考察得分");
        promotions.review(execution.getProcessInstanceId(), (String) execution.getVariable(PromotionProcess.WORKER_ID),
                passed, score);
    }
}
