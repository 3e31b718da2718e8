package cn.communityworkers.assessment;

import static cn.communityworkers.assessment.AnnualAssessmentProcess.SATISFACTION_SCORE;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import cn.communityworkers.system.TaskAnswer;

/** When the street enters resident satisfaction itself (no survey value by the deadline): 0 to 100, kept as a number. */
@Component("satisfactionScoreAnswer")
class SatisfactionScoreAnswer extends TaskAnswer {

    @Override
    protected void check(DelegateExecution execution) {
        SATISFACTION_SCORE.set(execution, SATISFACTION_SCORE.read(execution));
    }
}
