package cn.communityworkers.election;

import static cn.communityworkers.election.ElectionProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
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
import cn.communityworkers.workforce.PostCategory;
import cn.communityworkers.workforce.Role;
import cn.communityworkers.workforce.SecretaryTerm;
import cn.communityworkers.workforce.Worker;
import cn.communityworkers.workforce.WorkerStatus;

/** Every path through {@code community-election.bpmn}, on the engine, with the registry behind it. */
@ProcessTest
class CommunityElectionProcessTest {

    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired HistoryService historyService;
    @Autowired TestRegistry registry;
    @Autowired OrganisationService organisation;
    @Autowired JdbcClient jdbc;

    TestUnits units;
    String secretary;
    String director;
    String deputy;
    String member;
    String staff;
    LocalDate day = LocalDate.now(ClockConfiguration.CHINA).minusDays(2);

    @BeforeEach
    void setUp() {
        units = registry.county(100_000);
        secretary = registry.worker(units, Role.SECRETARY, WorkerStatus.ACTIVE);
        registry.changes().startSecretaryTerm(secretary, LocalDate.now(ClockConfiguration.CHINA).minusYears(5).minusMonths(1), "测试:上届选举", null);
        director = registry.worker(units, Role.DIRECTOR, WorkerStatus.ACTIVE);
        deputy = registry.worker(units, Role.DEPUTY, WorkerStatus.ACTIVE);
        member = registry.worker(units, Role.COMMITTEE_MEMBER, WorkerStatus.ACTIVE);
        staff = registry.worker(units, Role.STAFF, WorkerStatus.ACTIVE);
    }

