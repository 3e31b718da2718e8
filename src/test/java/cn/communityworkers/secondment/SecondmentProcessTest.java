package cn.communityworkers.secondment;

import static cn.communityworkers.secondment.SecondmentProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
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
import org.camunda.bpm.engine.task.Comment;
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
import cn.communityworkers.organisation.UnitRole;
import cn.communityworkers.support.ProcessTest;
import cn.communityworkers.system.Case;
import cn.communityworkers.system.Cases;
import cn.communityworkers.system.ClockConfiguration;
import cn.communityworkers.system.OverdueTasks;
import cn.communityworkers.system.Violation;
import cn.communityworkers.system.WorkflowProperties;
import cn.communityworkers.support.TestRegistry;
import cn.communityworkers.support.TestUnits;
import cn.communityworkers.workforce.Role;
import cn.communityworkers.workforce.WorkerStatus;
import cn.communityworkers.workforce.WorkerView;

/** Every path through {@code secondment.bpmn}, on the engine, with the registry behind it. */
@ProcessTest
class SecondmentProcessTest {

    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired ManagementService managementService;
    @Autowired HistoryService historyService;
    @Autowired TestRegistry registry;
    @Autowired SecondmentService secondments;
    @Autowired SecondmentApprover secondmentApprover;
    @Autowired Cases cases;
    @Autowired JdbcClient jdbc;
    @Autowired OverdueTasks overdueTasks;
    @Autowired WorkflowProperties workflow;

    TestUnits units;
    String worker;
    LocalDate start = LocalDate.now(ClockConfiguration.CHINA).plusDays(10);

    @BeforeEach
    void setUp() {
        AbstractAssertions.init(engine);
        units = registry.county(100_000);
        worker = registry.worker(units, Role.STAFF, WorkerStatus.ACTIVE);
    }

