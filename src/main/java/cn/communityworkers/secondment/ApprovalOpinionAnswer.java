package cn.communityworkers.secondment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import cn.communityworkers.secondment.SecondmentProcess.ApprovalLevel;
import cn.communityworkers.system.TaskAnswer;

/**
 * The answer to an approval task: yes or no is required, and a "no" needs an opinion; otherwise the completion is
 * refused naming the field and the task stays open. A "no" records at which level it was given.
 */
@Component("approvalOpinionAnswer")
class ApprovalOpinionAnswer extends TaskAnswer {

    @Override
    protected void check(DelegateExecution execution) {
        ApprovalLevel level = ApprovalLevel.ofTask(execution.getCurrentActivityId());
        if (level.answer().read(execution)) {
            return;
        }
        String opinion = level.opinion().readIfGiven(execution)
                .orElseThrow(() -> level.opinion().refusal("必须填写:不同意借调时必须填写意见"));
        SecondmentProcess.REJECTED_AT.set(execution, level.name());
        SecondmentProcess.REJECTION_OPINION.set(execution, opinion);
    }
}
