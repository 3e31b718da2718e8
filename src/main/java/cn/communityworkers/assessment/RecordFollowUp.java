package cn.communityworkers.assessment;

import static cn.communityworkers.assessment.AnnualAssessment.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** When the street has assessed again, after the training or change of post, whether the worker is competent. */
@Component("recordFollowUp")
class RecordFollowUp implements ExecutionListener {

    private final ConsequenceService consequences;

    RecordFollowUp(ConsequenceService consequences) {
        this.consequences = consequences;
    }

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.isCanceled()) {
            return;
        }
        boolean competent = TaskInput.yesOrNo(execution, FOLLOW_UP_COMPETENT, "复核结论");
        String reason = TaskInput.text(execution, FOLLOW_UP_REASON, "复核理由", TaskInput.MAX_TEXT);
        consequences.recordFollowUp(execution.getProcessInstanceId(), competent, reason);
    }
}
