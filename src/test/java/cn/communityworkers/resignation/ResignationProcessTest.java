package cn.communityworkers.resignation;

import static cn.communityworkers.resignation.ResignationProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.communityworkers.organisation.UnitGroups;
import cn.communityworkers.support.CauseBackfill;
import cn.communityworkers.support.ProcessTest;
import cn.communityworkers.support.TestRegistry;
import cn.communityworkers.support.TestUnits;
import cn.communityworkers.system.WorkflowProperties;
import cn.communityworkers.workforce.LeavingCause;
import cn.communityworkers.workforce.Role;
import cn.communityworkers.workforce.Worker;
import cn.communityworkers.workforce.WorkerStatus;

/** Every path through {@code resignation.bpmn}, on the engine, with the registry behind it. */
@ProcessTest
class ResignationProcessTest {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired ManagementService managementService;
    @Autowired HistoryService historyService;
    @Autowired TestRegistry registry;
    @Autowired JdbcClient jdbc;
    @Autowired WorkflowProperties workflow;

    TestUnits units;
    String worker;
    LocalDate today = LocalDate.now(CHINA);
    LocalDate received = today.minusDays(2);

    @BeforeEach
    void setUp() {
        AbstractAssertions.init(engine);
        units = registry.county(100_000);
        worker = registry.worker(units, Role.STAFF, WorkerStatus.ACTIVE);
    }

