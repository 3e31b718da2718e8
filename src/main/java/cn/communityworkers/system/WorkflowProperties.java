package cn.communityworkers.system;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** @param approvalPeriod how long an approver has for a task before it is overdue and a reminder goes out */
@ConfigurationProperties("workflow")
public record WorkflowProperties(@DefaultValue("P5D") Duration approvalPeriod) {

    /** The process variable holding {@link #approvalPeriod} as an ISO 8601 duration, for reminder timers. */
    public static final String APPROVAL_PERIOD_VARIABLE = "approvalPeriod";

    public String approvalPeriodIso() {
        return approvalPeriod.toString();
    }
}
