package cn.communityworkers.secondment;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.stereotype.Component;

import cn.communityworkers.secondment.SecondmentProcess.ApprovalLevel;

/**
 * On completion of an approval task: the answer is required, and a "no" needs an opinion (refused with a
 * message the approver reads in Tasklist otherwise). A "no" records at which level it was given.
 */
@Component("checkApprovalOpinion")
class CheckApprovalOpinion implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        ApprovalLevel level = ApprovalLevel.ofTask(task.getTaskDefinitionKey());
        Object answer = task.getVariable(level.answerVariable());
        if (!(answer instanceof Boolean agrees)) {
            throw new FormFieldValidationException(level.answerVariable(), "请选择是否同意(" + level.answerVariable() + ")");
        }
        Object opinion = task.getVariable(level.opinionVariable());
        boolean hasOpinion = opinion instanceof String text && !text.isBlank();
        if (!agrees && !hasOpinion) {
            throw new FormFieldValidationException(level.opinionVariable(),
                    "不同意借调时必须填写意见(" + level.opinionVariable() + ")");
        }
        if (!agrees) {
            task.getExecution().setVariable(SecondmentProcess.REJECTED_AT, level.name());
            task.getExecution().setVariable(SecondmentProcess.REJECTION_OPINION, ((String) opinion).trim());
        }
    }
}
