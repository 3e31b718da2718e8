package cn.communityworkers.assessment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import cn.communityworkers.system.FormValues;

/** When the street enters resident satisfaction itself (no survey value by the deadline): 0 to 100. */
@Component("checkSatisfactionScore")
class CheckSatisfactionScore implements ExecutionListener {

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.isCanceled()) {
            return;
        }
        execution.setVariable(AnnualAssessment.SATISFACTION_SCORE, FormValues.score(
                execution.getVariable(AnnualAssessment.SATISFACTION_SCORE), AnnualAssessment.SATISFACTION_SCORE, "居民满意度").doubleValue());
    }
}
