package cn.communityworkers.transfer;

import java.util.Arrays;

import cn.communityworkers.system.Variable;

/** The opinions and approvals of a transfer and an arrival: the task, who gives it, its yes or no and its opinion. */
enum TransferOpinion {
    SOURCE_COMMUNITY(TransferProcess.TASK_SOURCE_COMMUNITY_OPINION, "调出社区党组织",
            TransferProcess.SOURCE_COMMUNITY_AGREES, TransferProcess.SOURCE_COMMUNITY_OPINION),
    TARGET_COMMUNITY(TransferProcess.TASK_TARGET_COMMUNITY_OPINION, "调入社区党组织",
            TransferProcess.TARGET_COMMUNITY_AGREES, TransferProcess.TARGET_COMMUNITY_OPINION),
    STREET(TransferProcess.TASK_DECIDE_AT_STREET, "街道党工委", TransferProcess.STREET_APPROVES,
            TransferProcess.STREET_OPINION),
    SOURCE_STREET(TransferProcess.TASK_SOURCE_STREET_OPINION, "调出街道党工委", TransferProcess.SOURCE_STREET_AGREES,
            TransferProcess.SOURCE_STREET_OPINION),
    TARGET_STREET(TransferProcess.TASK_TARGET_STREET_OPINION, "调入街道党工委", TransferProcess.TARGET_STREET_AGREES,
            TransferProcess.TARGET_STREET_OPINION),
    COUNTY(TransferProcess.TASK_APPROVE_AT_COUNTY, "县委社会工作部", TransferProcess.COUNTY_APPROVES,
            TransferProcess.COUNTY_OPINION),
    ARRIVAL_STREET(TransferArrivalProcess.TASK_CONFIRM_AT_STREET, "街道党工委", TransferArrivalProcess.STREET_CONFIRMS,
            TransferArrivalProcess.STREET_OPINION),
    ARRIVAL_COUNTY(TransferArrivalProcess.TASK_CONFIRM_AT_COUNTY, "县委社会工作部",
            TransferArrivalProcess.COUNTY_CONFIRMS, TransferArrivalProcess.COUNTY_OPINION);

    private final String task;
    private final String by;
    private final Variable<Boolean> yes;
    private final Variable<String> opinion;

    TransferOpinion(String task, String by, Variable<Boolean> yes, Variable<String> opinion) {
        this.task = task;
        this.by = by;
        this.yes = yes;
        this.opinion = opinion;
    }

    /** Who gives it, as the refused end names them. */
    String by() {
        return by;
    }

    Variable<Boolean> yes() {
        return yes;
    }

    Variable<String> opinion() {
        return opinion;
    }

    static TransferOpinion at(String activityId) {
        return Arrays.stream(values()).filter(answer -> answer.task.equals(activityId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no transfer opinion at " + activityId));
    }
}
