package cn.communityworkers.transfer;

import java.time.LocalDate;

import cn.communityworkers.system.Variable;

/**
 * The model {@code processes/transfer/transfer-arrival.bpmn} (省内调入社区工作年限认定, 《意见》第4条): a worker who came
 * from community work elsewhere in the province has that work credited, with its source.
 */
public final class TransferArrivalProcess {

    private TransferArrivalProcess() {
    }

    public static final String KEY = "transferArrival";

    public static final String START = "StartEvent_ArrivalRegistered";
    public static final String TASK_VERIFY_ARRIVAL = "Task_VerifyArrival";
    public static final String TASK_CONFIRM_AT_STREET = "Task_ConfirmArrivalAtStreet";
    public static final String TASK_CONFIRM_AT_COUNTY = "Task_ConfirmArrivalAtCounty";
    public static final String TASK_CREDIT_YEARS = "Task_CreditCommunityYears";
    public static final String END_CREDITED = "EndEvent_YearsCredited";
    public static final String END_REFUSED = "EndEvent_CreditRefused";

    // The request.
    public static final Variable<String> WORKER_ID = Variable.text("workerId", "社区工作者", 40);
    public static final Variable<LocalDate> PREVIOUS_FROM = Variable.date("previousFrom", "原社区工作开始日期");
    public static final Variable<LocalDate> PREVIOUS_TO = Variable.date("previousTo", "原社区工作结束日期");
    public static final Variable<String> PREVIOUS_PLACE = Variable.text("previousPlace", "原工作地(本省县、市、区)", 100);
    public static final Variable<String> PREVIOUS_UNIT = Variable.text("previousUnit", "原工作社区(单位)", 200);
    public static final Variable<String> PROOF = Variable.text("proof", "证明材料", 500);

    // Added by the process.
    /** The worker's credited years at the start, shown to the approvers. */
    public static final Variable<Integer> CREDITED_YEARS = Variable.of("creditedYears", Integer.class);
    /** The whole years the period adds, shown to the approvers. */
    public static final Variable<Integer> PERIOD_YEARS = Variable.of("periodYears", Integer.class);

    // The answers (a "no" is recorded as TransferProcess.REFUSED_AT and REFUSAL_OPINION, as in a transfer).
    public static final Variable<Boolean> STREET_CONFIRMS = Variable.yesOrNo("streetConfirms", "街道党工委是否确认");
    public static final Variable<String> STREET_OPINION = Variable.text("streetOpinion", "街道党工委意见", 1000);
    public static final Variable<Boolean> COUNTY_CONFIRMS = Variable.yesOrNo("countyConfirms", "是否认定");
    public static final Variable<String> COUNTY_OPINION = Variable.text("countyOpinion", "县级认定意见", 1000);

    /** Business key of the crediting of a worker's period that began on a day. */
    public static String businessKey(String workerId, LocalDate previousFrom) {
        return "TA-" + workerId + "-" + previousFrom;
    }
}
