package cn.communityworkers.workforce;

import java.time.LocalDate;
import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The local terms of a labour contract, within what the Labour Contract Law allows ({@link LabourContractLaw}); a
 * value outside it stops the application at start-up, naming the property and the article.
 *
 * @param probationMonthsOneToThreeYears   probation of a contract of one year to under three years, months
 *                                         (Art. 19: at most 2)
 * @param probationMonthsThreeYearsOrMore  probation of a contract of three years or more, months (Art. 19: at most 6)
 * @param probationPayPercent              probation pay as a percentage of the post's pay (Art. 20: at least 80)
 */
@ConfigurationProperties("labour-contract")
public record LabourContractProperties(int probationMonthsOneToThreeYears, int probationMonthsThreeYearsOrMore,
        int probationPayPercent) {

    public LabourContractProperties {
        requireProbation("labour-contract.probation-months-one-to-three-years", probationMonthsOneToThreeYears,
                LabourContractLaw.PROBATION_MAX_MONTHS_ONE_TO_THREE_YEARS, "一年以上不满三年");
        requireProbation("labour-contract.probation-months-three-years-or-more", probationMonthsThreeYearsOrMore,
                LabourContractLaw.PROBATION_MAX_MONTHS_THREE_YEARS_OR_MORE, "三年以上");
        if (probationPayPercent < LabourContractLaw.PROBATION_PAY_MIN_PERCENT || probationPayPercent > 100) {
            throw new IllegalArgumentException("labour-contract.probation-pay-percent = " + probationPayPercent
                    + ":试用期工资须为岗位工资的" + LabourContractLaw.PROBATION_PAY_MIN_PERCENT + "%至100%("
                    + LabourContractLaw.ARTICLE_20 + ":不得低于劳动合同约定工资的百分之八十)");
        }
    }

    /**
     * The probation of a fixed-term contract from {@code start} to {@code end} (inclusive), as configured for its
     * term.
     *
     * @throws IllegalArgumentException for a term under one year, for which no probation is configured
     */
    public Period probationFor(LocalDate start, LocalDate end) {
        return switch (LabourContractLaw.maxProbationMonths(start, end)) {
            case LabourContractLaw.PROBATION_MAX_MONTHS_ONE_TO_THREE_YEARS -> Period.ofMonths(probationMonthsOneToThreeYears);
            case LabourContractLaw.PROBATION_MAX_MONTHS_THREE_YEARS_OR_MORE -> Period.ofMonths(probationMonthsThreeYearsOrMore);
            default -> throw new IllegalArgumentException("no probation is set for a contract from " + start + " to " + end
                    + " (under one year)");
        };
    }

    private static void requireProbation(String property, int months, int legalMaximum, String term) {
        if (months < 1 || months > legalMaximum) {
            throw new IllegalArgumentException(property + " = " + months + ":劳动合同期限" + term + "的,试用期须为1至"
                    + legalMaximum + "个月(" + LabourContractLaw.ARTICLE_19 + "规定的上限为" + legalMaximum
                    + "个月;试用期筛选见《意见》第9条)");
        }
    }
}
