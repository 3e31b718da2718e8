package cn.communityworkers.organisation;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One change of a county's approved total or average monthly wage, with its reason, who made it, when, and the
 * process instance that made it (a pay run). Append-only.
 */
public record CountyChange(long id, String countyCode, Attribute attribute, String oldValue, String newValue,
        LocalDate effectiveDate, String reason, String processInstanceId, String changedBy, Instant changedAt) {

    /** What a change changed. */
    public enum Attribute {
        /** 核定总量 */
        APPROVED_TOTAL,
        /** 全口径城镇单位就业人员月平均工资 */
        AVERAGE_MONTHLY_WAGE
    }
}
