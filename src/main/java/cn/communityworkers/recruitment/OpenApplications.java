package cn.communityworkers.recruitment;

import java.time.Clock;
import java.time.Duration;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Applications are taken from now until the application period has passed. */
@Component("openApplications")
class OpenApplications implements JavaDelegate {

    private final RecruitmentService recruitments;
    private final Clock clock;

    OpenApplications(RecruitmentService recruitments, Clock clock) {
        this.recruitments = recruitments;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Duration period = Duration.parse((String) execution.getVariable(RecruitmentProcess.APPLICATION_PERIOD));
        recruitments.openApplications(execution.getProcessInstanceId(), clock.instant().plus(period));
    }
}
