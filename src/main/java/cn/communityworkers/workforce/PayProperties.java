package cn.communityworkers.workforce;

import java.math.BigDecimal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param defaultAverageMonthlyWage the local average monthly wage (yuan) used for a county that has not
 *                                  set its own in the registry
 */
@ConfigurationProperties("workforce.pay")
public record PayProperties(BigDecimal defaultAverageMonthlyWage) {
}
