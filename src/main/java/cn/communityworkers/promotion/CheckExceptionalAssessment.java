package cn.communityworkers.promotion;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** When the county organisation department judges whether the hired secretary is especially outstanding. */
@Component("checkExceptionalAssessment")
class CheckExceptionalAssessment implements ExecutionListener {

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.isCanceled()) {
            return;
        }
        Answers.yesOrNo(execution.getVariable(PromotionProcess.EXCEPTIONAL), PromotionProcess.EXCEPTIONAL, "是否特别优秀");
    }
}
