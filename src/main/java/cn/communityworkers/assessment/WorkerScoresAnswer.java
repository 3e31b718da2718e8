package cn.communityworkers.assessment;

import static cn.communityworkers.assessment.AnnualAssessmentProcess.PERFORMANCE_SCORE;
import static cn.communityworkers.assessment.AnnualAssessmentProcess.POLITICAL_SCORE;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import cn.communityworkers.system.TaskAnswer;

/** When the community has scored: political quality and work results, each 0 to 100, kept as numbers. */
@Component("workerScoresAnswer")
class WorkerScoresAnswer extends TaskAnswer {

    @Override
    protected void check(DelegateExecution execution) {
        POLITICAL_SCORE.set(execution, POLITICAL_SCORE.read(execution));
        PERFORMANCE_SCORE.set(execution, PERFORMANCE_SCORE.read(execution));
    }
}
