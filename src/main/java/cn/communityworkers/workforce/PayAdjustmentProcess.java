package cn.communityworkers.workforce;

import java.time.LocalDate;

import cn.communityworkers.system.Variable;

/** The pay run (调整社区工作者薪酬): its key, element ids and variables, as in the model and its start form. */
public final class PayAdjustmentProcess {

    public static final String KEY = "payAdjustment";

    public static final String TASK_RECOMPUTE_PAY = "Task_RecomputePay";
    public static final String END_PAY_ADJUSTED = "EndEvent_PayAdjusted";

    // the start form
    public static final Variable<String> COUNTY_CODE = Variable.text("countyCode", "县(市、区)", 12);
    /** In yuan; none: the coefficients are applied again at the current wage. */
    public static final Variable<String> AVERAGE_MONTHLY_WAGE = Variable.text("averageMonthlyWage", "新的月平均工资", 40);
    public static final Variable<LocalDate> EFFECTIVE_DATE = Variable.date("effectiveDate", "执行日期");
    public static final Variable<String> GROUND = Variable.text("ground", "调整依据", 200);

    // written by the system
    public static final Variable<String> PREVIOUS_WAGE = Variable.of("previousWage", String.class);
    public static final Variable<String> APPLIED_WAGE = Variable.of("appliedWage", String.class);
    public static final Variable<Boolean> ALL_RECOMPUTED = Variable.of("allRecomputed", Boolean.class);
    public static final Variable<Long> RECOMPUTED = Variable.of("recomputed", Long.class);
    public static final Variable<Long> CHANGED = Variable.of("changed", Long.class);

    private PayAdjustmentProcess() {
    }

    /** Business key of the county's pay run effective from a day. */
    public static String businessKey(String countyCode, LocalDate effectiveDate) {
        return "PAY-" + countyCode + "-" + effectiveDate;
    }
}
