package cn.communityworkers.workforce;

/** How an outstanding secretary enters the street/township leadership (《意见》第13条). */
public enum SelectionRoute {
    /** 择优调任 */
    TRANSFER,
    /** 换届选举 */
    ELECTION
}