    Map<String, Object> notice(String workerId, LocalDate noticeReceivedOn, LocalDate lastWorkingDay) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(WORKER_ID.name(), workerId);
        variables.put(NOTICE_RECEIVED_ON.name(), noticeReceivedOn.toString());
        variables.put(LAST_WORKING_DAY.name(), lastWorkingDay.toString());
        variables.put(REASON.name(), "个人原因,回原籍工作");
        return variables;
    }

    ProcessInstance start(LocalDate lastWorkingDay) {
        return runtimeService.startProcessInstanceByKey(KEY, notice(worker, received, lastWorkingDay));
    }

    ProcessInstance registered() {
        return start(received.plusDays(30));
    }

    Task task(ProcessInstance instance, String taskId) {
        return taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(taskId).singleResult();
    }

    List<String> candidateGroups(ProcessInstance instance, String taskId) {
        return taskService.getIdentityLinksForTask(task(instance, taskId).getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType())).map(IdentityLink::getGroupId).toList();
    }

    Job job(ProcessInstance instance, String activityId) {
        return managementService.createJobQuery().processInstanceId(instance.getId()).activityId(activityId).singleResult();
    }

    Worker registered(String workerId) {
        return registry.workers().find(workerId).orElseThrow();
    }

    void handOver(ProcessInstance instance) {
        taskService.complete(task(instance, TASK_HANDOVER).getId(), Map.of(HANDOVER_NOTE.name(), "经手的低保台账已交给任雪"));
    }

    void confirm(ProcessInstance instance, boolean withdrawn, String note) {
        Map<String, Object> answer = new HashMap<>();
        answer.put(WITHDRAWN.name(), withdrawn);
        answer.put(WITHDRAWAL_NOTE.name(), note);
        taskService.complete(task(instance, TASK_CONFIRM_OR_WITHDRAW).getId(), answer);
    }

    /**
     * The STATUS and CONTRACT_END changes this process made: attribute, new value, effective date, reason, details,
     * cause.
     */
    List<String> changesBy(ProcessInstance instance) {
        return jdbc.sql("""
                select attribute, new_value, effective_date, reason, details, cause from worker_change
                 where worker_id = :w and process_instance_id = :p order by attribute""")
                .param("w", worker).param("p", instance.getId())
                .query((rs, row) -> rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getObject(3, LocalDate.class)
                        + "|" + rs.getString(4) + "|" + rs.getString(5) + "|" + rs.getString(6))
                .list();
    }

    /** A refused notice starts nothing: no instance, no recorded case; the refusal names the field. */
    FormFieldValidationException refused(Map<String, Object> notice, String field) {
        long instances = historyService.createHistoricProcessInstanceQuery().processDefinitionKey(KEY).count();
        long cases = jdbc.sql("select count(*) from process_case").query(Long.class).single();
        FormFieldValidationException refusal = org.junit.jupiter.api.Assertions.assertThrows(
                FormFieldValidationException.class, () -> runtimeService.startProcessInstanceByKey(KEY, notice));
        assertThat((Object) refusal.getDetail()).isEqualTo(field);
        assertThat(refusal.getMessage()).contains("(" + field + ")");
        assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey(KEY).count()).isEqualTo(instances);
        assertThat(jdbc.sql("select count(*) from process_case").query(Long.class).single()).isEqualTo(cases);
        return refusal;
    }

    @Test
    void aNoticeIsRoutedToTheWorkersCommunityAndStreetAndTheContractEndsWhenTheTimerFires() {
        LocalDate lastDay = received.plusDays(30);
        ProcessInstance instance = start(lastDay);

        assertThat(instance.getBusinessKey()).isEqualTo("R-" + worker + "-" + received);
        assertThat(instance).isWaitingAt(TASK_HANDOVER, TASK_CONFIRM_OR_WITHDRAW);
        assertThat(candidateGroups(instance, TASK_HANDOVER)).containsExactly(UnitGroups.communityParty(units.community()));
        assertThat(candidateGroups(instance, TASK_CONFIRM_OR_WITHDRAW)).containsExactly(UnitGroups.streetHr(units.street()));
        for (String taskId : List.of(TASK_HANDOVER, TASK_CONFIRM_OR_WITHDRAW)) {
            Task task = task(instance, taskId);
            Duration period = workflow.approvalPeriod();
            assertThat(Duration.between(task.getCreateTime().toInstant(), task.getDueDate().toInstant())).as(taskId)
                    .isBetween(period.minusSeconds(1), period.plusSeconds(1));
        }
        assertThat(runtimeService.getVariable(instance.getId(), "workerName")).isEqualTo(registered(worker).getName());
        assertThat(runtimeService.getVariable(instance.getId(), "communityName")).isEqualTo("测试社区");
        assertThat(job(instance, TIMER_NOTICE_RUNS_OUT).getDuedate().toInstant().toString())
                .isEqualTo(lastDay + "T16:00:00Z");

        handOver(instance);
        confirm(instance, false, null);
        assertThat(instance).isWaitingAt(TIMER_CONTRACT_ENDS);
        assertThat(registered(worker).getStatus()).as("in the headcount until the timer fires").isEqualTo(WorkerStatus.ACTIVE);
        Job timer = job(instance, TIMER_CONTRACT_ENDS);
        assertThat(timer.getDuedate().toInstant().toString()).isEqualTo(lastDay + "T16:00:00Z");

        managementService.executeJob(timer.getId());

        assertThat(instance).isEnded().hasPassed(TASK_END_CONTRACT, END_WORKER_LEFT).hasNotPassed(END_WITHDRAWN);
        Worker left = registered(worker);
        assertThat(left.getStatus()).isEqualTo(WorkerStatus.TERMINATED);
        assertThat(WorkerStatus.IN_HEADCOUNT).doesNotContain(left.getStatus());
        assertThat(left.getContractEnd()).isEqualTo(lastDay);
        assertThat(changesBy(instance)).hasSize(2).allSatisfy(change -> assertThat(change)
                .contains("|" + lastDay + "|", "《劳动合同法》第三十七条", "书面辞职通知于" + received + "收到,提前30日",
                        "个人原因,回原籍工作"));
        assertThat(changesBy(instance).get(1)).startsWith("STATUS|TERMINATED|").endsWith("|RESIGNATION");
        assertThat(changesBy(instance).get(0)).as("the cause is the STATUS change's").endsWith("|null");
        assertThat(CauseBackfill.of(jdbc, worker)).isEqualTo("RESIGNATION");
    }

    @Test
    void unansweredTheContractEndsOnTheDateAndAnUnfinishedHandoverStaysOpen() {
        ProcessInstance instance = registered();

        managementService.executeJob(job(instance, TIMER_NOTICE_RUNS_OUT).getId());

        assertThat(registered(worker).getStatus()).isEqualTo(WorkerStatus.TERMINATED);
        assertThat(instance).isWaitingAt(TASK_HANDOVER).hasPassed(TIMER_NOTICE_RUNS_OUT, TASK_END_CONTRACT)
                .hasNotPassed(TIMER_CONTRACT_ENDS);
        assertThat(task(instance, TASK_CONFIRM_OR_WITHDRAW)).as("no withdrawal after the end").isNull();
        handOver(instance);
        assertThat(instance).isEnded().hasPassed(END_WORKER_LEFT);
    }

    @Test
    void aWorkerWhoLeftByAnotherCaseBeforeTheDateIsLeftAsTheyAreAndTheCaseSaysSo() {
        ProcessInstance instance = registered();
        confirm(instance, false, null);
        registry.changes().endContract(worker, today, LeavingCause.DISMISSAL, "用人单位解除劳动合同(另一案件)", null,
                "another-case");

        managementService.executeJob(job(instance, TIMER_CONTRACT_ENDS).getId());
        handOver(instance);

        assertThat(instance).isEnded().hasPassed(BOUNDARY_WORKER_ALREADY_LEFT, END_WORKER_LEFT);
        assertThat(changesBy(instance)).isEmpty();
        assertThat(registered(worker).getContractEnd()).as("as the other case ended it").isEqualTo(today);
        assertThat((String) historyService.createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
                .variableName(NOT_ENDED_REASON.name()).singleResult().getValue()).contains("已因其他事由离开", "TERMINATED");
    }

    @Test
    void onProbationThreeDaysNoticeIsEnoughAndTwoAreNot() {
        worker = registry.worker(units, Role.STAFF, WorkerStatus.PROBATION);

        FormFieldValidationException tooShort = refused(notice(worker, received, received.plusDays(2)), LAST_WORKING_DAY.name());
        assertThat(tooShort.getMessage()).contains("不能早于" + received.plusDays(3), "试用期内提前3日", "第三十七条");

        ProcessInstance instance = start(received.plusDays(3));
        confirm(instance, false, null);
        managementService.executeJob(job(instance, TIMER_CONTRACT_ENDS).getId());
        handOver(instance);
        assertThat(instance).isEnded().hasPassed(END_WORKER_LEFT);
        assertThat(registered(worker).getStatus()).isEqualTo(WorkerStatus.TERMINATED);
        assertThat(registered(worker).getContractEnd()).isEqualTo(received.plusDays(3));
    }

    @Test
    void lessThanThirtyDaysNoticeIsRefusedNamingTheLastWorkingDay() {
        FormFieldValidationException refusal = refused(notice(worker, received, received.plusDays(29)), LAST_WORKING_DAY.name());
        assertThat(refusal.getMessage()).contains("劳动合同解除日期(最后工作日)", "不能早于" + received.plusDays(30), "提前30日",
                "《劳动合同法》第三十七条");
        assertThat(registered(worker).getStatus()).isEqualTo(WorkerStatus.ACTIVE);
    }

    @Test
    void aNoticeReceivedTomorrowAnIncompleteNoticeAndAnUnknownWorkerAreRefused() {
        assertThat(refused(notice(worker, today.plusDays(1), today.plusDays(40)), NOTICE_RECEIVED_ON.name()).getMessage())
                .contains("不能晚于今天");
        Map<String, Object> incomplete = notice(worker, received, received.plusDays(30));
        incomplete.remove(LAST_WORKING_DAY.name());
        assertThat(refused(incomplete, LAST_WORKING_DAY.name()).getMessage()).contains("必须填写");
        Map<String, Object> wrongDate = notice(worker, received, received.plusDays(30));
        wrongDate.put(NOTICE_RECEIVED_ON.name(), "2027-02-30");
        refused(wrongDate, NOTICE_RECEIVED_ON.name());
        assertThat(refused(notice("nobody", received, received.plusDays(30)), WORKER_ID.name()).getMessage())
                .contains("nobody");
    }

    @ParameterizedTest
    @ValueSource(strings = {"TERMINATED", "PUBLIC_INSTITUTION_STAFF"})
    void aWorkerWhoIsNotInTheHeadcountIsRefused(String status) {
        worker = registry.worker(units, Role.STAFF, WorkerStatus.valueOf(status));
        assertThat(refused(notice(worker, received, received.plusDays(30)), WORKER_ID.name()).getMessage())
                .contains("已不在社区工作者队伍中");
    }

    @Test
    void aSecondResignationWhileOneRunsIsRefusedAndAfterAWithdrawalOneMayBeRegisteredAgain() {
        ProcessInstance first = registered();

        assertThat(refused(notice(worker, today, today.plusDays(40)), WORKER_ID.name()).getMessage())
                .contains("已有正在办理的辞职", first.getBusinessKey());

        confirm(first, true, "本人撤回");
        ProcessInstance second = runtimeService.startProcessInstanceByKey(KEY, notice(worker, today, today.plusDays(40)));
        assertThat(second).isWaitingAt(TASK_HANDOVER, TASK_CONFIRM_OR_WITHDRAW);
    }

    @Test
    void aWithdrawalNeedsANoteAndThenChangesNothingInTheRegistry() {
        ProcessInstance instance = registered();
        handOver(instance);
        String confirmTask = task(instance, TASK_CONFIRM_OR_WITHDRAW).getId();

        assertThatThrownBy(() -> taskService.complete(confirmTask, Map.of(WITHDRAWN.name(), true)))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("撤回辞职时必须填写撤回说明(withdrawalNote)");
        assertThatThrownBy(() -> taskService.complete(confirmTask, Map.of(WITHDRAWAL_NOTE.name(), "撤回")))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("劳动者是否撤回辞职(withdrawn)");
        assertThat(instance).isWaitingAt(TASK_CONFIRM_OR_WITHDRAW);

        confirm(instance, true, "本人于收到通知后第十天书面撤回,街道同意继续履行劳动合同");

        assertThat(instance).isEnded().hasPassed(END_WITHDRAWN).hasNotPassed(TASK_END_CONTRACT, END_WORKER_LEFT);
        assertThat(managementService.createJobQuery().processInstanceId(instance.getId()).count()).isZero();
        assertThat(registered(worker).getStatus()).isEqualTo(WorkerStatus.ACTIVE);
        assertThat(registered(worker).getContractEnd()).isNull();
        assertThat(changesBy(instance)).isEmpty();
    }

    @Test
    void aWithdrawalBeforeTheHandoverEndsTheHandoverTaskToo() {
        ProcessInstance instance = registered();

        confirm(instance, true, "本人撤回辞职,街道同意");

        assertThat(instance).isEnded().hasPassed(END_WITHDRAWN);
        assertThat(taskService.createTaskQuery().processInstanceId(instance.getId()).count()).isZero();
        assertThat(registered(worker).getStatus()).isEqualTo(WorkerStatus.ACTIVE);
    }

    @Test
    void variablesRewrittenAfterTheStartNeitherRouteTheTasksNorMoveTheDateNorChangeWhatIsRegistered() {
        LocalDate lastDay = received.plusDays(30);
        ProcessInstance instance = start(lastDay);
        TestUnits elsewhere = registry.county(100_000);
        String otherWorker = registry.worker(elsewhere, Role.STAFF, WorkerStatus.ACTIVE);
        Map<String, Object> forged = new HashMap<>(notice(otherWorker, today, today));
        forged.put("communityCode", elsewhere.community());
        forged.put("streetCode", elsewhere.street());
        forged.put("countyCode", elsewhere.county());
        runtimeService.setVariables(instance.getId(), forged);

        confirm(instance, false, null);
        assertThat(job(instance, TIMER_CONTRACT_ENDS).getDuedate().toInstant().toString()).isEqualTo(lastDay + "T16:00:00Z");
        runtimeService.setVariables(instance.getId(), forged);
        managementService.executeJob(job(instance, TIMER_CONTRACT_ENDS).getId());
        assertThat(candidateGroups(instance, TASK_HANDOVER)).containsExactly(UnitGroups.communityParty(units.community()));
        handOver(instance);

        assertThat(registered(worker).getStatus()).isEqualTo(WorkerStatus.TERMINATED);
        assertThat(registered(worker).getContractEnd()).isEqualTo(lastDay);
        assertThat(registered(otherWorker).getStatus()).isEqualTo(WorkerStatus.ACTIVE);
    }

    @Test
    void theNoticeInTheLawIsThirtyDaysAndThreeInProbation() {
        assertThat(cn.communityworkers.workforce.LabourContractLaw.earliestResignationEnd(LocalDate.of(2026, 1, 31), false))
                .isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(cn.communityworkers.workforce.LabourContractLaw.earliestResignationEnd(LocalDate.of(2026, 1, 31), true))
                .isEqualTo(LocalDate.of(2026, 2, 3));
    }
}
