package cn.communityworkers.contractexpiry;

import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param lead   how long before a fixed-term contract ends the daily check opens its decision (default 60 days), so
 *               that the street can decide, ask the worker and give notice before the end
 * @param notice the written notice the street gives a worker whose contract it does not renew (default 30 days, a
 *               local rule: the Labour Contract Law sets none for an expiry); a notice served later moves the end to
 *               the day the notice runs out
 */
@ConfigurationProperties("workforce.contract-expiry")
public record ContractExpiryProperties(@DefaultValue("P60D") Period lead, @DefaultValue("P30D") Period notice) {
}
