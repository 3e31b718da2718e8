package cn.communityworkers.recruitment;

import java.util.ArrayList;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Who takes the exams: the applicants found eligible. */
@Component("collectEligibleApplicants")
class CollectEligibleApplicants implements JavaDelegate {

    private final RecruitmentService recruitments;

    CollectEligibleApplicants(RecruitmentService recruitments) {
        this.recruitments = recruitments;
    }

    @Override
    public void execute(DelegateExecution execution) {
        RecruitmentProcess.ELIGIBLE_APPLICANT_IDS.set(execution,
                new ArrayList<>(recruitments.eligibleApplicantIds(execution.getProcessInstanceId())));
    }
}
