package cn.communityworkers.system;

import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Marks the open tasks whose due date ({@link Reminders}) has passed as overdue (催办): priority
 * {@value #OVERDUE_PRIORITY}, so that they head the list Tasklist opens first ({@link PlatformSetup}), a task
 * variable {@value #OVERDUE} and a comment, which stay in the task's history. A task whose priority is already
 * {@value #OVERDUE_PRIORITY} or more counts as marked and is left alone.
 * <p>
 * {@link OverdueSweep} runs it every few minutes on each node. The due dates are stored with the tasks, so the first
 * sweep after a restart or an outage marks every task that fell due meanwhile. Each task is marked in a transaction
 * of its own, after reading it again: on a cluster, two nodes that mark the same task at once save it at the same
 * revision, the engine's optimistic locking lets only the first commit, and the other skips the task.
 */
@Component
public class OverdueTasks {

    /** The task variable (local to the task) of a task marked overdue. */
    public static final String OVERDUE = "overdue";
    public static final int OVERDUE_PRIORITY = 90;
    static final String REMINDER = "已超过办理期限,系统已催办。";
    private static final int PAGE = 100;
    private static final Logger LOG = LoggerFactory.getLogger(OverdueTasks.class);

    private final TaskService taskService;
    private final TransactionTemplate transactions;

    OverdueTasks(TaskService taskService, PlatformTransactionManager transactionManager) {
        this.taskService = taskService;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /**
     * Marks every open task due before {@code now} and not marked yet.
     *
     * @return how many tasks this call marked (not those another node marked meanwhile)
     */
    public int markOverdueAt(Instant now) {
        int marked = 0;
        int skipped = 0;
        List<Task> page;
        do {
            // A task marked here or elsewhere, or completed, leaves the query; one skipped stays where it was.
            page = dueAndUnmarked(now).orderByDueDate().asc().orderByTaskId().asc().listPage(skipped, PAGE);
            for (Task task : page) {
                switch (mark(task.getId(), now)) {
                    case MARKED -> marked++;
                    case SKIPPED -> skipped++;
                    case GONE -> { }
                }
            }
        } while (page.size() == PAGE);
        return marked;
    }

    private TaskQuery dueAndUnmarked(Instant now) {
        return taskService.createTaskQuery().dueBefore(Date.from(now)).taskMaxPriority(OVERDUE_PRIORITY - 1);
    }

    private Outcome mark(String taskId, Instant now) {
        try {
            return transactions.execute(status -> {
                Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
                if (task == null || task.getPriority() >= OVERDUE_PRIORITY) {
                    return Outcome.GONE; // completed, or marked by another node, since the query
                }
                task.setPriority(OVERDUE_PRIORITY);
                taskService.saveTask(task);
                taskService.setVariableLocal(taskId, OVERDUE, true);
                taskService.createComment(taskId, task.getProcessInstanceId(), REMINDER);
                return Outcome.MARKED;
            });
        } catch (OptimisticLockingException meanwhile) {
            // Most likely another node has marked it; claimed or completed meanwhile are the other possibilities.
            LOG.debug("task {} changed while being marked overdue", taskId);
            return dueAndUnmarked(now).taskId(taskId).count() == 0 ? Outcome.GONE : Outcome.SKIPPED;
        } catch (RuntimeException e) {
            LOG.warn("marking task {} overdue failed, to be tried again by the next sweep: {}", taskId, e.toString());
            return Outcome.SKIPPED;
        }
    }

    /** What became of one task: marked here; no longer to be marked; or left for the next sweep. */
    private enum Outcome { MARKED, GONE, SKIPPED }
}
