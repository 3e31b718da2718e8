package cn.communityworkers.workforce;

/** Annual assessment ratings: 优秀, 合格, 基本合格, 不合格, and 不定等次 for workers still in probation. */
public enum Rating {
    EXCELLENT("优秀"),
    QUALIFIED("合格"),
    BASICALLY_QUALIFIED("基本合格"),
    UNQUALIFIED("不合格"),
    NOT_RATED("不定等次");

    private final String label;

    Rating(String label) {
        this.label = label;
    }

    /** The Chinese name, as the registry's grounds write it. */
    public String label() {
        return label;
    }
}
