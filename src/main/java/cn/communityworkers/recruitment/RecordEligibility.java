package cn.communityworkers.recruitment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.stereotype.Component;

/** When the eligibility review ends: a decision is required, a "not eligible" needs its reason. */
@Component("recordEligibility")
class RecordEligibility implements ExecutionListener {

    private final RecruitmentService recruitments;

    RecordEligibility(RecruitmentService recruitments) {
        this.recruitments = recruitments;
    }

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.isCanceled()) {
            return;    // cancelled, e.g. the recruitment deleted: nobody decided
        }
        if (!(execution.getVariable(RecruitmentProcess.ELIGIBLE) instanceof Boolean eligible)) {
            throw new FormFieldValidationException(RecruitmentProcess.ELIGIBLE, "请选择该报名人员是否符合条件(eligible)");
        }
        Object reason = execution.getVariable(RecruitmentProcess.INELIGIBLE_REASON);
        if (!eligible && Applicants.blank(reason)) {
            throw new FormFieldValidationException(RecruitmentProcess.INELIGIBLE_REASON, "不符合条件时必须填写理由(ineligibleReason)");
        }
        recruitments.recordEligibility(execution.getProcessInstanceId(),
                (String) execution.getVariable(RecruitmentProcess.APPLICANT_ID), eligible,
                eligible ? null : reason.toString().trim());
    }
}
