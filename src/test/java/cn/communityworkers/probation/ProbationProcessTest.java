package cn.communityworkers.probation;

import static cn.communityworkers.probation.ProbationProcess.*;
import static cn.communityworkers.system.CaseVariables.STREET_NAME;
import static cn.communityworkers.system.CaseVariables.COMMUNITY_NAME;
import static cn.communityworkers.system.CaseVariables.WORKER_NAME;
import static cn.communityworkers.system.CaseVariables.WORKER_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Comment;
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
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import cn.communityworkers.system.CaseVariables;
import cn.communityworkers.organisation.UnitGroups;
import cn.communityworkers.support.CauseBackfill;
import cn.communityworkers.support.ProcessTest;
import cn.communityworkers.support.TestRegistry;
import cn.communityworkers.support.TestUnits;
import cn.communityworkers.system.Case;
import cn.communityworkers.system.Cases;
import cn.communityworkers.system.ClockConfiguration;
import cn.communityworkers.system.OverdueTasks;
import cn.communityworkers.system.WorkflowProperties;
import cn.communityworkers.system.Refusal;
import cn.communityworkers.workforce.LeavingCause;
import cn.communityworkers.workforce.Role;
import cn.communityworkers.workforce.WorkerStatus;

/** Every path through {@code probation.bpmn}, on the engine, with the registry behind it. */
@ProcessTest
class ProbationProcessTest {

    static final String ART_39_1 = "《劳动合同法》第三十九条第(一)项:在试用期间被证明不符合录用条件";

    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired ManagementService managementService;
    @Autowired HistoryService historyService;
    @Autowired TestRegistry registry;
    @Autowired JdbcClient jdbc;
    @Autowired Cases cases;
    @Autowired OverdueTasks overdueTasks;
    @Autowired WorkflowProperties workflow;
    @Autowired PlatformTransactionManager transactions;

    TestUnits units;
    LocalDate probationEnd = LocalDate.now(ClockConfiguration.CHINA).plusMonths(3);
    String worker;

    @BeforeEach
    void setUp() {
        AbstractAssertions.init(engine);
        units = registry.county(100_000);
        worker = registry.probationer(units, probationEnd);
    }

    /** As the hiring step starts it: the case prepared for the worker in its units, in one transaction with the start. */
    ProcessInstance start(String workerId, LocalDate end, TestUnits in) {
        return new TransactionTemplate(transactions).execute(status -> ProbationProcess.start(runtimeService, cases,
                workerId, end, new Case.Units(in.county(), in.street(), in.community())));
    }

    ProcessInstance start() {
        return start(worker, probationEnd, units);
    }

    Job job(ProcessInstance instance, String activityId) {
        return managementService.createJobQuery().processInstanceId(instance.getId()).activityId(activityId).singleResult();
    }

    Task task(ProcessInstance instance, String taskId) {
        return taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(taskId).singleResult();
    }

    /** Started, and the evaluation is due: the community's task is open. */
    ProcessInstance evaluating() {
        ProcessInstance instance = start();
        managementService.executeJob(job(instance, TIMER_EVALUATION_DUE).getId());
        return instance;
    }

