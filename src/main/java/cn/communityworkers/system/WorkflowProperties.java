package cn.communityworkers.system;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param approvalPeriod how long an approver has for a task: its due date ({@link Reminders}), after which it is
 *                       marked overdue ({@link OverdueTasks})
 */
@ConfigurationProperties("workflow")
public record WorkflowProperties(@DefaultValue("P5D") Duration approvalPeriod) {
}
