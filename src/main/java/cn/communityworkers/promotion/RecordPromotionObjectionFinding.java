package cn.communityworkers.promotion;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** When the investigation of an objection ends: a conclusion and its finding are required. */
@Component("recordPromotionObjectionFinding")
class RecordPromotionObjectionFinding implements ExecutionListener {

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.isCanceled()) {
            return;
        }
        Answers.yesOrNo(execution.getVariable(PromotionProcess.OBJECTION_UPHELD), PromotionProcess.OBJECTION_UPHELD,
                "异议是否成立");
        Answers.requiredText(execution.getVariable(PromotionProcess.FINDING), PromotionProcess.FINDING, "调查结论");
    }
}
