package cn.communityworkers.workforce;

/** What a {@link WorkerChange} changed. */
public enum ChangeAttribute {
    GRADE, PAY, STATUS, CONTRACT_END, QUALIFICATION, ROLE
}
