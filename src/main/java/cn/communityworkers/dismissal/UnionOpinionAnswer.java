package cn.communityworkers.dismissal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import cn.communityworkers.system.TaskAnswer;

/**
 * The street trade union's opinion on the proposed dismissal (Labour Contract Law Art. 43): it agrees or objects, and
 * an objection needs its reasons, which the street party working committee must then answer.
 */
@Component("unionOpinionAnswer")
class UnionOpinionAnswer extends TaskAnswer {

    private final DismissalService dismissals;

    UnionOpinionAnswer(DismissalService dismissals) {
        this.dismissals = dismissals;
    }

    @Override
    protected void check(DelegateExecution execution) {
        boolean agrees = DismissalProcess.UNION_AGREES.read(execution);
        String opinion = DismissalProcess.UNION_OPINION.readRequiredWhen(execution, !agrees, "工会提出异议")
                .orElse(null);
        dismissals.recordUnionOpinion(execution.getProcessInstanceId(), agrees, opinion);
    }
}
