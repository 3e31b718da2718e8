package cn.communityworkers.workforce;

/** What a {@link WorkerChange} changed. */
public enum ChangeAttribute {
    GRADE, PAY, STATUS, CONTRACT_END, QUALIFICATION,
    /** A disciplinary action recorded (new value: its type; effective date: the day it was decided). */
    DISCIPLINARY_ACTION,
    /** Put under investigation (立案审查调查) or released from it (new value: true or false). */
    INVESTIGATION
}
