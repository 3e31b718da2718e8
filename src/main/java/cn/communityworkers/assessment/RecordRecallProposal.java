package cn.communityworkers.assessment;

import static cn.communityworkers.assessment.AnnualAssessment.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * When the county organisation department has answered the recall proposal (罢免建议) for an elected committee member:
 * whether it proposes recall to the residents' meeting or the party organisation, as the law provides, and why.
 */
@Component("recordRecallProposal")
class RecordRecallProposal implements ExecutionListener {

    private final ConsequenceService consequences;

    RecordRecallProposal(ConsequenceService consequences) {
        this.consequences = consequences;
    }

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.isCanceled()) {
            return;
        }
        boolean proposed = TaskInput.yesOrNo(execution, RECALL_PROPOSED, "是否提出罢免建议");
        String reason = TaskInput.text(execution, RECALL_REASON, "理由", TaskInput.MAX_TEXT);
        consequences.recordRecallAnswer(execution.getProcessInstanceId(), proposed, reason);
    }
}
