package cn.communityworkers.promotion;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The objection was upheld: the secretary is out of this promotion, the post goes to the next ranked. */
@Component("withdrawSelection")
class WithdrawSelection implements JavaDelegate {

    private final PromotionService promotions;

    WithdrawSelection(PromotionService promotions) {
        this.promotions = promotions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        promotions.upholdObjection(execution.getProcessInstanceId(),
                PromotionProcess.OBJECTED_WORKER_ID.read(execution));
    }
}
