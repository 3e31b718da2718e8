package cn.communityworkers.workforce;

import java.util.Set;

/**
 * A process that decides the renewal of a worker's fixed-term contract in a way of its own (the annual assessment's
 * renewal) says whose contracts it is deciding now, so that the contract expiry opens no second decision on them.
 * Each such process provides a bean of this type; the contract expiry knows none of them by name.
 */
public interface ContractDecisionsUnderway {

    /** The workers whose contract an open instance of this process is deciding now. */
    Set<String> workers();
}
