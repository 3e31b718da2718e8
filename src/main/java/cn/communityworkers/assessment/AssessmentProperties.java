package cn.communityworkers.assessment;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param batchSize     how many assessments one job of a campaign starts (one transaction each)
 * @param noticePeriod  how long confirmed ratings are on public notice
 * @param satisfactionDeadline how long after an assessment starts the survey's satisfaction score may arrive
 *                             before the street enters it itself
 * @param excellentQuotaPercent the share of EXCELLENT ratings (percent of the rated) when a campaign's start leaves it
 *                              out; the default of the campaign's start form
 */
@ConfigurationProperties("assessment")
public record AssessmentProperties(@DefaultValue("50") int batchSize, @DefaultValue("P7D") Duration noticePeriod,
        @DefaultValue("P30D") Duration satisfactionDeadline, @DefaultValue("20") int excellentQuotaPercent) {
}
