package cn.communityworkers.dismissal;

import static cn.communityworkers.dismissal.DismissalProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.communityworkers.organisation.UnitGroups;
import cn.communityworkers.support.CauseBackfill;
import cn.communityworkers.support.ProcessTest;
import cn.communityworkers.support.TestRegistry;
import cn.communityworkers.support.TestUnits;
import cn.communityworkers.system.Violation;
import cn.communityworkers.system.WorkflowProperties;
import cn.communityworkers.workforce.LeavingCause;
import cn.communityworkers.workforce.Role;
import cn.communityworkers.workforce.WorkerStatus;

/** Every path through {@code dismissal.bpmn}, on the engine, with the registry behind it. */
@ProcessTest
class DismissalProcessTest {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired HistoryService historyService;
    @Autowired IdentityService identityService;
    @Autowired TestRegistry registry;
    @Autowired DismissalService dismissals;
    @Autowired JdbcClient jdbc;
    @Autowired WorkflowProperties workflow;

    TestUnits units;
    String worker;
    LocalDate today = LocalDate.now(CHINA);

    @BeforeEach
    void setUp() {
        AbstractAssertions.init(engine);
        units = registry.county(100_000);
        worker = registry.worker(units, Role.STAFF, WorkerStatus.ACTIVE);
    }

    @AfterEach
    void tearDown() {
        identityService.clearAuthentication();
    }

