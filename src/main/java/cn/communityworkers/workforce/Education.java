package cn.communityworkers.workforce;

public enum Education {
    HIGH_SCHOOL("高中及以下"),
    JUNIOR_COLLEGE("大专"),
    BACHELOR("本科"),
    MASTER("硕士研究生"),
    DOCTOR("博士研究生");

    private final String label;

    Education(String label) {
        this.label = label;
    }

    /** The Chinese name, as the registry's grounds write it. */
    public String label() {
        return label;
    }
}
