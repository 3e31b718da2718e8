package cn.communityworkers.recruitment;

import java.util.ArrayList;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The application period is over: no more applications; every applicant's eligibility is reviewed. */
@Component("closeApplications")
class CloseApplications implements JavaDelegate {

    private final RecruitmentService recruitments;

    CloseApplications(RecruitmentService recruitments) {
        this.recruitments = recruitments;
    }

    @Override
    public void execute(DelegateExecution execution) {
        RecruitmentProcess.APPLICANT_IDS.set(execution,
                new ArrayList<>(recruitments.closeApplications(execution.getProcessInstanceId())));
    }
}
