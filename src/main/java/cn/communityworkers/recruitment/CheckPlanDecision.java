package cn.communityworkers.recruitment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.stereotype.Component;

/** When the county decides on the plan: a decision is required, and a rejection needs a comment. */
@Component("checkPlanDecision")
class CheckPlanDecision implements ExecutionListener {

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.isCanceled()) {
            return;    // cancelled, e.g. the recruitment deleted: nobody decided
        }
        if (!(execution.getVariable(RecruitmentProcess.PLAN_APPROVED) instanceof Boolean approved)) {
            throw new FormFieldValidationException(RecruitmentProcess.PLAN_APPROVED, "请选择是否批准招聘计划(planApproved)");
        }
        if (!approved && Applicants.blank(execution.getVariable(RecruitmentProcess.COMMENT))) {
            throw new FormFieldValidationException(RecruitmentProcess.COMMENT, "不批准招聘计划时必须填写意见(comment)");
        }
    }
}
