package cn.communityworkers.promotion;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Every street with eligible secretaries nominates among them. */
@Component("collectNominatingStreets")
class CollectNominatingStreets implements JavaDelegate {

    private final PromotionService promotions;

    CollectNominatingStreets(PromotionService promotions) {
        this.promotions = promotions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        List<String> streets = promotions.streetsWithEligible(execution.getProcessInstanceId());
        execution.setVariable(PromotionProcess.STREETS, new ArrayList<>(streets));
        execution.setVariable(PromotionProcess.ANY_ELIGIBLE, !streets.isEmpty());
    }
}
