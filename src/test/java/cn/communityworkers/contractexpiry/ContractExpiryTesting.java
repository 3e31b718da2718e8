package cn.communityworkers.contractexpiry;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.communityworkers.support.IdCards;
import cn.communityworkers.support.TestRegistry;
import cn.communityworkers.support.TestUnits;
import cn.communityworkers.system.ClockConfiguration;
import cn.communityworkers.workforce.Education;
import cn.communityworkers.workforce.Qualification;
import cn.communityworkers.workforce.Role;
import cn.communityworkers.workforce.WorkerRecord;
import cn.communityworkers.workforce.WorkerStatus;

/** Workers with fixed-term contracts, and the decisions the daily check opened for them, for the process tests. */
@Component
class ContractExpiryTesting {

    final TestRegistry registry;
    final RuntimeService runtimeService;
    final TaskService taskService;
    final JdbcClient jdbc;

    ContractExpiryTesting(TestRegistry registry, RuntimeService runtimeService, TaskService taskService,
            JdbcClient jdbc) {
        this.registry = registry;
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.jdbc = jdbc;
    }

    private static final LocalDate BIRTH_DATE = LocalDate.of(1985, 5, 1);

    static LocalDate today() {
        return LocalDate.now(ClockConfiguration.CHINA);
    }

    /** An ACTIVE staff member of the units, in community work since {@code since}, whose contract ends on {@code end}. */
    String worker(TestUnits units, LocalDate since, LocalDate end) {
        return worker(units, Role.STAFF, since, end);
    }

    String worker(TestUnits units, Role role, LocalDate since, LocalDate end) {
        return registry.workers().register(new WorkerRecord(null, IdCards.of(BIRTH_DATE), "到期" + end.getDayOfMonth(), BIRTH_DATE,
                units.community(), role, Education.BACHELOR, Qualification.NONE, true, WorkerStatus.ACTIVE,
                since, 0, 5, end, null, false, null, true, true, List.of(), List.of())).workerId();
    }

    /** The decisions opened for the worker's contracts. */
    List<ProcessInstance> decisions(String workerId) {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(ContractExpiryProcess.KEY)
                .processInstanceBusinessKeyLike("CE-" + workerId + "-%").list();
    }

    long rows(String workerId) {
        return jdbc.sql("select count(*) from contract_expiry where worker_id = :w").param("w", workerId)
                .query(Long.class).single();
    }

    Task task(ProcessInstance instance, String taskId) {
        return taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(taskId)
                .singleResult();
    }

    void complete(ProcessInstance instance, String taskId, Map<String, Object> answers) {
        taskService.complete(task(instance, taskId).getId(), answers);
    }
}