    Map<String, Object> result(String secretaryId, String directorId, List<String> deputies, List<String> members) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(COMMUNITY_CODE.name(), units.community());
        variables.put(ELECTION_DATE.name(), day.toString());
        variables.put(SECRETARY_ID.name(), secretaryId);
        variables.put(DIRECTOR_ID.name(), directorId);
        variables.put(DEPUTY_IDS.name(), deputies);
        variables.put(MEMBER_IDS.name(), members);
        variables.put(ELECTION_NOTE.name(), "社区党员大会和居民代表会议选举产生");
        return variables;
    }

    ProcessInstance start(Map<String, Object> result) {
        return runtimeService.startProcessInstanceByKey(KEY, result);
    }

    List<Task> tasks(ProcessInstance instance, String taskId) {
        return taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(taskId).list();
    }

    Task task(ProcessInstance instance, String taskId) {
        List<Task> tasks = tasks(instance, taskId);
        assertThat(tasks).hasSize(1);
        return tasks.get(0);
    }

    List<String> candidateGroups(Task task) {
        return taskService.getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType())).map(IdentityLink::getGroupId).toList();
    }

    Worker worker(String id) {
        return registry.workers().find(id).orElseThrow();
    }

    void file(ProcessInstance instance, boolean accepted, String opinion) {
        Map<String, Object> answer = new HashMap<>();
        answer.put(FILING_ACCEPTED.name(), accepted);
        answer.put(FILING_OPINION.name(), opinion);
        taskService.complete(task(instance, TASK_FILE_SECRETARY).getId(), answer);
    }

    void audit(Task task) {
        taskService.complete(task.getId(), Map.of(PERIOD_START.name(), day.minusYears(5).toString(),
                PERIOD_END.name(), day.minusDays(1).toString(), FINDINGS.name(), "任职期间财务收支真实、合规,未发现重大问题",
                CONCLUSION.name(), "FAIRLY_GOOD", AUDITED_ON.name(), LocalDate.now(ClockConfiguration.CHINA).toString()));
    }

    long changes(String workerId, String attribute, ProcessInstance instance) {
        return jdbc.sql("""
                select count(*) from worker_change where worker_id = :w and attribute = :a and process_instance_id = :p
                   and reason like '%第1条%'""")
                .param("w", workerId).param("a", attribute).param("p", instance.getId()).query(Long.class).single();
    }

    @Test
    void theDirectorElectedSecretaryAndDirectorOnePersonAndTheOutgoingSecretaryAudited() {
        ProcessInstance instance = start(result(director, director, List.of(deputy), List.of(member, staff)));

        assertThat(instance.getBusinessKey()).isEqualTo(businessKey(units.community(), day));
        Worker elected = worker(director);
        assertThat(elected.getRole()).isEqualTo(Role.SECRETARY);
        assertThat(elected.getPostCategory()).isEqualTo(PostCategory.A);
        assertThat(elected.getSecretaryTerms()).containsExactly(new SecretaryTerm(day, null, false));
        Worker outgoing = worker(secretary);
        assertThat(outgoing.getRole()).isEqualTo(Role.STAFF);
        assertThat(outgoing.getPostCategory()).isEqualTo(PostCategory.C);
        assertThat(outgoing.getGradeLevel()).isBetween(1, 12);
        assertThat(outgoing.getSecretaryTerms()).hasSize(1);
        assertThat(outgoing.getSecretaryTerms().get(0).end()).isEqualTo(day.minusDays(1));
        assertThat(outgoing.getSecretaryTerms().get(0).completed()).as("5 years and a month").isTrue();
        assertThat(worker(staff).getRole()).isEqualTo(Role.COMMITTEE_MEMBER);
        assertThat(changes(director, "ROLE", instance)).isEqualTo(1);
        assertThat(changes(director, "SECRETARY_TERM", instance)).isEqualTo(1);
        assertThat(changes(secretary, "ROLE", instance)).isEqualTo(1);
        assertThat(changes(secretary, "SECRETARY_TERM", instance)).isEqualTo(1);
        assertThat(changes(staff, "ROLE", instance)).isEqualTo(1);
        assertThat(runtimeService.getVariable(instance.getId(), ONE_PERSON.name())).isEqualTo(true);
        assertThat((String) runtimeService.getVariable(instance.getId(), RESULT_SUMMARY.name())).contains("一肩挑");

        Task filing = task(instance, TASK_FILE_SECRETARY);
        assertThat(candidateGroups(filing)).containsExactly(UnitGroups.countyOrganization(units.county()));
        assertThat(filing.getDueDate()).isNotNull();
        Task audit = task(instance, TASK_AUDIT);
        assertThat(candidateGroups(audit)).containsExactly(UnitGroups.countyAudit(units.county()));
        assertThat(taskService.getVariableLocal(audit.getId(), AUDITED_WORKER_NAME.name()))
                .isEqualTo(outgoing.getName());
        assertThat(taskService.getVariableLocal(audit.getId(), AUDITED_POSTS.name())).isEqualTo("社区党组织书记");

        audit(audit);
        file(instance, true, null);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId()).count()).isZero();
        assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
                .activityId(END_FILED).count()).isEqualTo(1);
        assertThat(jdbc.sql("select conclusion from economic_responsibility_audit where worker_id = :w and process_instance_id = :p")
                .param("w", secretary).param("p", instance.getId()).query(String.class).single()).isEqualTo("FAIRLY_GOOD");
        assertThat(jdbc.sql("select filing_status from community_election where process_instance_id = :p")
                .param("p", instance.getId()).query(String.class).single()).isEqualTo("FILED");
    }

    @Test
    void aReElectedSecretaryStartsANewTermAndIsNotAuditedTheOutgoingDirectorIs() {
        ProcessInstance instance = start(result(secretary, deputy, List.of(director), List.of(member)));

        Worker continuing = worker(secretary);
        assertThat(continuing.getRole()).isEqualTo(Role.SECRETARY);
        assertThat(continuing.getSecretaryTerms()).hasSize(2);
        assertThat(continuing.getSecretaryTerms().get(0).end()).isEqualTo(day.minusDays(1));
        assertThat(continuing.getSecretaryTerms().get(1)).isEqualTo(new SecretaryTerm(day, null, false));
        assertThat(worker(deputy).getRole()).isEqualTo(Role.DIRECTOR);
        assertThat(worker(deputy).getPostCategory()).isEqualTo(PostCategory.A);
        assertThat(worker(deputy).getGradeLevel()).as("at least the entry level of 正职").isGreaterThanOrEqualTo(7);
        assertThat(worker(director).getRole()).isEqualTo(Role.DEPUTY);
        assertThat(worker(staff).getRole()).isEqualTo(Role.STAFF);
        assertThat(runtimeService.getVariable(instance.getId(), ONE_PERSON.name())).isEqualTo(false);

        List<Task> audits = tasks(instance, TASK_AUDIT);
        assertThat(audits).hasSize(1);
        assertThat(taskService.getVariableLocal(audits.get(0).getId(), AUDITED_WORKER_NAME.name()))
                .isEqualTo(worker(director).getName());
        assertThat(taskService.getVariableLocal(audits.get(0).getId(), AUDITED_POSTS.name())).isEqualTo("居民委员会主任");
    }

    @Test
    void whenEveryoneContinuesNobodyIsAuditedAndTheFilingEndsTheCase() {
        ProcessInstance instance = start(result(secretary, director, List.of(deputy), List.of(member)));

        assertThat(tasks(instance, TASK_AUDIT)).isEmpty();
        assertThat(worker(secretary).getSecretaryTerms()).hasSize(2);
        assertThat(changes(director, "ROLE", instance)).isZero();
        file(instance, true, null);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId()).count()).isZero();
    }

    @Test
    void aFilingSentBackNeedsItsReasonsAndGoesBackToTheStreetThenIsFiledAgain() {
        ProcessInstance instance = start(result(secretary, director, List.of(deputy), List.of(member)));

        String filing = task(instance, TASK_FILE_SECRETARY).getId();
        assertThatThrownBy(() -> taskService.complete(filing, Map.of(FILING_ACCEPTED.name(), false)))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("退回理由(filingOpinion)");
        file(instance, false, "缺少书记人选的任职资格审查材料");
        assertThat(jdbc.sql("select filing_status || ':' || filing_returns from community_election where process_instance_id = :p")
                .param("p", instance.getId()).query(String.class).single()).isEqualTo("RETURNED:1");
        Task supplement = task(instance, TASK_SUPPLEMENT_FILING);
        assertThat(candidateGroups(supplement)).containsExactly(UnitGroups.streetParty(units.street()));
        assertThat(worker(secretary).getRole()).as("a return changes no post").isEqualTo(Role.SECRETARY);
        taskService.complete(supplement.getId(), Map.of(SUPPLEMENT_NOTE.name(), "已补充任职资格审查材料"));

        file(instance, true, null);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId()).count()).isZero();
        assertThat(jdbc.sql("select filing_status from community_election where process_instance_id = :p")
                .param("p", instance.getId()).query(String.class).single()).isEqualTo("FILED");
    }

    /** A refused result starts nothing and changes nobody; the refusal names the field. */
    String refused(Map<String, Object> result) {
        long instances = historyService.createHistoricProcessInstanceQuery().processDefinitionKey(KEY).count();
        FormFieldValidationException refusal = org.junit.jupiter.api.Assertions.assertThrows(
                FormFieldValidationException.class, () -> start(result));
        assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey(KEY).count()).isEqualTo(instances);
        assertThat(worker(secretary).getRole()).isEqualTo(Role.SECRETARY);
        assertThat(worker(director).getRole()).isEqualTo(Role.DIRECTOR);
        assertThat(worker(secretary).getSecretaryTerms()).hasSize(1);
        return refusal.getDetail() + " " + refusal.getMessage();
    }

    @Test
    void impossibleResultsAreRefusedInChinese() {
        Map<String, Object> noSecretary = result(null, director, List.of(), List.of());
        assertThat(refused(noSecretary)).startsWith("secretaryId ").contains("社区党组织书记(secretaryId)必须填写");
        assertThat(refused(result(director, director, List.of(director), List.of())))
                .startsWith("deputyIds ").contains("不能同时担任");
        assertThat(refused(result(secretary, director, List.of(deputy), List.of(deputy))))
                .startsWith("memberIds ").contains("一人只能担任一个职务");
        assertThat(refused(result(secretary, director, List.of(deputy, deputy), List.of()))).startsWith("deputyIds ");
        TestUnits other = registry.county(50_000);
        String stranger = registry.worker(other, Role.DEPUTY, WorkerStatus.ACTIVE);
        assertThat(refused(result(secretary, director, List.of(stranger), List.of())))
                .startsWith("deputyIds ").contains("不是测试社区的社区工作者");
        assertThat(refused(result(secretary, "W-NOBODY", List.of(), List.of())))
                .startsWith("directorId ").contains("不是登记的社区工作者");
        String left = registry.worker(units, Role.STAFF, WorkerStatus.TERMINATED);
        assertThat(refused(result(secretary, director, List.of(), List.of(left)))).startsWith("memberIds ")
                .contains("已不在社区工作者队伍中");
        Map<String, Object> future = result(secretary, director, List.of(), List.of());
        future.put(ELECTION_DATE.name(), LocalDate.now(ClockConfiguration.CHINA).plusDays(1).toString());
        assertThat(refused(future)).startsWith("electionDate ").contains("不能晚于今天");
        Map<String, Object> unknown = result(secretary, director, List.of(), List.of());
        unknown.put(COMMUNITY_CODE.name(), "000000000000");
        assertThat(refused(unknown)).startsWith("communityCode ");
    }

    @Test
    void aSecretaryMustBeAPartyMemberAndAnElectionComesAfterTheLastOne() {
        ProcessInstance first = start(result(secretary, director, List.of(deputy), List.of(member)));
        assertThat(first).isNotNull();
        Map<String, Object> again = result(secretary, director, List.of(deputy), List.of(member));
        long instances = historyService.createHistoricProcessInstanceQuery().processDefinitionKey(KEY).count();
        assertThatThrownBy(() -> start(again)).isInstanceOf(FormFieldValidationException.class)
                .hasMessageContaining("须晚于本社区上次登记的换届选举日期");
        assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey(KEY).count()).isEqualTo(instances);
    }

    @Test
    void variablesRewrittenAfterTheStartSteerNothing() {
        ProcessInstance instance = start(result(director, director, List.of(deputy), List.of(member)));
        runtimeService.setVariable(instance.getId(), SECRETARY_ID.name(), staff);
        runtimeService.setVariable(instance.getId(), DEPUTY_IDS.name(), List.of(staff));
        Task audit = task(instance, TASK_AUDIT);
        String branch = audit.getExecutionId();
        runtimeService.setVariableLocal(branch, AUDITED_WORKER_ID.name(), staff);
        runtimeService.setVariable(instance.getId(), AUDITED_WORKER_ID.name(), staff);

        assertThatThrownBy(() -> audit(audit)).hasMessageContaining("is no outgoing leader");
        assertThat(jdbc.sql("select count(*) from economic_responsibility_audit where process_instance_id = :p")
                .param("p", instance.getId()).query(Long.class).single()).isZero();
        assertThat(worker(staff).getRole()).isEqualTo(Role.STAFF);
        assertThat(worker(staff).getSecretaryTerms()).isEmpty();
        assertThat(candidateGroups(task(instance, TASK_FILE_SECRETARY)))
                .containsExactly(UnitGroups.countyOrganization(units.county()));
    }
}
