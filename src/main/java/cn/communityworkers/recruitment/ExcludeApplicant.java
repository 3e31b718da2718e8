package cn.communityworkers.recruitment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The objection was upheld: the applicant is out, their seat goes back to the reserve list. */
@Component("excludeApplicant")
class ExcludeApplicant implements JavaDelegate {

    private final RecruitmentService recruitments;

    ExcludeApplicant(RecruitmentService recruitments) {
        this.recruitments = recruitments;
    }

    @Override
    public void execute(DelegateExecution execution) {
        recruitments.upholdObjection(execution.getProcessInstanceId(),
                RecruitmentProcess.OBJECTED_APPLICANT_ID.read(execution));
    }
}