    Map<String, Object> request(String workerId, String level, LocalDate from, LocalDate to) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(WORKER_ID.name(), workerId);
        variables.put(BORROWING_ORGANIZATION.name(), "某街道综合执法队");
        variables.put(BORROWING_ORG_LEVEL.name(), level);
        variables.put(BORROWING_ORG_TYPE.name(), "PARTY_GOVERNMENT_ORGAN");
        variables.put(START_DATE.name(), from.toString());
        variables.put(END_DATE.name(), to.toString());
        variables.put(PURPOSE.name(), "防汛专项工作");
        return variables;
    }

    ProcessInstance start(String level, LocalDate to) {
        return runtimeService.startProcessInstanceByKey(KEY, request(worker, level, start, to));
    }

    ProcessInstance startAllowed() {
        return start("STREET", start.plusMonths(3));
    }

    Task task(ProcessInstance instance, String taskId) {
        return taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(taskId).singleResult();
    }

    void answer(ProcessInstance instance, SecondmentProcess.ApprovalLevel level, boolean yes, String opinion) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(level.answer().name(), yes);
        variables.put(level.opinion().name(), opinion);
        taskService.complete(task(instance, level.taskId()).getId(), variables);
    }

    ProcessInstance approvedSecondment() {
        ProcessInstance instance = startAllowed();
        answer(instance, ApprovalLevel.COMMUNITY, true, "同意");
        answer(instance, ApprovalLevel.STREET, true, null);
        answer(instance, ApprovalLevel.COUNTY, true, "准予借调");
        return instance;
    }

    List<String> candidateGroups(ProcessInstance instance, String taskId) {
        return taskService.getIdentityLinksForTask(task(instance, taskId).getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType())).map(IdentityLink::getGroupId).toList();
    }

    WorkerStatus status(String workerId) {
        return registry.workers().find(workerId).orElseThrow().getStatus();
    }

    Job job(ProcessInstance instance, String activityId) {
        return managementService.createJobQuery().processInstanceId(instance.getId()).activityId(activityId).singleResult();
    }

    /** A refused request starts nothing: no instance, no recorded case; the refusal names the field and the rule. */
    Violation refused(String level, LocalDate to) {
        long instances = historyService.createHistoricProcessInstanceQuery().processDefinitionKey(KEY).count();
        long cases = jdbc.sql("select count(*) from process_case").query(Long.class).single();
        FormFieldValidationException refusal = org.junit.jupiter.api.Assertions.assertThrows(
                FormFieldValidationException.class, () -> start(level, to));
        assertThat(refusal.getMessage()).startsWith("不予受理:");
        assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey(KEY).count()).isEqualTo(instances);
        assertThat(jdbc.sql("select count(*) from process_case").query(Long.class).single()).isEqualTo(cases);
        Violation violation = refusal.getDetail();
        assertThat(violation.message()).isEqualTo(refusal.getMessage());
        return violation;
    }

    @ParameterizedTest
    @ValueSource(strings = {"COUNTY", "CITY", "PROVINCE", "CENTRAL"})
    void aBorrowerAtCountyLevelOrAboveIsRefusedAtOnceWithoutAskingAnyone(String level) {
        Violation violation = refused(level, start.plusMonths(1));

        assertThat(violation.message()).contains("第17条", "县级以上");
        assertThat(violation.field()).isEqualTo(BORROWING_ORG_LEVEL.name());
        assertThat(violation.rule()).isEqualTo("county-level-or-above");
    }

    @ParameterizedTest
    @ValueSource(strings = {"PROBATION", "SECONDED", "TERMINATED", "PUBLIC_INSTITUTION_STAFF"})
    void aWorkerWhoIsNotAtThePostIsRefused(String status) {
        worker = registry.worker(units, Role.STAFF, WorkerStatus.valueOf(status));
        Violation violation = refused("STREET", start.plusMonths(3));

        assertThat(violation.field()).isEqualTo(WORKER_ID.name());
        if (status.equals("PROBATION")) {
            assertThat(violation.message()).contains("试用期");
            assertThat(violation.rule()).isEqualTo("not-in-probation");
        }
    }

    @Test
    void anEndNotAfterTheStartIsRefused() {
        assertThat(refused("STREET", start).rule()).isEqualTo("end-after-start");
        Violation before = refused("STREET", start.minusDays(1));
        assertThat(before.message()).contains("晚于开始日期");
        assertThat(before.field()).isEqualTo(END_DATE.name());
    }

    @Test
    void sixMonthsPassAndSixMonthsAndADayAreRefused() {
        assertThat(start("STREET", start.plusMonths(6))).isWaitingAt(TASK_GIVE_COMMUNITY_OPINION);

        Violation tooLong = refused("STREET", start.plusMonths(6).plusDays(1));
        assertThat(tooLong.message()).contains("6个月");
        assertThat(tooLong.field()).isEqualTo(END_DATE.name());
        assertThat(tooLong.rule()).isEqualTo("at-most-6-months");
    }

    @Test
    void theRequestIsRoutedToTheWorkersOwnUnitsWithItsBusinessKey() {
        ProcessInstance instance = startAllowed();

        assertThat(instance.getBusinessKey()).isEqualTo("S-" + worker + "-" + start);
        assertThat(instance).isWaitingAt(TASK_GIVE_COMMUNITY_OPINION).task()
                .hasCandidateGroup(UnitGroups.communityParty(units.community()));
        answer(instance, ApprovalLevel.COMMUNITY, true, null);
        assertThat(instance).task().hasCandidateGroup(UnitGroups.streetParty(units.street()));
        answer(instance, ApprovalLevel.STREET, true, null);
        assertThat(instance).task().hasCandidateGroup(UnitGroups.countySocialWork(units.county()));
    }

    @Test
    void variablesRewrittenAfterTheStartNeitherRouteTheApprovalsNorChangeWhatIsRegistered() {
        ProcessInstance instance = startAllowed();
        TestUnits elsewhere = registry.county(100_000);
        String otherWorker = registry.worker(elsewhere, Role.STAFF, WorkerStatus.ACTIVE);
        Map<String, Object> forged = new HashMap<>(request(otherWorker, "CENTRAL", start.minusDays(3), start.plusYears(5)));
        forged.put(BORROWING_ORGANIZATION.name(), "某中央机关");
        forged.put(BORROWING_ORG_TYPE.name(), "OTHER");
        forged.put(PURPOSE.name(), "长期借用");
        forged.put("communityCode", elsewhere.community());
        forged.put("streetCode", elsewhere.street());
        forged.put("countyCode", elsewhere.county());
        forged.put("countyApproverGroup", UnitGroups.communityParty(units.community()));

        runtimeService.setVariables(instance.getId(), forged);
        answer(instance, ApprovalLevel.COMMUNITY, true, null);
        assertThat(candidateGroups(instance, TASK_REVIEW_AT_STREET)).containsExactly(UnitGroups.streetParty(units.street()));
        runtimeService.setVariables(instance.getId(), forged);
        answer(instance, ApprovalLevel.STREET, true, null);
        assertThat(candidateGroups(instance, TASK_APPROVE_AT_COUNTY)).containsExactly(UnitGroups.countySocialWork(units.county()));
        runtimeService.setVariables(instance.getId(), forged);
        answer(instance, ApprovalLevel.COUNTY, true, null);

        assertThat(status(worker)).isEqualTo(WorkerStatus.SECONDED);
        assertThat(status(otherWorker)).isEqualTo(WorkerStatus.ACTIVE);
        WorkerView.CurrentSecondment registered = new CurrentSecondmentsProbe().of(worker);
        assertThat(registered).extracting(WorkerView.CurrentSecondment::borrowingOrganization,
                WorkerView.CurrentSecondment::borrowingOrgLevel, WorkerView.CurrentSecondment::borrowingOrgType,
                WorkerView.CurrentSecondment::startDate, WorkerView.CurrentSecondment::endDate,
                WorkerView.CurrentSecondment::purpose)
                .containsExactly("某街道综合执法队", "STREET", "PARTY_GOVERNMENT_ORGAN", start, start.plusMonths(3), "防汛专项工作");
    }

    @Test
    void aSecondmentStartedBeforeCasesWereRecordedIsRoutedAndRegisteredFromTheFirstValuesInItsHistory() {
        // As such a secondment's first step left it: its units as variables, no case, started before any case was.
        Map<String, Object> asStarted = request(worker, "STREET", start, start.plusMonths(3));
        asStarted.put("communityCode", units.community());
        asStarted.put("streetCode", units.street());
        asStarted.put("countyCode", units.county());
        ProcessInstance instance = runtimeService.startProcessInstanceByKey(KEY, asStarted);
        jdbc.sql("delete from process_case where process_instance_id = :id").param("id", instance.getId()).update();
        jdbc.sql("update act_hi_procinst set start_time_ = :long_ago where proc_inst_id_ = :id")
                .param("long_ago", java.sql.Timestamp.valueOf("2020-01-01 00:00:00")).param("id", instance.getId()).update();
        TestUnits elsewhere = registry.county(100_000);
        String otherWorker = registry.worker(elsewhere, Role.STAFF, WorkerStatus.ACTIVE);
        Map<String, Object> forged = new HashMap<>(request(otherWorker, "CENTRAL", start, start.plusYears(5)));
        forged.put("streetCode", elsewhere.street());
        forged.put("countyCode", elsewhere.county());
        runtimeService.setVariables(instance.getId(), forged);

        answer(instance, ApprovalLevel.COMMUNITY, true, null);
        assertThat(candidateGroups(instance, TASK_REVIEW_AT_STREET)).containsExactly(UnitGroups.streetParty(units.street()));
        answer(instance, ApprovalLevel.STREET, true, null);
        assertThat(candidateGroups(instance, TASK_APPROVE_AT_COUNTY)).containsExactly(UnitGroups.countySocialWork(units.county()));
        answer(instance, ApprovalLevel.COUNTY, true, null);

        assertThat(status(worker)).isEqualTo(WorkerStatus.SECONDED);
        assertThat(status(otherWorker)).isEqualTo(WorkerStatus.ACTIVE);
        assertThat(new CurrentSecondmentsProbe().of(worker).endDate()).isEqualTo(start.plusMonths(3));
        Case recorded = cases.of(instance.getId());
        assertThat(recorded.fromHistory()).isTrue();
        assertThat(recorded).extracting(Case::processKey, Case::workerId, Case::streetCode, Case::countyCode)
                .containsExactly(KEY, worker, units.street(), units.county());
    }

    @Test
    void aSecondmentWhoseCaseIsMissingIsRoutedNowhere() {
        ProcessInstance instance = startAllowed();
        jdbc.sql("delete from process_case where process_instance_id = :id").param("id", instance.getId()).update();
        String community = task(instance, TASK_GIVE_COMMUNITY_OPINION).getId();

        assertThatThrownBy(() -> taskService.complete(community, Map.of("communityAgrees", true)))
                .hasMessageContaining(instance.getId() + " has no recorded case");
        assertThat(instance).isWaitingAt(TASK_GIVE_COMMUNITY_OPINION);
    }

    @Test
    void eachApprovalTaskIsDueAfterTheConfiguredPeriodWhateverTheVariablesSay() {
        ProcessInstance instance = startAllowed();
        assertDueAfterTheApprovalPeriod(task(instance, TASK_GIVE_COMMUNITY_OPINION));
        // The variable the reminder timers of earlier versions read, forged: due dates no longer depend on it.
        runtimeService.setVariable(instance.getId(), "approvalPeriod", "PT1M");

        answer(instance, ApprovalLevel.COMMUNITY, true, null);
        assertDueAfterTheApprovalPeriod(task(instance, TASK_REVIEW_AT_STREET));
        answer(instance, ApprovalLevel.STREET, true, null);
        assertDueAfterTheApprovalPeriod(task(instance, TASK_APPROVE_AT_COUNTY));
    }

    void assertDueAfterTheApprovalPeriod(Task task) {
        Duration period = workflow.approvalPeriod();
        assertThat(Duration.between(task.getCreateTime().toInstant(), task.getDueDate().toInstant())).as(task.getName())
                .isBetween(period.minusSeconds(1), period.plusSeconds(1));
    }

    @Test
    void approvedTheWorkerIsSecondedAndComesBackWhenTheTimerFires() {
        ProcessInstance instance = approvedSecondment();

        assertThat(instance).isWaitingAt("Gateway_WaitForReturn");
        assertThat(status(worker)).isEqualTo(WorkerStatus.SECONDED);
        WorkerView.CurrentSecondment current = new CurrentSecondmentsProbe().of(worker);
        assertThat(current.borrowingOrganization()).isEqualTo("某街道综合执法队");
        assertThat(current.endDate()).isEqualTo(start.plusMonths(3));
        assertThat(current.processInstanceId()).isEqualTo(instance.getId());
        assertThat(secondments.ledger(units.county(), "ACTIVE")).extracting(SecondmentService.LedgerEntry::workerId)
                .containsExactly(worker);
        Job timer = job(instance, TIMER_SECONDMENT_ENDS);
        assertThat(timer.getDuedate().toInstant().toString()).startsWith(start.plusMonths(3).minusDays(1) + "T16:00");

        managementService.executeJob(timer.getId());
        assertThat(instance).isWaitingAt(TASK_CONFIRM_RETURN).task()
                .hasCandidateGroup(UnitGroups.streetHr(units.street()));
        taskService.complete(task(instance, TASK_CONFIRM_RETURN).getId(), Map.of(RETURN_NOTE.name(), "已返岗"));

        assertThat(instance).isEnded().hasPassed(TASK_END_SECONDMENT, END_WORKER_RETURNED);
        assertThat(status(worker)).isEqualTo(WorkerStatus.ACTIVE);
        assertThat(secondments.ledger(units.county(), "ACTIVE")).isEmpty();
        assertThat(secondments.ledger(units.county(), "ENDED")).extracting(SecondmentService.LedgerEntry::returnedOn)
                .containsExactly(LocalDate.now(ClockConfiguration.CHINA));
    }

    @Test
    void aMessageBringsTheWorkerBackEarlyThroughTheSameTask() {
        ProcessInstance instance = approvedSecondment();

        runtimeService.createMessageCorrelation(MESSAGE_ENDED_EARLY)
                .processInstanceBusinessKey("S-" + worker + "-" + start).correlate();
        assertThat(instance).isWaitingAt(TASK_CONFIRM_RETURN).hasPassed(MESSAGE_EVENT_ENDED_EARLY);
        assertThat(job(instance, TIMER_SECONDMENT_ENDS)).isNull();
        taskService.complete(task(instance, TASK_CONFIRM_RETURN).getId(), Map.of(RETURNED_ON.name(), LocalDate.now(ClockConfiguration.CHINA).minusDays(1).toString()));

        assertThat(instance).isEnded().hasPassed(END_WORKER_RETURNED);
        assertThat(status(worker)).isEqualTo(WorkerStatus.ACTIVE);
    }

    @Test
    void aReturnDateInTheFutureIsRefused() {
        ProcessInstance instance = approvedSecondment();
        runtimeService.createMessageCorrelation(MESSAGE_ENDED_EARLY).processInstanceBusinessKey(instance.getBusinessKey()).correlate();
        String confirm = task(instance, TASK_CONFIRM_RETURN).getId();
        assertThatThrownBy(() -> taskService.complete(confirm, Map.of(RETURNED_ON.name(), "2999-01-01")))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("返岗日期");
        assertThat(instance).isWaitingAt(TASK_CONFIRM_RETURN);
        assertThat(status(worker)).isEqualTo(WorkerStatus.SECONDED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"COMMUNITY", "STREET", "COUNTY"})
    void aRequestWaitingForAnAnswerCanBeCancelled(String waitingLevel) {
        ProcessInstance instance = startAllowed();
        for (ApprovalLevel level : ApprovalLevel.values()) {
            if (level.name().equals(waitingLevel)) {
                break;
            }
            answer(instance, level, true, null);
        }
        assertThat(instance).isWaitingAt(ApprovalLevel.valueOf(waitingLevel).taskId());

        runtimeService.deleteProcessInstance(instance.getId(), "申请已撤回");

        assertThat(instance).isEnded();
        assertThat(status(worker)).isEqualTo(WorkerStatus.ACTIVE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"COMMUNITY", "STREET", "COUNTY"})
    void aNoAtAnyLevelEndsTheRequestWithItsLevelAndOpinion(String rejectingLevel) {
        ProcessInstance instance = startAllowed();
        for (ApprovalLevel level : ApprovalLevel.values()) {
            boolean rejects = level.name().equals(rejectingLevel);
            answer(instance, level, !rejects, rejects ? "工作任务重,不宜借调" : null);
            if (rejects) {
                break;
            }
        }
        assertThat(instance).isEnded().hasPassed(END_REJECTED).hasNotPassed(TASK_RECORD_SECONDMENT);
        assertThat(historicVariable(instance, REJECTED_AT.name())).isEqualTo(rejectingLevel);
        assertThat(historicVariable(instance, REJECTION_OPINION.name())).isEqualTo("工作任务重,不宜借调");
        assertThat(status(worker)).isEqualTo(WorkerStatus.ACTIVE);
    }

    @Test
    void aNoWithoutAnOpinionIsRefusedWithAReadableMessage() {
        ProcessInstance instance = startAllowed();
        String taskId = task(instance, TASK_GIVE_COMMUNITY_OPINION).getId();

        assertThatThrownBy(() -> taskService.complete(taskId, Map.of("communityAgrees", false, "communityOpinion", "  ")))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("必须填写意见");
        assertThatThrownBy(() -> taskService.complete(taskId, Map.of("communityOpinion", "随便")))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("是否同意");
        assertThat(instance).isWaitingAt(TASK_GIVE_COMMUNITY_OPINION);
    }

    @Test
    void anOverdueApprovalIsMarkedOnceAndTheEscalationStaysInHistory() {
        ProcessInstance instance = startAllowed();
        Task task = task(instance, TASK_GIVE_COMMUNITY_OPINION);
        Instant due = task.getDueDate().toInstant();

        overdueTasks.markOverdueAt(due.minusSeconds(1));
        assertThat(task(instance, TASK_GIVE_COMMUNITY_OPINION).getPriority()).as("not due yet").isEqualTo(task.getPriority())
                .isLessThan(OverdueTasks.OVERDUE_PRIORITY);
        overdueTasks.markOverdueAt(due.plusSeconds(1));
        // A sweep that comes later (another node's, or after a restart) leaves a marked task alone.
        overdueTasks.markOverdueAt(due.plus(Duration.ofDays(3)));

        assertThat(task(instance, TASK_GIVE_COMMUNITY_OPINION).getPriority()).isEqualTo(OverdueTasks.OVERDUE_PRIORITY);
        assertThat(taskService.getVariableLocal(task.getId(), OverdueTasks.OVERDUE)).isEqualTo(true);
        assertThat(taskService.getTaskComments(task.getId())).extracting(Comment::getFullMessage)
                .containsExactly("已超过办理期限,系统已催办。");
        answer(instance, ApprovalLevel.COMMUNITY, true, null);
        assertThat(instance).isWaitingAt(TASK_REVIEW_AT_STREET);
        assertThat(task(instance, TASK_REVIEW_AT_STREET).getPriority()).isLessThan(OverdueTasks.OVERDUE_PRIORITY);
        assertThat(historyService.createHistoricTaskInstanceQuery().taskId(task.getId()).singleResult().getPriority())
                .isEqualTo(OverdueTasks.OVERDUE_PRIORITY);
        assertThat(historyService.createHistoricVariableInstanceQuery().taskIdIn(task.getId())
                .variableName(OverdueTasks.OVERDUE).singleResult().getValue()).isEqualTo(true);
        assertThat(taskService.getTaskComments(task.getId())).hasSize(1);
    }

    @Test
    void twoRequestsForOneWorkerCannotBothBeApproved() {
        ProcessInstance first = startAllowed();
        start = start.plusDays(1);
        ProcessInstance second = startAllowed();
        for (ProcessInstance instance : List.of(first, second)) {
            answer(instance, ApprovalLevel.COMMUNITY, true, null);
            answer(instance, ApprovalLevel.STREET, true, null);
        }
        answer(first, ApprovalLevel.COUNTY, true, null);
        answer(second, ApprovalLevel.COUNTY, true, null);

        assertThat(first).isWaitingAt("Gateway_WaitForReturn");
        assertThat(second).isEnded().hasPassed("BoundaryEvent_WorkerUnavailable", END_REFUSED);
        assertThat((String) historicVariable(second, REJECTION_REASON.name())).contains("不在岗");
        assertThat(secondments.ledger(units.county(), "ACTIVE")).hasSize(1);
    }

    @Test
    void anIncompleteRequestStartsNothing() {
        long before = runtimeService.createProcessInstanceQuery().processDefinitionKey(KEY).count();
        Map<String, Object> missing = request(worker, "STREET", start, start.plusMonths(1));
        missing.remove(WORKER_ID.name());
        missing.put(END_DATE.name(), "2027-02-30");
        assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(KEY, missing))
                .isInstanceOf(FormFieldValidationException.class)
                .hasMessageContaining("workerId").hasMessageContaining("endDate");
        assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(KEY, request("nobody", "STREET", start, start.plusMonths(1))))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("nobody");
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(KEY).count()).isEqualTo(before);
    }

    @Test
    void theApprovingBodyIsConfigurable() {
        assertThat(new SecondmentApprover(new SecondmentProperties(SecondmentProperties.ApprovingBody.ORGANIZATION))
                .approver()).isEqualTo(UnitRole.COUNTY_ORGANIZATION);
        assertThat(secondmentApprover.approver()).isEqualTo(UnitRole.COUNTY_SOCIAL_WORK);
    }

    private Object historicVariable(ProcessInstance instance, String name) {
        var variable = historyService.createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
                .variableName(name).singleResult();
        return variable == null ? null : variable.getValue();
    }

    /** Reads the worker's current secondment as the registry shows it. */
    private class CurrentSecondmentsProbe {
        WorkerView.CurrentSecondment of(String workerId) {
            return currentSecondments.currentSecondment(workerId).orElseThrow();
        }
    }

    @Autowired CurrentSecondments currentSecondments;
}
