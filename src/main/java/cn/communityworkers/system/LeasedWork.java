package cn.communityworkers.system;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A background thread for work that a lease in the database gives to one node at a time (a verification of the seals,
 * a roster's import): work handed to it while the application stops is left to the lease, which gives it to the next
 * node, or to this one after a restart.
 */
public final class LeasedWork {

    private final ExecutorService thread;

    public LeasedWork(String name) {
        this.thread = Executors.newSingleThreadExecutor(daemons(name));
    }

    /** Threads named {@code name} that do not keep the application from stopping. */
    public static ThreadFactory daemons(String name) {
        return task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    /** Runs {@code work} after the work handed in before; nothing if the application is stopping. */
    public void submit(Runnable work) {
        try {
            thread.submit(work);
        } catch (RejectedExecutionException stopping) {
            // The application is stopping: the lease gives the work to the next node, or to this one after a restart.
        }
    }

    /** {@link #submit}s {@code work} once the current transaction has committed (what it works on is then there). */
    public void submitAfterCommit(Runnable work) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                submit(work);
            }
        });
    }

    /** Whether the application is stopping: work failing now was interrupted, not wrong. */
    public boolean stopping() {
        return thread.isShutdown();
    }

    /** Interrupts the work under way; its lease runs out and the next node takes it over. */
    public void stop() {
        thread.shutdownNow();
    }
}
