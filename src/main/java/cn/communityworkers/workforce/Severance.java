package cn.communityworkers.workforce;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Period;

/**
 * Economic compensation (经济补偿) when a labour contract ends under the Labour Contract Law Art. 40 (Art. 46(3)), or
 * at its expiry without a renewal on the same or better terms that the worker refused (Art. 44(1), 46(5)), computed as
 * Art. 47 fixes it ({@link Severances#at} for a registered worker); the figures are the law's, not local defaults.
 * <p>
 * Art. 47(1): one month's wage for each full year of service with the employer; a remainder of six months or more
 * counts as one year, a remainder of less than six months as half a month's wage.
 * Art. 47(2): where the worker's monthly wage exceeds three times the average monthly wage of the employees of the
 * area published by the government, the compensation is paid at three times that average and for at most 12 years.
 * Art. 47(3): the monthly wage is the worker's <b>average monthly wage over the 12 months before the contract
 * ends</b>. The registry holds no payroll history, only the worker's current monthly pay (grade and pay change once a
 * year, from 1 January), so the worker's registered monthly pay is used as that average; a payroll with the months
 * actually paid would give the exact figure.
 *
 * @param serviceYears   the full years of service
 * @param remainder      the service beyond the full years
 * @param months         the months' wages due (e.g. 5.5), after the 12-year cap where it applies
 * @param wageBase       the monthly wage the months are paid at (capped at three times the average where it applies)
 * @param capped         whether Art. 47(2) applied
 * @param amount         months × wage base, in yuan, to the fen
 */
public record Severance(int serviceYears, Period remainder, BigDecimal months, BigDecimal wageBase, boolean capped,
        BigDecimal amount) {

    /** Art. 47(1): a remainder of this many months or more counts as a full year. */
    public static final int MONTHS_COUNTING_AS_A_YEAR = 6;
    /** Art. 47(1): what a shorter (but not empty) remainder counts as, in months' wages. */
    public static final BigDecimal SHORT_REMAINDER_MONTHS = new BigDecimal("0.5");
    /** Art. 47(2): the wage cap, as a multiple of the area's average monthly wage. */
    public static final BigDecimal WAGE_CAP_MULTIPLE = BigDecimal.valueOf(3);
    /** Art. 47(2): the most years paid when the wage cap applies. */
    public static final int CAPPED_YEARS = 12;
    /** Art. 40: the days of written notice that a month's pay in lieu replaces. */
    public static final int NOTICE_DAYS = 30;

    /**
     * The compensation for service from {@code serviceStart} to {@code contractEnd}.
     *
     * @param monthlyWage        the worker's monthly wage (see the class: the registered monthly pay)
     * @param averageMonthlyWage the area's average monthly wage (the county's, else the configured default)
     */
    public static Severance of(LocalDate serviceStart, LocalDate contractEnd, BigDecimal monthlyWage,
            BigDecimal averageMonthlyWage) {
        if (contractEnd.isBefore(serviceStart)) {
            throw new IllegalArgumentException("the contract ends (" + contractEnd + ") before the service started ("
                    + serviceStart + ")");
        }
        Period service = Period.between(serviceStart, contractEnd);
        Period remainder = Period.of(0, service.getMonths(), service.getDays());
        BigDecimal months = BigDecimal.valueOf(service.getYears());
        if (service.getMonths() >= MONTHS_COUNTING_AS_A_YEAR) {
            months = months.add(BigDecimal.ONE);
        } else if (!remainder.isZero()) {
            months = months.add(SHORT_REMAINDER_MONTHS);
        }
        BigDecimal cap = averageMonthlyWage.multiply(WAGE_CAP_MULTIPLE);
        boolean capped = monthlyWage.compareTo(cap) > 0;
        BigDecimal wageBase = capped ? cap : monthlyWage;
        if (capped) {
            months = months.min(BigDecimal.valueOf(CAPPED_YEARS));
        }
        return new Severance(service.getYears(), remainder, months.setScale(1, RoundingMode.UNNECESSARY),
                wageBase.setScale(2, RoundingMode.HALF_UP), capped,
                months.multiply(wageBase).setScale(2, RoundingMode.HALF_UP));
    }
}
