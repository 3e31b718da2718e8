package cn.communityworkers.recruitment;

import java.time.Clock;
import java.time.Duration;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.communityworkers.system.Cases;

/** Applications are taken from now until the application period (the days recorded with the request) has passed. */
@Component("openApplications")
class OpenApplications implements JavaDelegate {

    private final RecruitmentService recruitments;
    private final Cases cases;
    private final Clock clock;

    OpenApplications(RecruitmentService recruitments, Cases cases, Clock clock) {
        this.recruitments = recruitments;
        this.cases = cases;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Duration period = Duration.ofDays(RecruitmentRequest.recorded(cases.of(execution).request()).applicationDays());
        recruitments.openApplications(execution.getProcessInstanceId(), clock.instant().plus(period));
    }
}
