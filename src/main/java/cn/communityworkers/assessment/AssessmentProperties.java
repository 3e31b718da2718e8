package cn.communityworkers.assessment;

import java.time.Duration;
import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param batchSize     how many assessments one job of a campaign starts (one transaction each)
 * @param noticePeriod  how long confirmed ratings are on public notice
 * @param satisfactionDeadline how long after an assessment starts the survey's satisfaction score may arrive
 *                             before the street enters it itself
 * @param excellentQuotaPercent the share of EXCELLENT ratings (percent of the rated) when a campaign's start leaves it
 *                              out; the default of the campaign's start form
 * @param oneExcellentFrom from how many rated workers a street may rate one EXCELLENT even where the percentage gives
 *                         less than one
 * @param followUpPeriod how long after the training or change of post of a worker rated unqualified (Labour
 *                       Contract Law Art. 40(2)) the street assesses again whether the worker is competent
 */
@ConfigurationProperties("assessment")
public record AssessmentProperties(@DefaultValue("50") int batchSize, @DefaultValue("P7D") Duration noticePeriod,
        @DefaultValue("P30D") Duration satisfactionDeadline, @DefaultValue("20") int excellentQuotaPercent,
        @DefaultValue("5") int oneExcellentFrom, @DefaultValue("P3M") Period followUpPeriod) {
}
