package cn.communityworkers.recruitment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.stereotype.Component;

/** When the political vetting ends: a result is required, a failure needs its note. */
@Component("recordVetting")
class RecordVetting implements ExecutionListener {

    private final RecruitmentService recruitments;

    RecordVetting(RecruitmentService recruitments) {
        this.recruitments = recruitments;
    }

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.isCanceled()) {
            return;    // cancelled, e.g. the recruitment deleted: nobody decided
        }
        if (!(execution.getVariable(RecruitmentProcess.VETTING_PASSED) instanceof Boolean passed)) {
            throw new FormFieldValidationException(RecruitmentProcess.VETTING_PASSED, "请选择政治审查是否通过(vettingPassed)");
        }
        Object note = execution.getVariable(RecruitmentProcess.VETTING_NOTE);
        if (!passed && Applicants.blank(note)) {
            throw new FormFieldValidationException(RecruitmentProcess.VETTING_NOTE, "政治审查未通过时必须写明情况(vettingNote)");
        }
        recruitments.recordVetting(execution.getProcessInstanceId(),
                (String) execution.getVariable(RecruitmentProcess.APPLICANT_ID), passed,
                note == null ? null : note.toString().trim());
    }
}
