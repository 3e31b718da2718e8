package cn.communityworkers.workforce;

/** Annual assessment ratings: 优秀, 合格, 基本合格, 不合格, and 不定等次 for workers still in probation. */
public enum Rating {
    EXCELLENT, QUALIFIED, BASICALLY_QUALIFIED, UNQUALIFIED, NOT_RATED
}
