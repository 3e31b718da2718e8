package cn.communityworkers.promotion;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.communityworkers.system.Cases;

/**
 * Every street with eligible secretaries nominates among them: the streets are recorded with the case, and the
 * nominations are one per recorded street ({@code ${route.streets(execution)}}).
 */
@Component("collectNominatingStreets")
class CollectNominatingStreets implements JavaDelegate {

    private final PromotionService promotions;
    private final Cases cases;

    CollectNominatingStreets(PromotionService promotions, Cases cases) {
        this.promotions = promotions;
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        List<String> streets = promotions.streetsWithEligible(execution.getProcessInstanceId());
        cases.recordStreets(execution, streets);
        PromotionProcess.ANY_ELIGIBLE.set(execution, !streets.isEmpty());
    }
}
