package cn.communityworkers.workforce;

import java.util.EnumSet;
import java.util.Set;

public enum WorkerStatus {
    PROBATION("试用期"), ACTIVE("正式在岗"), SECONDED("借调中"), PUBLIC_INSTITUTION_STAFF("事业单位工作人员"),
    TERMINATED("劳动关系终止");

    /** The statuses that count against the county's staffing standard. */
    public static final Set<WorkerStatus> IN_HEADCOUNT = EnumSet.of(PROBATION, ACTIVE, SECONDED);

    private final String label;

    WorkerStatus(String label) {
        this.label = label;
    }

    /** The Chinese name, as the statistics and a roster write it. */
    public String label() {
        return label;
    }
}
