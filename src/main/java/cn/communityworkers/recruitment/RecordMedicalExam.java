package cn.communityworkers.recruitment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.stereotype.Component;

/** When the medical examination result is entered. */
@Component("recordMedicalExam")
class RecordMedicalExam implements ExecutionListener {

    private final RecruitmentService recruitments;

    RecordMedicalExam(RecruitmentService recruitments) {
        this.recruitments = recruitments;
    }

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.isCanceled()) {
            return;    // cancelled, e.g. the recruitment deleted: nobody decided
        }
        if (!(execution.getVariable(RecruitmentProcess.MEDICAL_PASSED) instanceof Boolean passed)) {
            throw new FormFieldValidationException(RecruitmentProcess.MEDICAL_PASSED, "请选择体检是否合格(medicalPassed)");
        }
        recruitments.recordMedicalExam(execution.getProcessInstanceId(),
                (String) execution.getVariable(RecruitmentProcess.APPLICANT_ID), passed);
    }
}
