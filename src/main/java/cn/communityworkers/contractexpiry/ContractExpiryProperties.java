package cn.communityworkers.contractexpiry;

import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Local figures of the contract expiry, each a whole number of days (a value otherwise stops the application at
 * start-up, naming the property).
 *
 * @param lead   how long before a fixed-term contract ends the daily check opens its decision (default 60 days), so
 *               that the street can decide, ask the worker and give notice before the end
 * @param notice the written notice the street gives a worker whose contract it does not renew (default 30 days, a
 *               local rule: the Labour Contract Law sets none for an expiry); a notice served later moves the end to
 *               the day the notice runs out
 */
@ConfigurationProperties("workforce.contract-expiry")
public record ContractExpiryProperties(@DefaultValue("P60D") Period lead, @DefaultValue("P30D") Period notice) {

    public ContractExpiryProperties {
        requireDays("workforce.contract-expiry.lead", lead);
        requireDays("workforce.contract-expiry.notice", notice);
    }

    private static void requireDays(String property, Period period) {
        if (period.getYears() != 0 || period.getMonths() != 0 || period.getDays() < 1) {
            throw new IllegalArgumentException(property + " = " + period + ":须为正整数天数,例如 P30D");
        }
    }
}
