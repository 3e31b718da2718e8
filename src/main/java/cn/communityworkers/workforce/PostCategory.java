package cn.communityworkers.workforce;

/** 三岗: A 正职, B 副职, C 委员及专职工作人员 (local default of the post sequence). */
public enum PostCategory {
    A("正职"),
    B("副职"),
    C("委员及专职工作人员");

    private final String label;

    PostCategory(String label) {
        this.label = label;
    }

    /** The Chinese name, as the registry's grounds write it. */
    public String label() {
        return label;
    }
}
