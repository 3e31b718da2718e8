package cn.communityworkers.audit;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code audit.history-time-to-live}: how long the engine keeps the history of every process and decision (default
 * 30 years). It replaces what a model says, for every definition deployed and, at every start, for those already
 * deployed. ({@code audit.seal-interval}, read by {@link Sealer}, is how often ended instances not yet sealed are
 * looked for.)
 */
@ConfigurationProperties("audit")
public record AuditProperties(Duration historyTimeToLive) {

    public AuditProperties {
        historyTimeToLive = historyTimeToLive == null ? Duration.ofDays(10950) : historyTimeToLive;
        if (historyTimeToLive.toDays() < 1) {
            throw new IllegalArgumentException("audit.history-time-to-live must be at least one day");
        }
    }

    public int historyTimeToLiveDays() {
        return Math.toIntExact(historyTimeToLive.toDays());
    }
}
