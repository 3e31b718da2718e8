package cn.communityworkers.system;

import java.time.Clock;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** On creation of an approval task: it is due after the approval period (default 5 days). */
@Component("setTaskDueDate")
class SetTaskDueDate implements TaskListener {

    private final WorkflowProperties properties;
    private final Clock clock;

    SetTaskDueDate(WorkflowProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        task.setDueDate(Date.from(clock.instant().plus(properties.approvalPeriod())));
    }
}
