package cn.communityworkers.promotion;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import cn.communityworkers.system.TaskAnswer;

/** The county organisation department's judgement whether the hired secretary is especially outstanding. */
@Component("exceptionalAssessmentAnswer")
class ExceptionalAssessmentAnswer extends TaskAnswer {

    @Override
    protected void check(DelegateExecution execution) {
        PromotionProcess.EXCEPTIONAL.read(execution);
    }
}
