package cn.communityworkers.training;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The level of a training (《意见》第8条: 省级以上示范培训、市地级重点培训、县级骨干培训、街道全员培训). */
public enum TrainingLevel {
    NATIONAL("国家级"), PROVINCE("省级"), CITY("市级"), COUNTY("县级"), STREET("街道级");

    private final String label;

    TrainingLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** "NATIONAL(国家级)、PROVINCE(省级)…", for a refusal. */
    static String choices() {
        return Arrays.stream(values()).map(level -> level.name() + "(" + level.label + ")")
                .collect(Collectors.joining("、"));
    }
}
