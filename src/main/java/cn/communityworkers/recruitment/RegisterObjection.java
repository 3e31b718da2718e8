package cn.communityworkers.recruitment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.stereotype.Component;

/**
 * An objection during the public notice: it must concern an applicant on notice in this recruitment. Kept
 * in the objection's own scope, so that several objections are investigated side by side.
 */
@Component("registerObjection")
class RegisterObjection implements JavaDelegate {

    private final RecruitmentService recruitments;

    RegisterObjection(RecruitmentService recruitments) {
        this.recruitments = recruitments;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object applicantId = execution.getVariable(RecruitmentProcess.APPLICANT_ID);
        Object objection = execution.getVariable(RecruitmentProcess.OBJECTION);
        if (!(applicantId instanceof String id) || !recruitments.onNotice(execution.getProcessInstanceId(), id)) {
            throw new FormFieldValidationException(RecruitmentProcess.APPLICANT_ID,
                    "异议必须针对本次招聘正在公示的拟聘人员(applicantId),收到的是:" + applicantId);
        }
        if (Applicants.blank(objection)) {
            throw new FormFieldValidationException(RecruitmentProcess.OBJECTION, "异议内容(objection)必须填写");
        }
        Applicant applicant = recruitments.applicant(id);
        execution.setVariableLocal(RecruitmentProcess.OBJECTED_APPLICANT_ID, id);
        execution.setVariableLocal(RecruitmentProcess.APPLICANT_ID, id);
        execution.setVariableLocal("applicantName", applicant.name());
        execution.setVariableLocal(RecruitmentProcess.OBJECTION_TEXT, objection.toString().trim());
        // The investigation's conclusion belongs to this objection, not to the next one's form.
        execution.setVariableLocal(RecruitmentProcess.OBJECTION_UPHELD, null);
        execution.setVariableLocal(RecruitmentProcess.FINDING, null);
    }
}