    Map<String, Object> proposal(String workerId, String ground) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(WORKER_ID.name(), workerId);
        variables.put(GROUND.name(), ground);
        variables.put(FACTS.name(), "连续旷工十五日,经书面催告仍未返岗");
        variables.put(EVIDENCE.name(), "考勤记录、书面催告及送达回证、街道考勤管理规定及其公示记录");
        return variables;
    }

    ProcessInstance propose() {
        return runtimeService.startProcessInstanceByKey(KEY, proposal(worker, "SERIOUS_BREACH_OF_RULES"));
    }

    Task task(ProcessInstance instance, String taskId) {
        return taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(taskId).singleResult();
    }

    void complete(ProcessInstance instance, String taskId, Map<String, Object> answer) {
        taskService.complete(task(instance, taskId).getId(), answer);
    }

    void stated(ProcessInstance instance) {
        complete(instance, TASK_RECORD_STATEMENT, Map.of(STATEMENT_KIND.name(), "STATED",
                STATEMENT_ON.name(), today.toString(), STATEMENT.name(), "本人承认旷工,称家中有事未及请假"));
    }

    void unionAnswers(ProcessInstance instance, boolean agrees, String opinion) {
        Map<String, Object> answer = new HashMap<>();
        answer.put(UNION_AGREES.name(), agrees);
        answer.put(UNION_OPINION.name(), opinion);
        complete(instance, TASK_GIVE_UNION_OPINION, answer);
    }

    void decide(ProcessInstance instance, boolean dismiss, String opinion, String reply) {
        Map<String, Object> answer = new HashMap<>();
        answer.put(DISMISS.name(), dismiss);
        answer.put(DECISION_OPINION.name(), opinion);
        answer.put(REPLY_TO_UNION.name(), reply);
        complete(instance, TASK_DECIDE_DISMISSAL, answer);
    }

    List<String> candidateGroups(ProcessInstance instance, String taskId) {
        return taskService.getIdentityLinksForTask(task(instance, taskId).getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType())).map(IdentityLink::getGroupId).toList();
    }

    WorkerStatus status(String workerId) {
        return registry.workers().find(workerId).orElseThrow().getStatus();
    }

    Map<String, Object> statusChange(String workerId) {
        return jdbc.sql("""
                select new_value, effective_date, reason, details, process_instance_id, cause from worker_change
                 where worker_id = :w and attribute = 'STATUS' and process_instance_id is not null""").param("w", workerId).query().singleRow();
    }

    /** A refusal: the field it names, the rule (where a rule of the process refused it) and the message. */
    record Refused(String field, String rule, String message) {
    }

    /** A refused start starts nothing: no instance, no recorded case, no dismissal; the refusal names the field. */
    Refused refused(Map<String, Object> proposal) {
        long instances = historyService.createHistoricProcessInstanceQuery().processDefinitionKey(KEY).count();
        long cases = jdbc.sql("select count(*) from process_case").query(Long.class).single();
        long rows = jdbc.sql("select count(*) from dismissal").query(Long.class).single();
        FormFieldValidationException refusal = org.junit.jupiter.api.Assertions.assertThrows(
                FormFieldValidationException.class, () -> runtimeService.startProcessInstanceByKey(KEY, proposal));
        assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey(KEY).count()).isEqualTo(instances);
        assertThat(jdbc.sql("select count(*) from process_case").query(Long.class).single()).isEqualTo(cases);
        assertThat(jdbc.sql("select count(*) from dismissal").query(Long.class).single()).isEqualTo(rows);
        if (refusal.getDetail() instanceof Violation violation) {
            return new Refused(violation.field(), violation.rule(), refusal.getMessage());
        }
        return new Refused((String) refusal.getDetail(), null, refusal.getMessage());
    }

    @Test
    void theStatementTheUnionAndTheCommitteeEndTheContractWithoutSeverance() {
        ProcessInstance instance = propose();

        assertThat(instance.getBusinessKey()).isEqualTo("D-" + worker + "-" + today);
        assertThat(candidateGroups(instance, TASK_RECORD_STATEMENT)).containsExactly(UnitGroups.streetHr(units.street()));
        stated(instance);
        assertThat(candidateGroups(instance, TASK_GIVE_UNION_OPINION)).containsExactly(UnitGroups.streetUnion(units.street()));
        unionAnswers(instance, true, null);
        assertThat(candidateGroups(instance, TASK_DECIDE_DISMISSAL)).containsExactly(UnitGroups.streetParty(units.street()));
        assertThat(status(worker)).isEqualTo(WorkerStatus.ACTIVE);
        decide(instance, true, null, null);

        assertThat(instance).isEnded().hasPassed(TASK_END_CONTRACT, END_CONTRACT_ENDED);
        assertThat(status(worker)).isEqualTo(WorkerStatus.TERMINATED);
        assertThat(registry.workers().find(worker).orElseThrow().getContractEnd()).isEqualTo(today);
        Map<String, Object> change = statusChange(worker);
        assertThat(change.get("new_value")).isEqualTo("TERMINATED");
        assertThat(change.get("effective_date").toString()).isEqualTo(today.toString());
        assertThat(change.get("process_instance_id")).isEqualTo(instance.getId());
        assertThat((String) change.get("reason")).contains("《劳动合同法》第三十九条第(二)项:严重违反用人单位的规章制度",
                "已听取本人陈述、申辩", "第四十三条", "工会无异议", "第四十六条", "不支付经济补偿");
        assertThat((String) change.get("details")).contains("ground=SERIOUS_BREACH_OF_RULES", "severance=0");
        assertThat(change.get("cause")).isEqualTo("DISMISSAL");
        assertThat(CauseBackfill.of(jdbc, worker)).isEqualTo("DISMISSAL");
        assertThat(dismissals.of(instance.getId()).contractEndedOn()).isEqualTo(today);
    }

    @Test
    void notDismissedNothingChangesAndTheDecisionNeedsItsReason() {
        ProcessInstance instance = propose();
        stated(instance);
        unionAnswers(instance, true, "同意");

        assertThatThrownBy(() -> decide(instance, false, null, null)).isInstanceOf(FormFieldValidationException.class)
                .hasMessageContaining("决定不解除劳动合同时必须填写决定理由(decisionOpinion)");
        decide(instance, false, "情节尚不属严重,予以批评教育", null);

        assertThat(instance).isEnded().hasPassed(END_NOT_DISMISSED).hasNotPassed(TASK_END_CONTRACT);
        assertThat(status(worker)).isEqualTo(WorkerStatus.ACTIVE);
        assertThat(jdbc.sql("select count(*) from worker_change where worker_id = :w and process_instance_id is not null")
                .param("w", worker).query(Long.class).single()).isZero();
        assertThat(dismissals.of(instance.getId()).dismissed()).isFalse();
    }

    @Test
    void anObjectionOfTheUnionNeedsItsReasonsAndTheDecisionMustAnswerIt() {
        ProcessInstance instance = propose();
        stated(instance);

        assertThatThrownBy(() -> unionAnswers(instance, false, " ")).isInstanceOf(FormFieldValidationException.class)
                .hasMessageContaining("工会提出异议时必须填写工会的意见和理由(unionOpinion)");
        unionAnswers(instance, false, "规章制度未经民主程序制定,不能作为解除依据");
        assertThatThrownBy(() -> decide(instance, true, null, null)).isInstanceOf(FormFieldValidationException.class)
                .hasMessageContaining("工会提出异议时必须填写对工会意见的书面答复(replyToUnion)");
        assertThatThrownBy(() -> decide(instance, false, "采纳工会意见", null)).isInstanceOf(FormFieldValidationException.class)
                .hasMessageContaining("replyToUnion");
        decide(instance, true, null, "经核实,考勤管理规定已经职工代表大会讨论通过并公示,异议不成立");

        assertThat(instance).isEnded().hasPassed(END_CONTRACT_ENDED);
        assertThat(dismissals.of(instance.getId()).replyToUnion()).startsWith("经核实");
        assertThat((String) statusChange(worker).get("reason")).contains("工会提出异议,街道党工委已研究并书面答复工会");
    }

    @Test
    void aWorkerWhoDeclinesToStateIsRecordedWithTheDayAndTheWrittenDecline() {
        ProcessInstance instance = propose();
        complete(instance, TASK_RECORD_STATEMENT, Map.of(STATEMENT_KIND.name(), "DECLINED",
                STATEMENT_ON.name(), today.toString(), STATEMENT.name(), "已当面告知解除理由及申辩权利,本人签署《放弃申辩声明》,存档"));
        unionAnswers(instance, true, null);
        decide(instance, true, null, null);

        assertThat((String) statusChange(worker).get("reason")).contains(today + "本人经告知后书面放弃陈述、申辩");
    }

    @Test
    void aStatementWithoutItsDayOrTextOrDatedWronglyIsRefused() {
        ProcessInstance instance = propose();

        assertThatThrownBy(() -> complete(instance, TASK_RECORD_STATEMENT, Map.of(STATEMENT_KIND.name(), "STATED",
                STATEMENT_ON.name(), today.toString()))).hasMessageContaining("statement");
        assertThatThrownBy(() -> complete(instance, TASK_RECORD_STATEMENT, Map.of(STATEMENT_KIND.name(), "STATED",
                STATEMENT_ON.name(), today.plusDays(1).toString(), STATEMENT.name(), "x")))
                .hasMessageContaining("statementOn").hasMessageContaining("不能晚于今天");
        assertThatThrownBy(() -> complete(instance, TASK_RECORD_STATEMENT, Map.of(STATEMENT_KIND.name(), "STATED",
                STATEMENT_ON.name(), today.minusDays(1).toString(), STATEMENT.name(), "x")))
                .hasMessageContaining("不能早于提出解除的日期");
        assertThatThrownBy(() -> complete(instance, TASK_RECORD_STATEMENT, Map.of(STATEMENT_KIND.name(), "NEVER",
                STATEMENT_ON.name(), today.toString(), STATEMENT.name(), "x"))).hasMessageContaining("statementKind");
        assertThat(instance).isWaitingAt(TASK_RECORD_STATEMENT);
        assertThat(dismissals.of(instance.getId()).statementKind()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ground", "facts", "evidence"})
    void aProposalWithoutGroundFactsOrEvidenceIsRefused(String missing) {
        Map<String, Object> proposal = proposal(worker, "SERIOUS_BREACH_OF_RULES");
        proposal.remove(missing);

        Refused violation = refused(proposal);

        assertThat(violation.field()).isEqualTo(missing);
        assertThat(violation.message()).contains("必须填写");
    }

    @Test
    void aGroundThatIsNotAnItemOfArticle39IsRefused() {
        assertThat(refused(proposal(worker, "POOR_PERFORMANCE")).field()).isEqualTo(GROUND.name());
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"SECRETARY", "DIRECTOR", "DEPUTY", "COMMITTEE_MEMBER"})
    void anElectedMemberOfTheTwoCommitteesIsRecalledNotDismissed(Role role) {
        String elected = registry.worker(units, role, WorkerStatus.ACTIVE);

        Refused violation = refused(proposal(elected, "SERIOUS_BREACH_OF_RULES"));

        assertThat(violation.field()).isEqualTo(WORKER_ID.name());
        assertThat(violation.rule()).isEqualTo("not-elected");
        assertThat(violation.message()).contains("不予受理", "选举产生", "罢免");
    }

    @Test
    void item1IsForAWorkerInProbationOnly() {
        Refused violation = refused(proposal(worker, "PROBATION_UNFIT"));
        assertThat(violation.field()).isEqualTo(GROUND.name());
        assertThat(violation.message()).contains("第三十九条第(一)项只适用于试用期内");

        String probationer = registry.probationer(units, today.plusMonths(2));
        ProcessInstance instance = runtimeService.startProcessInstanceByKey(KEY, proposal(probationer, "PROBATION_UNFIT"));
        stated(instance);
        unionAnswers(instance, true, null);
        decide(instance, true, null, null);
        assertThat(status(probationer)).isEqualTo(WorkerStatus.TERMINATED);
        assertThat((String) statusChange(probationer).get("reason")).contains("第三十九条第(一)项:在试用期间被证明不符合录用条件");
        assertThat(statusChange(probationer).get("cause")).isEqualTo("PROBATION_NOT_CONFIRMED");
        assertThat(CauseBackfill.of(jdbc, probationer)).isEqualTo("PROBATION_NOT_CONFIRMED");
    }

    @ParameterizedTest
    @EnumSource(value = WorkerStatus.class, names = {"TERMINATED", "PUBLIC_INSTITUTION_STAFF"})
    void aWorkerOutOfTheWorkforceOrUnknownIsRefused(WorkerStatus left) {
        assertThat(refused(proposal(registry.worker(units, Role.STAFF, left), "CRIMINAL_LIABILITY")).rule())
                .isEqualTo("in-workforce");
        assertThat(refused(proposal("W-NOBODY", "CRIMINAL_LIABILITY")).field()).isEqualTo(WORKER_ID.name());
    }

    @Test
    void aSecondProposalWhileOneIsOpenIsRefused() {
        ProcessInstance first = propose();

        assertThat(refused(proposal(worker, "SERIOUS_DERELICTION")).message()).contains("已有未办结的解除劳动合同案件");
        stated(first);
        unionAnswers(first, true, null);
        decide(first, false, "不解除", null);
        assertThat(propose()).isWaitingAt(TASK_RECORD_STATEMENT);
    }

    @Test
    void onlyThePersonnelOfficeOfTheWorkersStreetProposes() {
        TestUnits elsewhere = registry.county(100_000);
        // another street's personnel office is not offered the worker, and could not propose them if it were
        identityService.setAuthentication("otherhr", List.of(UnitGroups.streetHr(elsewhere.street())));
        assertThatThrownBy(this::propose).isInstanceOf(FormFieldValidationException.class)
                .hasMessageContaining("workerId");
        identityService.setAuthentication("otherhr", List.of(UnitGroups.streetHr(elsewhere.street()),
                UnitGroups.streetParty(units.street())));
        assertThatThrownBy(this::propose).isInstanceOf(AuthorizationException.class)
                .hasMessageContaining("只有测试街道组织人事办可以为本街道的社区工作者提出解除劳动合同");
        identityService.setAuthentication("party", List.of(UnitGroups.streetParty(units.street())));
        assertThatThrownBy(this::propose).isInstanceOf(AuthorizationException.class);
        identityService.setAuthentication("union", List.of(UnitGroups.streetUnion(units.street())));
        assertThatThrownBy(this::propose).isInstanceOf(AuthorizationException.class);

        identityService.setAuthentication("hr", List.of(UnitGroups.streetHr(units.street())));
        ProcessInstance proposed = propose();
        identityService.clearAuthentication();
        assertThat(proposed).isWaitingAt(TASK_RECORD_STATEMENT);
    }

    @Test
    void aWorkerWhoLeftMeanwhileCannotBeDismissed() {
        ProcessInstance instance = propose();
        stated(instance);
        unionAnswers(instance, true, null);
        registry.changes().leaveHeadcount(worker, WorkerStatus.ACTIVE, WorkerStatus.TERMINATED,
                LeavingCause.CONTRACT_EXPIRY, "合同期满终止", null);

        assertThatThrownBy(() -> decide(instance, true, null, null)).hasMessageContaining("已不在社区工作者队伍中");
        decide(instance, false, "已另行终止劳动合同", null);
        assertThat(instance).isEnded().hasPassed(END_NOT_DISMISSED);
    }

    @Test
    void variablesRewrittenAfterTheStartNeitherRouteNorChangeWhatIsRecordedOrRegistered() {
        ProcessInstance instance = propose();
        TestUnits elsewhere = registry.county(100_000);
        String otherWorker = registry.worker(elsewhere, Role.STAFF, WorkerStatus.ACTIVE);
        Map<String, Object> forged = new HashMap<>(proposal(otherWorker, "CRIMINAL_LIABILITY"));
        forged.put("streetCode", elsewhere.street());
        forged.put("communityCode", elsewhere.community());
        forged.put("countyCode", elsewhere.county());

        runtimeService.setVariables(instance.getId(), forged);
        stated(instance);
        assertThat(candidateGroups(instance, TASK_GIVE_UNION_OPINION)).containsExactly(UnitGroups.streetUnion(units.street()));
        runtimeService.setVariables(instance.getId(), forged);
        unionAnswers(instance, false, "证据不足");
        assertThat(candidateGroups(instance, TASK_DECIDE_DISMISSAL)).containsExactly(UnitGroups.streetParty(units.street()));
        // the union objected: a variable saying it agreed does not spare the reply
        runtimeService.setVariables(instance.getId(), Map.of(UNION_AGREES.name(), true, STATEMENT_KIND.name(), "DECLINED",
                STATEMENT_ON.name(), today.minusYears(1).toString()));
        assertThatThrownBy(() -> decide(instance, true, null, null)).hasMessageContaining("replyToUnion");
        decide(instance, true, null, "已补充证据,书面答复工会");

        assertThat(status(worker)).isEqualTo(WorkerStatus.TERMINATED);
        assertThat(status(otherWorker)).isEqualTo(WorkerStatus.ACTIVE);
        String reason = (String) statusChange(worker).get("reason");
        assertThat(reason).contains("第三十九条第(二)项", today + "已听取本人陈述、申辩", "工会提出异议")
                .doesNotContain("刑事责任");
    }

    @Test
    void eachTaskIsDueAfterTheConfiguredPeriod() {
        ProcessInstance instance = propose();
        assertDue(task(instance, TASK_RECORD_STATEMENT));
        stated(instance);
        assertDue(task(instance, TASK_GIVE_UNION_OPINION));
        unionAnswers(instance, true, null);
        assertDue(task(instance, TASK_DECIDE_DISMISSAL));
    }

    void assertDue(Task task) {
        Duration period = workflow.approvalPeriod();
        assertThat(Duration.between(task.getCreateTime().toInstant(), task.getDueDate().toInstant())).as(task.getName())
                .isBetween(period.minusSeconds(1), period.plusSeconds(1));
    }
}
