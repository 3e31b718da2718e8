package cn.communityworkers.workforce;

/** Social-work qualification, in ascending order: each step up may raise the post grade. */
public enum Qualification {
    NONE("无职业资格"),
    ASSISTANT_SOCIAL_WORKER("助理社会工作师"),
    SOCIAL_WORKER("社会工作师"),
    SENIOR_SOCIAL_WORKER("高级社会工作师");

    private final String label;

    Qualification(String label) {
        this.label = label;
    }

    /** The Chinese name, as the registry's grounds write it. */
    public String label() {
        return label;
    }
}
