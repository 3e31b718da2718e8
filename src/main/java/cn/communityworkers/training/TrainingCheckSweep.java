package cn.communityworkers.training;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Looks every {@code training.check-sweep-interval} (default an hour; the first look a minute after the start, so a
 * check day missed while the application was down is caught up) whether a county's training check of this year is
 * due, and starts it ({@link TrainingChecks#startDue}). {@code training.check-sweep-enabled=false} turns it off: the
 * tests do, and start the checks themselves at the date they choose.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "training.check-sweep-enabled", matchIfMissing = true)
class TrainingCheckSweep {

    private static final Logger LOG = LoggerFactory.getLogger(TrainingCheckSweep.class);

    private final TrainingChecks checks;

    TrainingCheckSweep(TrainingChecks checks) {
        this.checks = checks;
    }

    @Scheduled(fixedDelayString = "${training.check-sweep-interval:PT1H}", initialDelayString = "PT1M")
    void sweep() {
        List<String> started = checks.startDueToday();
        if (!started.isEmpty()) {
            LOG.info("started {} training check(s)", started.size());
        }
    }
}
