package cn.communityworkers.contractexpiry;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs {@link ContractExpiryCheck} on Spring's scheduler (its one thread, with the overdue sweep and the sealing):
 * {@code workforce.contract-expiry.check-delay} (default 1 minute) after the start, so that a restart catches up at
 * once, then every {@code workforce.contract-expiry.check-interval} (default 24 hours).
 * {@code workforce.contract-expiry.check-enabled=false} turns it off: the tests do, and check themselves at the day
 * they choose.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "workforce.contract-expiry.check-enabled", matchIfMissing = true)
class ContractExpirySchedule {

    private final ContractExpiryCheck check;

    ContractExpirySchedule(ContractExpiryCheck check) {
        this.check = check;
    }

    @Scheduled(initialDelayString = "${workforce.contract-expiry.check-delay:PT1M}",
            fixedDelayString = "${workforce.contract-expiry.check-interval:PT24H}")
    void check() {
        check.openDue();
    }
}
