package cn.communityworkers.promotion;

import java.util.ArrayList;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * After the notice: posts emptied by upheld objections go to the next ranked on the reserve (递补), who are then on
 * notice in turn; otherwise the selected go on to be hired.
 */
@Component("fillVacatedPosts")
class FillVacatedPosts implements JavaDelegate {

    private final PromotionService promotions;

    FillVacatedPosts(PromotionService promotions) {
        this.promotions = promotions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        PromotionProcess.MOVED_UP.set(execution, !promotions.fillVacatedPosts(execution.getProcessInstanceId()).isEmpty());
        PromotionProcess.SELECTED_WORKERS.set(execution,
                new ArrayList<>(promotions.selected(execution.getProcessInstanceId())));
    }
}
