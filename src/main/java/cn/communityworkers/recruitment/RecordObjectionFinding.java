package cn.communityworkers.recruitment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.stereotype.Component;

/** When the investigation of an objection ends: a conclusion and its finding are required. */
@Component("recordObjectionFinding")
class RecordObjectionFinding implements ExecutionListener {

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.isCanceled()) {
            return;    // cancelled, e.g. the recruitment deleted: nobody decided
        }
        if (!(execution.getVariable(RecruitmentProcess.OBJECTION_UPHELD) instanceof Boolean)) {
            throw new FormFieldValidationException(RecruitmentProcess.OBJECTION_UPHELD, "请选择异议是否成立(objectionUpheld)");
        }
        if (Applicants.blank(execution.getVariable(RecruitmentProcess.FINDING))) {
            throw new FormFieldValidationException(RecruitmentProcess.FINDING, "必须填写调查结论(finding)");
        }
    }
}
