package cn.communityworkers.audit;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code audit.history-time-to-live}: how long the engine keeps the history of every process and decision (default
 * 30 years). It replaces what a model says, for every definition deployed and, at every start, for those already
 * deployed. {@code audit.unsealed-grace}: how long after its end an instance without a seal is named by verify.
 * {@code audit.seal-retry-interval}: how long after a failed attempt an instance whose trail could not be built is
 * tried again. ({@code audit.seal-interval}, read by {@link Sealer}, is how often ended instances not yet sealed are
 * looked for.)
 */
@ConfigurationProperties("audit")
public record AuditProperties(Duration historyTimeToLive, Duration unsealedGrace, Duration sealRetryInterval) {

    public AuditProperties {
        historyTimeToLive = historyTimeToLive == null ? Duration.ofDays(10950) : historyTimeToLive;
        if (historyTimeToLive.toDays() < 1) {
            throw new IllegalArgumentException("audit.history-time-to-live must be at least one day");
        }
        if (unsealedGrace == null || unsealedGrace.isNegative()) {
            throw new IllegalArgumentException("audit.unsealed-grace must be set, zero or more (e.g. PT5M)");
        }
        if (sealRetryInterval == null || sealRetryInterval.isNegative() || sealRetryInterval.isZero()) {
            throw new IllegalArgumentException("audit.seal-retry-interval must be set and more than zero (e.g. PT1H)");
        }
    }

    public int historyTimeToLiveDays() {
        return Math.toIntExact(historyTimeToLive.toDays());
    }
}
