package cn.communityworkers.workforce;

/** Social-work qualification, in ascending order: each step up may raise the post grade. */
public enum Qualification {
    NONE, ASSISTANT_SOCIAL_WORKER, SOCIAL_WORKER, SENIOR_SOCIAL_WORKER
}
