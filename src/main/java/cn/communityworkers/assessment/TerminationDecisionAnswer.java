package cn.communityworkers.assessment;

import static cn.communityworkers.assessment.AnnualAssessmentProcess.END_CONTRACT;
import static cn.communityworkers.assessment.AnnualAssessmentProcess.TERMINATION_REASON;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import cn.communityworkers.system.TaskAnswer;

/**
 * When the street has decided whether to end the contract of a worker still incompetent after training or a change
 * of post (Labour Contract Law Art. 40(2): it may, it need not), with its reason.
 */
@Component("terminationDecisionAnswer")
class TerminationDecisionAnswer extends TaskAnswer {

    private final ConsequenceService consequences;

    TerminationDecisionAnswer(ConsequenceService consequences) {
        this.consequences = consequences;
    }

    @Override
    protected void check(DelegateExecution execution) {
        consequences.recordEndDecision(execution.getProcessInstanceId(), END_CONTRACT.read(execution),
                TERMINATION_REASON.read(execution));
    }
}
