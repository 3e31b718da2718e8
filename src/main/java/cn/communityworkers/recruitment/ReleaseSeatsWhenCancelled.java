package cn.communityworkers.recruitment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import cn.communityworkers.system.WhenCancelled;

/**
 * A recruitment deleted before its end (e.g. by an administrator in Cockpit) reserves no seats any more: without
 * this its seats would count against the county's staffing standard for good.
 */
@Component("releaseSeatsWhenCancelled")
class ReleaseSeatsWhenCancelled extends WhenCancelled {

    private final RecruitmentService recruitments;

    ReleaseSeatsWhenCancelled(RecruitmentService recruitments) {
        this.recruitments = recruitments;
    }

    @Override
    protected void cancelled(DelegateExecution execution) {
        recruitments.releaseSeats(execution.getProcessInstanceId());
    }
}
