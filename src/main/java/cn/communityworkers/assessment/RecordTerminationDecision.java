package cn.communityworkers.assessment;

import static cn.communityworkers.assessment.AnnualAssessment.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * When the street has decided whether to end the contract of a worker still incompetent after training or a change
 * of post (Labour Contract Law Art. 40(2): it may, it need not), with its reason.
 */
@Component("recordTerminationDecision")
class RecordTerminationDecision implements ExecutionListener {

    private final ConsequenceService consequences;

    RecordTerminationDecision(ConsequenceService consequences) {
        this.consequences = consequences;
    }

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.isCanceled()) {
            return;
        }
        boolean end = TaskInput.yesOrNo(execution, END_CONTRACT, "是否解除劳动合同");
        String reason = TaskInput.text(execution, TERMINATION_REASON, "理由", TaskInput.MAX_TEXT);
        consequences.recordEndDecision(execution.getProcessInstanceId(), end, reason);
    }
}
