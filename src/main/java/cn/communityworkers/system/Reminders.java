package cn.communityworkers.system;

import java.time.Clock;
import java.util.Date;

import org.springframework.stereotype.Component;

/**
 * The due date of a task offered to a unit. Every user task with candidate groups carries
 * {@code camunda:dueDate="${reminders.due()}"} in its model (the model check insists on it), so the engine sets the
 * due date when it creates the task: then plus {@code workflow.approval-period} (default 5 days), taken from the
 * configuration and never from a process variable, which the people working a case could change.
 * Tasklist shows it and sorts by it; {@link OverdueTasks} marks the task once it has passed.
 */
@Component("reminders")
public class Reminders {

    private final WorkflowProperties properties;
    private final Clock clock;

    Reminders(WorkflowProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    /** Now plus the approval period. */
    public Date due() {
        return Date.from(clock.instant().plus(properties.approvalPeriod()));
    }
}
