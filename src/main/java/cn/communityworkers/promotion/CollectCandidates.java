package cn.communityworkers.promotion;

import java.util.ArrayList;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Every nominee of every street is reviewed (考察) by the county. */
@Component("collectCandidates")
class CollectCandidates implements JavaDelegate {

    private final PromotionService promotions;

    CollectCandidates(PromotionService promotions) {
        this.promotions = promotions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        PromotionProcess.CANDIDATES.set(execution, new ArrayList<>(promotions.nominated(execution.getProcessInstanceId())));
    }
}
