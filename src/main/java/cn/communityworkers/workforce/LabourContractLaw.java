package cn.communityworkers.workforce;

import java.time.LocalDate;
import java.time.Period;

/**
 * Figures the Labour Contract Law (《中华人民共和国劳动合同法》) fixes, which no local rule may move. The local figures
 * within them are properties ({@link LabourContractProperties}); whether a renewal must be open-ended (Art. 14) is
 * the decision table {@code processes/workforce/contract-renewal.dmn}.
 */
public final class LabourContractLaw {

    /** Art. 19: no probation for a contract of less than three months. */
    public static final Period PROBATION_MIN_TERM = Period.ofMonths(3);
    /** Art. 19: a contract of three months to under one year: at most one month's probation. */
    public static final int PROBATION_MAX_MONTHS_UNDER_ONE_YEAR = 1;
    /** Art. 19: a contract of one year to under three years: at most two months' probation. */
    public static final int PROBATION_MAX_MONTHS_ONE_TO_THREE_YEARS = 2;
    /** Art. 19: a contract of three years or more, or open-ended: at most six months' probation. */
    public static final int PROBATION_MAX_MONTHS_THREE_YEARS_OR_MORE = 6;
    /** Art. 20: probation pay at least 80 % of the pay agreed for the post. */
    public static final int PROBATION_PAY_MIN_PERCENT = 80;

    /** Art. 37: a worker may end the contract by written notice to the employer 30 days ahead. */
    public static final int RESIGNATION_NOTICE_DAYS = 30;
    /** Art. 37: during probation, three days ahead. */
    public static final int RESIGNATION_NOTICE_DAYS_IN_PROBATION = 3;

    public static final String ARTICLE_19 = "《劳动合同法》第十九条";
    public static final String ARTICLE_20 = "《劳动合同法》第二十条";
    public static final String ARTICLE_37 = "《劳动合同法》第三十七条";

    private LabourContractLaw() {
    }

    /**
     * The longest probation Art. 19 allows for a contract starting on {@code start} and ending on {@code end}
     * (inclusive; {@code null} for an open-ended contract), in months: 0 under three months.
     */
    public static int maxProbationMonths(LocalDate start, LocalDate end) {
        if (end == null) {
            return PROBATION_MAX_MONTHS_THREE_YEARS_OR_MORE;
        }
        LocalDate dayAfter = end.plusDays(1);
        if (dayAfter.isBefore(start.plus(PROBATION_MIN_TERM))) {
            return 0;
        }
        if (dayAfter.isBefore(start.plusYears(1))) {
            return PROBATION_MAX_MONTHS_UNDER_ONE_YEAR;
        }
        if (dayAfter.isBefore(start.plusYears(3))) {
            return PROBATION_MAX_MONTHS_ONE_TO_THREE_YEARS;
        }
        return PROBATION_MAX_MONTHS_THREE_YEARS_OR_MORE;
    }

    /**
     * Art. 37: the earliest day on which a contract can end by the worker's written notice received on
     * {@code noticeReceivedOn}: {@value #RESIGNATION_NOTICE_DAYS} days later, {@value #RESIGNATION_NOTICE_DAYS_IN_PROBATION}
     * during probation.
     */
    public static LocalDate earliestResignationEnd(LocalDate noticeReceivedOn, boolean onProbation) {
        return noticeReceivedOn.plusDays(onProbation ? RESIGNATION_NOTICE_DAYS_IN_PROBATION : RESIGNATION_NOTICE_DAYS);
    }
}
