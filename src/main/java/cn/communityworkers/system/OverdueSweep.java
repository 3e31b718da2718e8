package cn.communityworkers.system;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs {@link OverdueTasks} on Spring's scheduler every {@code workflow.overdue-sweep-interval} (default 5 minutes).
 * {@code workflow.overdue-sweep-enabled=false} turns it off: the process tests do, and sweep themselves at the
 * time they choose.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "workflow.overdue-sweep-enabled", matchIfMissing = true)
class OverdueSweep {

    private static final Logger LOG = LoggerFactory.getLogger(OverdueSweep.class);

    private final OverdueTasks overdueTasks;
    private final Clock clock;

    OverdueSweep(OverdueTasks overdueTasks, Clock clock) {
        this.overdueTasks = overdueTasks;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${workflow.overdue-sweep-interval:PT5M}",
            initialDelayString = "${workflow.overdue-sweep-interval:PT5M}")
    void sweep() {
        int marked = overdueTasks.markOverdueAt(clock.instant());
        if (marked > 0) {
            LOG.info("marked {} tasks overdue", marked);
        }
    }
}
