package cn.communityworkers.workforce;

/**
 * A process that decides the renewal of a worker's fixed-term contract in a way of its own (the annual assessment's
 * renewal, the contract expiry) says whose contracts it is deciding now, so that no other process opens a second
 * decision on them ({@link ContractDecisions}). Each such process provides a bean of this type; none knows the others
 * by name.
 */
public interface ContractDecisionsUnderway {

    /** Whether an open instance of this process is deciding the worker's contract now. */
    boolean isDeciding(String workerId);
}