    void evaluate(ProcessInstance instance, Object rating, String comment) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(PROBATION_RATING.name(), rating);
        variables.put(COMMENT.name(), comment);
        taskService.complete(task(instance, TASK_EVALUATE_PROBATION).getId(), variables);
    }

    /** Evaluated by the community: the street's decision is open. */
    ProcessInstance deciding(String rating) {
        ProcessInstance instance = evaluating();
        evaluate(instance, rating, "导师:工作认真,群众评价好");
        return instance;
    }

    void decide(ProcessInstance instance, Object passed, String reason) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(PROBATION_PASSED.name(), passed);
        variables.put(REASON.name(), reason);
        taskService.complete(task(instance, TASK_DECIDE_PROBATION).getId(), variables);
    }

    List<String> candidateGroups(ProcessInstance instance, String taskId) {
        return taskService.getIdentityLinksForTask(task(instance, taskId).getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType())).map(IdentityLink::getGroupId).toList();
    }

    WorkerStatus status(String workerId) {
        return registry.workers().find(workerId).orElseThrow().getStatus();
    }

    record StatusChange(String oldValue, String newValue, String reason, String processInstanceId) {
    }

    /** The status changes recorded in the change log, oldest first (the first is the registration). */
    List<StatusChange> statusChanges(String workerId) {
        return jdbc.sql("""
                select old_value, new_value, reason, process_instance_id from worker_change
                 where worker_id = :workerId and attribute = 'STATUS' order by id""")
                .param("workerId", workerId).query(StatusChange.class).list();
    }

    StatusChange lastStatusChange(String workerId) {
        List<StatusChange> changes = statusChanges(workerId);
        return changes.get(changes.size() - 1);
    }

    Object historicVariable(ProcessInstance instance, String name) {
        var variable = historyService.createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
                .variableName(name).singleResult();
        return variable == null ? null : variable.getValue();
    }

    @Test
    void theEvaluationIsDueFourteenDaysBeforeTheProbationEnds() {
        ProcessInstance instance = start();

        assertThat(instance).isWaitingAt(TIMER_EVALUATION_DUE).hasPassed(TASK_PREPARE_PROBATION);
        assertThat(instance.getBusinessKey()).isEqualTo(worker);
        Instant midnightInChina = probationEnd.minusDays(14).atStartOfDay(ClockConfiguration.CHINA).toInstant();
        assertThat(job(instance, TIMER_EVALUATION_DUE).getDuedate().toInstant()).isEqualTo(midnightInChina);
        assertThat(job(instance, TIMER_PROBATION_ENDS).getDuedate().toInstant())
                .isEqualTo(probationEnd.atStartOfDay(ClockConfiguration.CHINA).toInstant());
        assertThat(instance).variables()
                .containsEntry(EVALUATION_DUE_AT.name(), probationEnd.minusDays(14) + "T00:00:00+08:00")
                .containsEntry(PROBATION_ENDS_AT.name(), probationEnd + "T00:00:00+08:00")
                .containsEntry(WORKER_NAME.name(), "测试S")
                .containsEntry(COMMUNITY_NAME.name(), "测试社区")
                .containsEntry(STREET_NAME.name(), "测试街道")
                .doesNotContainKeys("communityCode", "streetCode");
        Case recorded = cases.of(instance.getId());
        assertThat(recorded).extracting(Case::processKey, Case::workerId, Case::countyCode, Case::streetCode,
                Case::communityCode).containsExactly(KEY, worker, units.county(), units.street(), units.community());
        assertThat(recorded.request()).containsExactly(entry(WORKER_ID.name(), worker), entry(PROBATION_END.name(), probationEnd.toString()));
        assertThat(taskService.createTaskQuery().processInstanceId(instance.getId()).count()).isZero();
    }

    @Test
    void aProbationShorterThanFourteenDaysIsEvaluatedAtOnce() {
        probationEnd = LocalDate.now(ClockConfiguration.CHINA).plusDays(10);
        worker = registry.probationer(units, probationEnd);
        Instant before = Instant.now().truncatedTo(ChronoUnit.SECONDS);

        ProcessInstance instance = start();

        Instant due = job(instance, TIMER_EVALUATION_DUE).getDuedate().toInstant();
        assertThat(due).isBetween(before, Instant.now());
        assertThat(job(instance, TIMER_PROBATION_ENDS).getDuedate().toInstant())
                .isEqualTo(probationEnd.atStartOfDay(ClockConfiguration.CHINA).toInstant());
    }

    @Test
    void theEvaluationLeadIsConfigurable() {
        Clock clock = Clock.fixed(Instant.parse("2027-01-01T02:00:00Z"), ZoneOffset.UTC);
        ProbationService thirtyDays = new ProbationService(null, null, null, new ProbationProperties(Period.ofDays(30)), clock);
        assertThat(thirtyDays.schedule(LocalDate.of(2027, 3, 31)).evaluationDueAt())
                .hasToString("2027-03-01T00:00+08:00");
        assertThat(thirtyDays.schedule(LocalDate.of(2027, 1, 20)).evaluationDueAt())
                .as("already past: now, in China time").hasToString("2027-01-01T10:00+08:00");
        assertThat(thirtyDays.schedule(LocalDate.of(2027, 1, 20)).probationEndsAt()).hasToString("2027-01-20T00:00+08:00");
    }

    @Test
    void theTasksGoToTheWorkersCommunityAndStreet() {
        ProcessInstance instance = evaluating();

        assertThat(instance).isWaitingAt(TASK_EVALUATE_PROBATION).task()
                .hasCandidateGroup(UnitGroups.communityParty(units.community()));
        assertThat(task(instance, TASK_EVALUATE_PROBATION).getDueDate()).as("due date of the approval period").isNotNull();
        evaluate(instance, "QUALIFIED", null);
        assertThat(instance).isWaitingAt(TASK_DECIDE_PROBATION).task()
                .hasCandidateGroup(UnitGroups.streetParty(units.street()));
        assertThat(task(instance, TASK_DECIDE_PROBATION).getDueDate()).isNotNull();
    }

    @Test
    void bothTasksAreDueAfterTheConfiguredPeriodAndMarkedOnceWhenOverdue() {
        ProcessInstance instance = evaluating();
        assertDueAfterTheApprovalPeriod(task(instance, TASK_EVALUATE_PROBATION));
        // The variable the reminder timers of earlier versions read, forged: due dates no longer depend on it.
        runtimeService.setVariable(instance.getId(), "approvalPeriod", "PT1M");
        evaluate(instance, "QUALIFIED", null);
        Task decision = task(instance, TASK_DECIDE_PROBATION);
        assertDueAfterTheApprovalPeriod(decision);
        Instant due = decision.getDueDate().toInstant();

        overdueTasks.markOverdueAt(due.minusSeconds(1));
        assertThat(taskService.getVariableLocal(decision.getId(), OverdueTasks.OVERDUE)).as("not due yet").isNull();
        overdueTasks.markOverdueAt(due.plusSeconds(1));
        overdueTasks.markOverdueAt(due.plus(Duration.ofDays(3)));

        assertThat(task(instance, TASK_DECIDE_PROBATION).getPriority()).isEqualTo(OverdueTasks.OVERDUE_PRIORITY);
        assertThat(taskService.getVariableLocal(decision.getId(), OverdueTasks.OVERDUE)).isEqualTo(true);
        assertThat(taskService.getTaskComments(decision.getId())).extracting(Comment::getFullMessage)
                .containsExactly("已超过办理期限,系统已催办。");
        assertThat(instance).isWaitingAt(TASK_DECIDE_PROBATION);
    }

    void assertDueAfterTheApprovalPeriod(Task task) {
        Duration period = workflow.approvalPeriod();
        assertThat(Duration.between(task.getCreateTime().toInstant(), task.getDueDate().toInstant())).as(task.getName())
                .isBetween(period.minusSeconds(1), period.plusSeconds(1));
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void variablesRewrittenAfterTheStartNeitherRouteTheTasksNorChooseTheWorkerWhoseOutcomeIsRegistered(boolean passed) {
        ProcessInstance instance = start();
        TestUnits elsewhere = registry.county(100_000);
        String otherProbationer = registry.probationer(elsewhere, probationEnd);
        Map<String, Object> forged = Map.of(WORKER_ID.name(), otherProbationer, PROBATION_END.name(), probationEnd.plusYears(1).toString(),
                "communityCode", elsewhere.community(), "streetCode", elsewhere.street());

        runtimeService.setVariables(instance.getId(), forged);
        managementService.executeJob(job(instance, TIMER_EVALUATION_DUE).getId());
        assertThat(candidateGroups(instance, TASK_EVALUATE_PROBATION)).containsExactly(UnitGroups.communityParty(units.community()));
        runtimeService.setVariables(instance.getId(), forged);
        evaluate(instance, passed ? "QUALIFIED" : "UNQUALIFIED", null);
        assertThat(candidateGroups(instance, TASK_DECIDE_PROBATION)).containsExactly(UnitGroups.streetParty(units.street()));
        runtimeService.setVariables(instance.getId(), forged);
        decide(instance, passed, passed ? null : "多次无故缺勤");

        assertThat(status(worker)).isEqualTo(passed ? WorkerStatus.ACTIVE : WorkerStatus.TERMINATED);
        assertThat(lastStatusChange(worker).processInstanceId()).isEqualTo(instance.getId());
        assertThat(status(otherProbationer)).isEqualTo(WorkerStatus.PROBATION);
        assertThat(statusChanges(otherProbationer)).hasSize(1);
    }

    @Test
    void aWorkerIdRewrittenBeforeTheProbationLapsesDoesNotChooseWhoIsConfirmed() {
        ProcessInstance instance = start();
        String otherProbationer = registry.probationer(units, probationEnd);
        runtimeService.setVariable(instance.getId(), WORKER_ID.name(), otherProbationer);

        managementService.executeJob(job(instance, TIMER_PROBATION_ENDS).getId());

        assertThat(instance).isEnded().hasPassed(TASK_CONFIRM_BY_LAPSE);
        assertThat(status(worker)).isEqualTo(WorkerStatus.ACTIVE);
        assertThat(status(otherProbationer)).isEqualTo(WorkerStatus.PROBATION);
    }

    @Test
    void passedTheWorkerBecomesActive() {
        ProcessInstance instance = deciding("EXCELLENT");

        decide(instance, true, null);

        assertThat(instance).isEnded().hasPassed(GATEWAY_PROBATION_PASSED, TASK_CONFIRM_WORKER, END_WORKER_CONFIRMED)
                .hasNotPassed(TASK_END_CONTRACT, TASK_CONFIRM_BY_LAPSE);
        assertThat(status(worker)).isEqualTo(WorkerStatus.ACTIVE);
        assertThat(lastStatusChange(worker))
                .isEqualTo(new StatusChange("PROBATION", "ACTIVE", "试用期考核合格,转正", instance.getId()));
        assertThat(historicVariable(instance, CONFIRMED_BY_LAPSE.name())).isNull();
    }

    @Test
    void failedTheContractEndsWithTheReasonAndTheLegalGround() {
        ProcessInstance instance = deciding("UNQUALIFIED");

        decide(instance, false, "  试用期内多次无故缺勤,不符合录用条件中的考勤要求  ");

        assertThat(instance).isEnded().hasPassed(TASK_END_CONTRACT, END_CONTRACT_ENDED).hasNotPassed(TASK_CONFIRM_WORKER);
        assertThat(status(worker)).isEqualTo(WorkerStatus.TERMINATED);
        StatusChange change = lastStatusChange(worker);
        assertThat(change.oldValue()).isEqualTo("PROBATION");
        assertThat(change.newValue()).isEqualTo("TERMINATED");
        assertThat(change.processInstanceId()).isEqualTo(instance.getId());
        assertThat(change.reason()).contains("理由:试用期内多次无故缺勤,不符合录用条件中的考勤要求。", ART_39_1);
        assertThat(jdbc.sql("select cause from worker_change where worker_id = :w and new_value = 'TERMINATED'")
                .param("w", worker).query(String.class).single()).isEqualTo("PROBATION_NOT_CONFIRMED");
        assertThat(CauseBackfill.of(jdbc, worker)).isEqualTo("PROBATION_NOT_CONFIRMED");
    }

    @Test
    void notPassedWithoutAReasonIsRefusedAndTheTaskStaysOpen() {
        ProcessInstance instance = deciding("UNQUALIFIED");

        assertThatThrownBy(() -> decide(instance, false, null))
                .isInstanceOf(Refusal.class).hasMessageContaining("理由");
        assertThatThrownBy(() -> decide(instance, false, "   "))
                .isInstanceOf(Refusal.class).hasMessageContaining("理由");
        assertThatThrownBy(() -> decide(instance, false, "理".repeat(401)))
                .isInstanceOf(Refusal.class).hasMessageContaining("400");
        assertThatThrownBy(() -> decide(instance, null, "未选择"))
                .isInstanceOf(Refusal.class).hasMessageContaining("是否转正");
        assertThatThrownBy(() -> decide(instance, "也许", "不是选择"))
                .isInstanceOf(Refusal.class).hasMessageContaining("是否转正");

        assertThat(instance).isWaitingAt(TASK_DECIDE_PROBATION);
        assertThat(status(worker)).isEqualTo(WorkerStatus.PROBATION);
        assertThat(statusChanges(worker)).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"BASICALLY_QUALIFIED", "NOT_RATED", "GOOD", "qualified", ""})
    void aRatingOutsideTheThreeIsRefused(String rating) {
        ProcessInstance instance = evaluating();

        assertThatThrownBy(() -> evaluate(instance, rating, "评语"))
                .isInstanceOf(Refusal.class).hasMessageContaining("试用期表现评价");
        assertThatThrownBy(() -> evaluate(instance, null, "评语")).isInstanceOf(Refusal.class);

        assertThat(instance).isWaitingAt(TASK_EVALUATE_PROBATION);
    }

    @ParameterizedTest
    @ValueSource(strings = {TIMER_EVALUATION_DUE, TASK_EVALUATE_PROBATION, TASK_DECIDE_PROBATION})
    void whenTheProbationEndsWithoutADecisionTheWorkerIsRegularByLaw(String waitingAt) {
        ProcessInstance instance = switch (waitingAt) {
            case TIMER_EVALUATION_DUE -> start();
            case TASK_EVALUATE_PROBATION -> evaluating();
            default -> deciding("QUALIFIED");
        };
        assertThat(instance).isWaitingAt(waitingAt);

        managementService.executeJob(job(instance, TIMER_PROBATION_ENDS).getId());

        assertThat(instance).isEnded().hasPassed(TIMER_PROBATION_ENDS, TASK_CONFIRM_BY_LAPSE, END_CONFIRMED_BY_LAPSE)
                .hasNotPassed(TASK_CONFIRM_WORKER, TASK_END_CONTRACT);
        assertThat(historicVariable(instance, CONFIRMED_BY_LAPSE.name())).isEqualTo(true);
        assertThat(status(worker)).isEqualTo(WorkerStatus.ACTIVE);
        assertThat(lastStatusChange(worker))
                .isEqualTo(new StatusChange("PROBATION", "ACTIVE", "试用期满未作出决定,依法视为转正", instance.getId()));
        assertThat(taskService.createTaskQuery().processInstanceId(instance.getId()).count()).isZero();
        assertThat(managementService.createJobQuery().processInstanceId(instance.getId()).count()).isZero();
    }

    @Test
    void aWorkerNoLongerInProbationStopsTheLapseWithAnIncidentMessage() {
        ProcessInstance instance = evaluating();
        registry.changes().leaveHeadcount(worker, WorkerStatus.PROBATION, WorkerStatus.TERMINATED, LeavingCause.OTHER,
                "测试:另行解聘", null);
        String lapse = job(instance, TIMER_PROBATION_ENDS).getId();

        assertThatThrownBy(() -> managementService.executeJob(lapse))
                .hasStackTraceContaining("IllegalStateException").hasStackTraceContaining("not in PROBATION");

        assertThat(status(worker)).isEqualTo(WorkerStatus.TERMINATED);
        assertThat(instance).isWaitingAt(TASK_EVALUATE_PROBATION);
        assertThat(managementService.createJobQuery().jobId(lapse).singleResult().getExceptionMessage())
                .contains("not in PROBATION");
    }

    @Test
    void onlyTheHiringStepStartsAProbationAndOnlyForItsWorkerInProbationUntilTheRegisteredEnd() {
        long before = runtimeService.createProcessInstanceQuery().processDefinitionKey(KEY).count();

        assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(KEY, worker,
                Map.of(WORKER_ID.name(), worker, PROBATION_END.name(), probationEnd.toString())))
                .as("no prepared case: not started by the system").isInstanceOf(AuthorizationException.class)
                .hasMessageContaining("只有系统可以启动");
        assertThatThrownBy(() -> start("nobody", probationEnd, units))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("nobody");
        assertThatThrownBy(() -> start(worker, probationEnd.plusDays(1), units))
                .as("not the registered end").isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not in PROBATION until " + probationEnd.plusDays(1));
        String active = registry.worker(units, Role.STAFF, WorkerStatus.ACTIVE);
        assertThatThrownBy(() -> start(active, probationEnd, units))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("is ACTIVE");
        TestUnits elsewhere = registry.county(100_000);
        assertThatThrownBy(() -> start(worker, probationEnd, elsewhere))
                .as("not the worker's community").isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("in community " + units.community());

        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(KEY).count()).isEqualTo(before);
        assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(worker).count()).isZero();
    }
}
