package cn.communityworkers.recruitment;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
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
        String applicantId = RecruitmentProcess.APPLICANT_ID.read(execution);
        if (!recruitments.onNotice(execution.getProcessInstanceId(), applicantId)) {
            throw RecruitmentProcess.APPLICANT_ID.refusal("须为本次招聘正在公示的拟聘人员,收到的是:" + applicantId);
        }
        String objection = RecruitmentProcess.OBJECTION.read(execution);
        Map<String, Object> registered = new HashMap<>();
        RecruitmentProcess.OBJECTED_APPLICANT_ID.put(registered, applicantId);
        RecruitmentProcess.APPLICANT_ID.put(registered, applicantId);
        RecruitmentProcess.APPLICANT_NAME.put(registered, recruitments.applicant(applicantId).name());
        RecruitmentProcess.OBJECTION_TEXT.put(registered, objection);
        // The investigation's conclusion belongs to this objection, not to the next one's form.
        RecruitmentProcess.OBJECTION_UPHELD.put(registered, null);
        RecruitmentProcess.FINDING.put(registered, null);
        execution.setVariablesLocal(registered);
    }
}
