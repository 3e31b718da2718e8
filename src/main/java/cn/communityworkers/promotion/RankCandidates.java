package cn.communityworkers.promotion;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Ranks the nominees who passed the review by score; the first {@code posts} are selected for the notice. */
@Component("rankCandidates")
class RankCandidates implements JavaDelegate {

    private final PromotionService promotions;

    RankCandidates(PromotionService promotions) {
        this.promotions = promotions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        PromotionProcess.ANY_SELECTED.set(execution, promotions.rank(execution.getProcessInstanceId()) > 0);
    }
}
