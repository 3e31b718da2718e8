package cn.communityworkers.assessment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import cn.communityworkers.system.FormValues;

/** When the community has scored: political quality and work results, each 0 to 100. */
@Component("checkWorkerScores")
class CheckWorkerScores implements ExecutionListener {

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.isCanceled()) {
            return;
        }
        execution.setVariable(AnnualAssessment.POLITICAL_SCORE, FormValues.score(
                execution.getVariable(AnnualAssessment.POLITICAL_SCORE), AnnualAssessment.POLITICAL_SCORE, "政治素质得分").doubleValue());
        execution.setVariable(AnnualAssessment.PERFORMANCE_SCORE, FormValues.score(
                execution.getVariable(AnnualAssessment.PERFORMANCE_SCORE), AnnualAssessment.PERFORMANCE_SCORE, "工作实绩得分").doubleValue());
    }
}
