package cn.communityworkers.workforce;

/**
 * The overall conclusion of an economic-responsibility audit (经济责任审计, 《意见》第11条), in the four grades audit
 * offices use for a leader's performance of economic responsibilities.
 */
public enum AuditConclusion {
    GOOD("好"),
    FAIRLY_GOOD("较好"),
    AVERAGE("一般"),
    POOR("较差");

    private final String label;

    AuditConclusion(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
