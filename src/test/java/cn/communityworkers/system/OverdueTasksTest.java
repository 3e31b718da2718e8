package cn.communityworkers.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Comment;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.communityworkers.support.ProcessTest;

/**
 * The sweep on the engine and database: what it marks, and that two sweeps at once (two nodes of a cluster) mark
 * every task exactly once and neither fails. The tasks are due an hour ago, so that sweeping at the real time marks
 * only them. Each process test shows its own tasks due after the approval period and marked once overdue.
 */
@ProcessTest
class OverdueTasksTest {

    @Autowired TaskService taskService;
    @Autowired OverdueTasks overdueTasks;

    final List<String> created = new ArrayList<>();

    @AfterEach
    void deleteTheTasks() {
        created.forEach(id -> taskService.deleteTask(id, true));
    }

    String task(Instant due, int priority) {
        Task task = taskService.newTask();
        task.setName("测试任务");
        task.setDueDate(due == null ? null : Date.from(due));
        task.setPriority(priority);
        taskService.saveTask(task);
        created.add(task.getId());
        return task.getId();
    }

    Task reread(String id) {
        return taskService.createTaskQuery().taskId(id).singleResult();
    }

    List<String> comments(String id) {
        return taskService.getTaskComments(id).stream().map(Comment::getFullMessage).toList();
    }

    @Test
    void onlyTasksDueBeforeNowAndNotMarkedYetAreMarked() {
        Instant now = Instant.now();
        String overdue = task(now.minus(Duration.ofHours(1)), Task.PRIORITY_NORMAL);
        String dueLater = task(now.plus(Duration.ofMinutes(1)), Task.PRIORITY_NORMAL);
        String noDueDate = task(null, Task.PRIORITY_NORMAL);
        String alreadyUrgent = task(now.minus(Duration.ofHours(1)), OverdueTasks.OVERDUE_PRIORITY);

        overdueTasks.markOverdueAt(now);

        assertThat(reread(overdue).getPriority()).isEqualTo(OverdueTasks.OVERDUE_PRIORITY);
        assertThat(taskService.getVariableLocal(overdue, OverdueTasks.OVERDUE)).isEqualTo(true);
        assertThat(comments(overdue)).containsExactly(OverdueTasks.REMINDER);
        for (String untouched : List.of(dueLater, noDueDate, alreadyUrgent)) {
            assertThat(taskService.getVariableLocal(untouched, OverdueTasks.OVERDUE)).isNull();
            assertThat(comments(untouched)).isEmpty();
        }
        assertThat(reread(dueLater).getPriority()).isEqualTo(Task.PRIORITY_NORMAL);
    }

    @Test
    void twoSweepsAtOnceMarkEveryTaskOnceAndNeitherFails() throws Exception {
        Instant now = Instant.now();
        for (int i = 0; i < 150; i++) {
            task(now.minus(Duration.ofHours(1)), Task.PRIORITY_NORMAL);
        }
        CyclicBarrier together = new CyclicBarrier(2);
        Callable<Integer> sweep = () -> {
            together.await();
            return overdueTasks.markOverdueAt(now);
        };
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            Future<Integer> first = nodes.submit(sweep);
            Future<Integer> second = nodes.submit(sweep);

            assertThat(first.get() + second.get()).isEqualTo(created.size());
        } finally {
            nodes.shutdown();
        }
        for (String id : created) {
            assertThat(comments(id)).as(id).containsExactly(OverdueTasks.REMINDER);
            assertThat(reread(id).getPriority()).isEqualTo(OverdueTasks.OVERDUE_PRIORITY);
        }
        assertThat(overdueTasks.markOverdueAt(now)).as("a later sweep").isZero();
    }
}
