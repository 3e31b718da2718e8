package cn.communityworkers.training;

import static cn.communityworkers.training.TrainingCheckProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.communityworkers.organisation.OrganisationService;
import cn.communityworkers.organisation.UnitGroups;
import cn.communityworkers.support.ProcessTest;
import cn.communityworkers.support.TestRegistry;
import cn.communityworkers.support.TestUnits;
import cn.communityworkers.system.ClockConfiguration;
import cn.communityworkers.system.Refusal;
import cn.communityworkers.workforce.Role;
import cn.communityworkers.workforce.WorkerStatus;

/** Every path through {@code training-check.bpmn}, on the engine, with the registry and the training records behind it. */
@ProcessTest
class TrainingCheckProcessTest {

    static final LocalDate TODAY = LocalDate.now(ClockConfiguration.CHINA);
    static final int YEAR = TODAY.getYear();
    /** The check as started on its default day. */
    static final LocalDate CHECK_DAY = LocalDate.of(YEAR, 11, 1);

    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired HistoryService historyService;
    @Autowired TestRegistry registry;
    @Autowired OrganisationService organisation;
    @Autowired TrainingRecords records;
    @Autowired TrainingChecks checks;
    @Autowired JdbcClient jdbc;

    TestUnits east;
    TestUnits west;

    @BeforeEach
    void setUp() {
        AbstractAssertions.init(engine);
        east = registry.county(100_000);
        west = new TestUnits(east.county(), east.county() + "02", east.county() + "02001");
        organisation.putStreet(west.street(), "第二测试街道", west.county());
        organisation.putCommunity(west.community(), "第二测试社区", west.street());
    }

    String worker(TestUnits units, Role role, LocalDate... trainedOn) {
        String worker = registry.worker(units, role, WorkerStatus.ACTIVE);
        for (LocalDate day : trainedOn) {
            records.record(worker, new TrainingRecords.TrainingRequest("社区治理能力培训" + day, "COUNTY", 16,
                    day.toString()));
        }
        return worker;
    }

    ProcessInstance start() {
        List<String> started = checks.startDue(CHECK_DAY, List.of(east.county()));
        assertThat(started).hasSize(1);
        return runtimeService.createProcessInstanceQuery().processInstanceId(started.get(0)).singleResult();
    }

    List<Task> streetTasks(ProcessInstance instance) {
        return taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(TASK_ARRANGE_TRAINING)
                .list();
    }

    Task streetTask(ProcessInstance instance, TestUnits units) {
        return streetTasks(instance).stream().filter(task -> groups(task).contains(UnitGroups.streetHr(units.street())))
                .findFirst().orElseThrow();
    }

    List<String> groups(Task task) {
        return taskService.getIdentityLinksForTask(task.getId()).stream().map(IdentityLink::getGroupId).toList();
    }

    void arrange(Task task, String plan, LocalDate plannedOn) {
        Map<String, Object> answer = new HashMap<>();
        answer.put(TRAINING_PLAN.name(), plan);
        answer.put(PLANNED_ON.name(), plannedOn == null ? null : plannedOn.toString());
        taskService.complete(task.getId(), answer);
    }

