package cn.communityworkers.assessment;

import static cn.communityworkers.assessment.AnnualAssessmentProcess.RECALL_PROPOSED;
import static cn.communityworkers.assessment.AnnualAssessmentProcess.RECALL_REASON;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import cn.communityworkers.system.TaskAnswer;

/**
 * When the county organisation department has answered the recall proposal (罢免建议) for an elected committee member:
 * whether it proposes recall to the residents' meeting or the party organisation, as the law provides, and why.
 */
@Component("recallProposalAnswer")
class RecallProposalAnswer extends TaskAnswer {

    private final ConsequenceService consequences;

    RecallProposalAnswer(ConsequenceService consequences) {
        this.consequences = consequences;
    }

    @Override
    protected void check(DelegateExecution execution) {
        consequences.recordRecallAnswer(execution.getProcessInstanceId(), RECALL_PROPOSED.read(execution),
                RECALL_REASON.read(execution));
    }
}
