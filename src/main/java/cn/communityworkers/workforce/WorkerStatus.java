package cn.communityworkers.workforce;

import java.util.EnumSet;
import java.util.Set;

public enum WorkerStatus {
    PROBATION, ACTIVE, SECONDED, PUBLIC_INSTITUTION_STAFF, TERMINATED;

    /** The statuses that count against the county's staffing standard. */
    public static final Set<WorkerStatus> IN_HEADCOUNT = EnumSet.of(PROBATION, ACTIVE, SECONDED);
}
