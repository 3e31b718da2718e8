package cn.communityworkers.recruitment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The plan was rejected: the reserved seats count no more. */
@Component("releaseReservedSeats")
class ReleaseReservedSeats implements JavaDelegate {

    private final RecruitmentService recruitments;

    ReleaseReservedSeats(RecruitmentService recruitments) {
        this.recruitments = recruitments;
    }

    @Override
    public void execute(DelegateExecution execution) {
        recruitments.releaseSeats(execution.getProcessInstanceId());
    }
}
