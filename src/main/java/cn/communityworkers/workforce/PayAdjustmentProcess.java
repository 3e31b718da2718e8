package cn.communityworkers.workforce;

/** The pay run (调整社区工作者薪酬): its key, element ids and variable names, as in the model and its start form. */
public final class PayAdjustmentProcess {

    public static final String KEY = "payAdjustment";

    public static final String TASK_RECOMPUTE_PAY = "Task_RecomputePay";
    public static final String END_PAY_ADJUSTED = "EndEvent_PayAdjusted";

    // the start form
    public static final String COUNTY_CODE = "countyCode";
    public static final String AVERAGE_MONTHLY_WAGE = "averageMonthlyWage";
    public static final String EFFECTIVE_DATE = "effectiveDate";
    public static final String GROUND = "ground";

    // written by the system
    public static final String COUNTY_NAME = "countyName";
    public static final String PREVIOUS_WAGE = "previousWage";
    public static final String APPLIED_WAGE = "appliedWage";
    public static final String ALL_RECOMPUTED = "allRecomputed";
    public static final String RECOMPUTED = "recomputed";
    public static final String CHANGED = "changed";

    private PayAdjustmentProcess() {
    }

    public static String businessKey(String countyCode, String effectiveDate) {
        return "PAY-" + countyCode + "-" + effectiveDate;
    }
}
