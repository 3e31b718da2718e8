package cn.communityworkers.promotion;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import cn.communityworkers.system.TaskAnswer;

/** The investigation of an objection: a conclusion and its finding are required. */
@Component("promotionObjectionFindingAnswer")
class PromotionObjectionFindingAnswer extends TaskAnswer {

    @Override
    protected void check(DelegateExecution execution) {
        PromotionProcess.OBJECTION_UPHELD.read(execution);
        PromotionProcess.FINDING.read(execution);
    }
}
