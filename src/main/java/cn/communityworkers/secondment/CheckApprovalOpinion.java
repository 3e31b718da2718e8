package cn.communityworkers.secondment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.stereotype.Component;

import cn.communityworkers.secondment.SecondmentProcess.ApprovalLevel;

/**
 * When an approval task ends: the answer is required, and a "no" needs an opinion. Otherwise the
 * completion is refused with a message the approver reads in Tasklist, and the task stays open. A "no"
 * records at which level it was given. (An execution listener, not a task listener: the engine passes
 * its exception to the caller as it is, so the REST API answers 400 with this message.) A task that ends because
 * the request is cancelled (in Cockpit, or with its deployment) is not checked.
 */
@Component("checkApprovalOpinion")
class CheckApprovalOpinion implements ExecutionListener {

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.isCanceled()) {
            return;
        }
        ApprovalLevel level = ApprovalLevel.ofTask(execution.getCurrentActivityId());
        Object answer = execution.getVariable(level.answerVariable());
        if (!(answer instanceof Boolean agrees)) {
            throw new FormFieldValidationException(level.answerVariable(), "请选择是否同意(" + level.answerVariable() + ")");
        }
        Object opinion = execution.getVariable(level.opinionVariable());
        boolean hasOpinion = opinion instanceof String text && !text.isBlank();
        if (!agrees && !hasOpinion) {
            throw new FormFieldValidationException(level.opinionVariable(),
                    "不同意借调时必须填写意见(" + level.opinionVariable() + ")");
        }
        if (!agrees) {
            execution.setVariable(SecondmentProcess.REJECTED_AT, level.name());
            execution.setVariable(SecondmentProcess.REJECTION_OPINION, ((String) opinion).trim());
        }
    }
}