    @Test
    void eachStreetArrangesItsWorkersDueThenTheCountyReviewsTheSummary() {
        String secretaryTrainedLastYear = worker(east, Role.SECRETARY, LocalDate.of(YEAR - 1, 6, 1));
        String staffTrainedTwoYearsAgo = worker(east, Role.STAFF, LocalDate.of(YEAR - 2, 1, 1));
        String staffNeverTrained = worker(east, Role.STAFF);
        String directorTrainedThisYear = worker(west, Role.DIRECTOR, LocalDate.of(YEAR, 1, 1));
        String staffTrainedThreeYearsAgo = worker(west, Role.STAFF, LocalDate.of(YEAR - 3, 12, 31));

        ProcessInstance instance = start();

        assertThat(instance.getBusinessKey()).isEqualTo(businessKey(east.county(), YEAR));
        assertThat(streetTasks(instance)).hasSize(2);
        Task eastTask = streetTask(instance, east);
        Task westTask = streetTask(instance, west);
        assertThat(eastTask.getDueDate()).isNotNull();
        assertThat(taskService.getVariableLocal(eastTask.getId(), DUE_COUNT.name())).isEqualTo(2);
        String eastList = (String) taskService.getVariableLocal(eastTask.getId(), DUE_WORKERS.name());
        assertThat(eastList).contains("社区党组织书记", "最近培训:" + LocalDate.of(YEAR - 1, 6, 1), "最近培训:无")
                .hasLineCount(2).doesNotContain("最近培训:" + LocalDate.of(YEAR - 2, 1, 1));
        assertThat(eastList.lines()).as("by post, the secretary first, whatever the random registry numbers")
                .satisfiesExactly(line -> assertThat(line).startsWith("1. ").contains("社区党组织书记"),
                        line -> assertThat(line).startsWith("2. ").contains("社区专职工作人员"));
        assertThat(taskService.getVariableLocal(westTask.getId(), DUE_COUNT.name())).isEqualTo(1);
        assertThat((String) taskService.getVariableLocal(westTask.getId(), DUE_WORKERS.name()))
                .contains("社区专职工作人员", "最近培训:" + LocalDate.of(YEAR - 3, 12, 31)).hasLineCount(1);
        assertThat(jdbc.sql("select worker_id from process_case_worker where process_instance_id = :id")
                .param("id", instance.getId()).query(String.class).list())
                .containsExactlyInAnyOrder(secretaryTrainedLastYear, staffNeverTrained, staffTrainedThreeYearsAgo)
                .doesNotContain(staffTrainedTwoYearsAgo, directorTrainedThisYear);

        arrange(eastTask, "东片区书记班与专职人员轮训", TODAY.plusDays(10));
        assertThat(instance).isWaitingAt(TASK_ARRANGE_TRAINING);
        assertThat(runtimeService.getVariable(instance.getId(), TRAINING_PLAN.name()))
                .as("each street's answer stays in its branch").isNull();
        arrange(westTask, "西片区专职人员轮训", TODAY.plusDays(20));

        assertThat(instance).isWaitingAt(TASK_REVIEW_SUMMARY);
        Task review = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
        assertThat(groups(review)).containsExactly(UnitGroups.countySocialWork(east.county()));
        assertThat(review.getDueDate()).isNotNull();
        assertThat((String) taskService.getVariableLocal(review.getId(), SUMMARY.name()))
                .contains("测试街道:应培训 2 人;计划 " + TODAY.plusDays(10) + " 培训,经办:系统;", "东片区书记班与专职人员轮训",
                        "第二测试街道:应培训 1 人;计划 " + TODAY.plusDays(20), "西片区专职人员轮训");
        taskService.complete(review.getId(), Map.of(COUNTY_REMARKS.name(), "请按计划组织实施"));

        assertThat(instance).hasPassed(END_CHECK_COMPLETED).isEnded();
        assertThat(checks.arrangements(instance.getId())).containsOnlyKeys(east.street(), west.street());
    }

    @Test
    void aCountyWithNobodyDueEndsWithoutATask() {
        worker(east, Role.SECRETARY, LocalDate.of(YEAR, 1, 1));
        worker(west, Role.STAFF, LocalDate.of(YEAR - 2, 1, 1));

        List<String> started = checks.startDue(CHECK_DAY, List.of(east.county()));

        assertThat(started).hasSize(1);
        assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(started.get(0)).finished()
                .count()).isOne();
        assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(started.get(0))
                .activityId(END_NONE_DUE).count()).isOne();
        assertThat(historyService.createHistoricTaskInstanceQuery().processInstanceId(started.get(0)).count()).isZero();
    }

    @Test
    void onlyTheStreetsWithWorkersDueGetATask() {
        worker(east, Role.STAFF, LocalDate.of(YEAR - 1, 1, 1));
        worker(west, Role.DEPUTY);

        ProcessInstance instance = start();

        assertThat(streetTasks(instance)).singleElement()
                .satisfies(task -> assertThat(groups(task)).containsExactly(UnitGroups.streetHr(west.street())));
    }

    @Test
    void anArrangementNeedsAPlanAndADayNotInThePast() {
        worker(east, Role.SECRETARY);
        ProcessInstance instance = start();
        Task task = streetTask(instance, east);

        assertThatThrownBy(() -> arrange(task, "书记培训班", TODAY.minusDays(1)))
                .isInstanceOf(Refusal.class).hasMessageContaining("计划培训日期").hasMessageContaining("不能早于今天");
        assertThatThrownBy(() -> arrange(task, " ", TODAY.plusDays(1)))
                .isInstanceOf(Refusal.class).hasMessageContaining("培训安排");
        assertThatThrownBy(() -> arrange(task, "书记培训班", null))
                .isInstanceOf(Refusal.class).hasMessageContaining("计划培训日期");
        assertThat(instance).isWaitingAt(TASK_ARRANGE_TRAINING);

        arrange(task, "书记培训班", TODAY);
        assertThat(instance).isWaitingAt(TASK_REVIEW_SUMMARY);
    }

    @Test
    void nobodyButTheSystemStartsACheck() {
        assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(KEY, businessKey(east.county(), YEAR)))
                .isInstanceOf(AuthorizationException.class).hasMessageContaining("只有系统可以启动");
        assertThat(historyService.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(businessKey(east.county(), YEAR)).count()).isZero();
    }

    @Test
    void aBranchRewrittenToAnotherStreetAfterTheStartRecordsNothingForIt() {
        worker(east, Role.SECRETARY);
        ProcessInstance instance = start();
        Task task = streetTask(instance, east);

        runtimeService.setVariableLocal(task.getExecutionId(), "streetCode", west.street());

        assertThatThrownBy(() -> arrange(task, "书记培训班", TODAY)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("is not one recorded");
        assertThat(checks.arrangements(instance.getId())).isEmpty();
        assertThat(groups(streetTask(instance, east))).containsExactly(UnitGroups.streetHr(east.street()));
    }
}
