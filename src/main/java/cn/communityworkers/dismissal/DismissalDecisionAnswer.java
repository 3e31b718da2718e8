package cn.communityworkers.dismissal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import cn.communityworkers.system.TaskAnswer;

/**
 * The street party working committee's decision: to dismiss or not; not dismissing needs its reason; if the union
 * objected (as it recorded its opinion, not as a variable says), the decision must answer it in writing (Labour
 * Contract Law Art. 43: 研究工会的意见,并将处理结果书面通知工会). A worker who has left the workforce meanwhile cannot be
 * dismissed.
 */
@Component("dismissalDecisionAnswer")
class DismissalDecisionAnswer extends TaskAnswer {

    private final DismissalService dismissals;

    DismissalDecisionAnswer(DismissalService dismissals) {
        this.dismissals = dismissals;
    }

    @Override
    protected void check(DelegateExecution execution) {
        String instance = execution.getProcessInstanceId();
        boolean dismiss = DismissalProcess.DISMISS.read(execution);
        String opinion = DismissalProcess.DECISION_OPINION.readRequiredWhen(execution, !dismiss, "决定不解除劳动合同")
                .orElse(null);
        String reply = DismissalProcess.REPLY_TO_UNION.readRequiredWhen(execution, dismissals.unionObjected(instance),
                "工会提出异议").orElse(null);
        if (dismiss && !dismissals.workerStillEmployed(instance)) {
            throw DismissalProcess.DISMISS.refusal("不能为“解除”:该社区工作者已不在社区工作者队伍中");
        }
        dismissals.recordDecision(instance, dismiss, opinion, reply);
    }
}
