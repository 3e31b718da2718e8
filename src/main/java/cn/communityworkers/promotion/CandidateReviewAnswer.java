package cn.communityworkers.promotion;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import cn.communityworkers.system.Cases;
import cn.communityworkers.system.TaskAnswer;

/**
 * The county's review (考察) of a nominee: passed or not, and a score from 0 to 100. The reviewed secretary's audit
 * lists the promotion.
 */
@Component("candidateReviewAnswer")
class CandidateReviewAnswer extends TaskAnswer {

    private final PromotionService promotions;
    private final Cases cases;

    CandidateReviewAnswer(PromotionService promotions, Cases cases) {
        this.promotions = promotions;
        this.cases = cases;
    }

    @Override
    protected void check(DelegateExecution execution) {
        boolean passed = PromotionProcess.REVIEW_PASSED.read(execution);
        var score = PromotionProcess.ASSESSMENT_SCORE.read(execution);
        String workerId = PromotionProcess.WORKER_ID.read(execution);
        promotions.review(execution.getProcessInstanceId(), workerId, passed, score);
        cases.touch(execution, workerId);
    }
}
