package cn.communityworkers.recruitment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * A recruitment deleted before its end (e.g. by an administrator in Cockpit) reserves no seats any more: without
 * this its seats would count against the county's staffing standard for good.
 */
@Component("releaseSeatsOfDeletedRecruitment")
class ReleaseSeatsOfDeletedRecruitment implements ExecutionListener {

    private final RecruitmentService recruitments;

    ReleaseSeatsOfDeletedRecruitment(RecruitmentService recruitments) {
        this.recruitments = recruitments;
    }

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.isCanceled()) {
            recruitments.releaseSeats(execution.getProcessInstanceId());
        }
    }
}
