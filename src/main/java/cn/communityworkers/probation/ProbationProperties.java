package cn.communityworkers.probation;

import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param evaluationLead how long before the probation ends the community is asked for its evaluation, so that
 *                       the street can still decide within the probation (default 14 days)
 */
@ConfigurationProperties("probation")
public record ProbationProperties(@DefaultValue("P14D") Period evaluationLead) {
}
