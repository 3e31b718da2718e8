package cn.communityworkers.assessment;

import static cn.communityworkers.assessment.AnnualAssessmentProcess.FOLLOW_UP_COMPETENT;
import static cn.communityworkers.assessment.AnnualAssessmentProcess.FOLLOW_UP_REASON;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import cn.communityworkers.system.TaskAnswer;

/** When the street has assessed again, after the training or change of post, whether the worker is competent. */
@Component("followUpAnswer")
class FollowUpAnswer extends TaskAnswer {

    private final ConsequenceService consequences;

    FollowUpAnswer(ConsequenceService consequences) {
        this.consequences = consequences;
    }

    @Override
    protected void check(DelegateExecution execution) {
        consequences.recordFollowUp(execution.getProcessInstanceId(), FOLLOW_UP_COMPETENT.read(execution),
                FOLLOW_UP_REASON.read(execution));
    }
}
