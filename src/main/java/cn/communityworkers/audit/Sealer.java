package cn.communityworkers.audit;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Seals ended instances once their history is final: right after the transaction that ended them has committed
 * ({@link SealOnEnd}), and every {@code audit.seal-interval} (default 10 s) for anything still unsealed (an instance
 * whose sealing failed, or one whose node stopped before it sealed it). Both run on the scheduler's thread. Those
 * sweeps read the instances recorded as unsealed; the first sweep of each start reads the whole history's ended
 * instances instead, for any that ended before they were recorded.
 */
@Component
class Sealer {

    private static final Logger LOG = LoggerFactory.getLogger(Sealer.class);

    private final Seals seals;
    private final TaskScheduler scheduler;
    private final AtomicBoolean requested = new AtomicBoolean();
    /** Whether a sweep of the whole history has ended without an error since this node started. */
    private final AtomicBoolean caughtUp = new AtomicBoolean();

    Sealer(Seals seals, TaskScheduler scheduler) {
        this.seals = seals;
        this.scheduler = scheduler;
    }

    @EventListener
    void onEnded(SealOnEnd.InstancesEnded ended) {
        if (requested.compareAndSet(false, true)) {
            try {
                scheduler.schedule(this::sealPending, Instant.now());
            } catch (TaskRejectedException shuttingDown) {
                // The application is stopping: the sweep seals the instance at the next start.
                requested.set(false);
            }
        }
    }

    @Scheduled(fixedDelayString = "${audit.seal-interval:PT10S}", initialDelayString = "${audit.seal-interval:PT10S}")
    void sealPending() {
        requested.set(false);
        try {
            int sealed;
            if (caughtUp.get()) {
                sealed = seals.sealPending();
            } else {
                sealed = seals.sealAllEnded();
                caughtUp.set(true);
            }
            if (sealed > 0) {
                LOG.debug("sealed {} ended process instances", sealed);
            }
        } catch (RuntimeException e) {
            LOG.warn("sealing ended process instances failed, to be retried: {}", e.toString());
        }
    }
}
