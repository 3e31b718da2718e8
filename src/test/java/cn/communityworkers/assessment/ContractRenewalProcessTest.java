package cn.communityworkers.assessment;

import static cn.communityworkers.assessment.AnnualAssessmentProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.communityworkers.support.IdCards;
import cn.communityworkers.contractexpiry.ContractExpiryCheck;
import cn.communityworkers.contractexpiry.ContractExpiryProcess;
import cn.communityworkers.support.ProcessTest;
import cn.communityworkers.support.TestRegistry;
import cn.communityworkers.support.TestUnits;
import cn.communityworkers.system.ClockConfiguration;
import cn.communityworkers.workforce.ContractKind;
import cn.communityworkers.workforce.Education;
import cn.communityworkers.workforce.Qualification;
import cn.communityworkers.workforce.Role;
import cn.communityworkers.workforce.WorkerRecord;
import cn.communityworkers.workforce.WorkerStatus;
import cn.communityworkers.workforce.WorkerView;

/**
 * Renewal after the annual assessment (《劳动合同法》第十四条): the table proposes an open-ended contract after 10 years'
 * service or two consecutive fixed terms, and the street concludes one, or a fixed term only at the worker's written
 * request.
 */
@ProcessTest
class ContractRenewalProcessTest {

    static final int YEAR = 2025;
    /** The contracts end within the year after the assessment year, so a QUALIFIED year renews them. */
    static final LocalDate CONTRACT_END = LocalDate.of(YEAR + 1, 6, 30);

    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired ManagementService managementService;
    @Autowired TestRegistry registry;
    @Autowired JdbcClient jdbc;
    @Autowired ContractExpiryCheck contractExpiryCheck;

    TestUnits units;
    Map<String, String> workers = new LinkedHashMap<>();

    @BeforeEach
    void setUp() {
        AbstractAssertions.init(engine);
        units = registry.county(100_000);
    }

    void register(String name, LocalDate communityWorkSince) {
        workers.put(name, registry.workers().register(new WorkerRecord(null, IdCards.of(LocalDate.of(1980, 1, 1)), name, LocalDate.of(1980, 1, 1),
                units.community(), Role.STAFF, Education.BACHELOR, Qualification.NONE, true, WorkerStatus.ACTIVE,
                communityWorkSince, 0, 5, CONTRACT_END, null, false, null, true, true, List.of(), List.of())).workerId());
    }

    /** Every worker of the county rated QUALIFIED by a campaign; each assessment then waits at 续订劳动合同. */
    void assessAllQualified() {
        Map<String, ProcessInstance> assessments = rateAllQualified();
        assessments.values().forEach(instance -> assertThat(instance).hasPassed(TASK_PROPOSE_CONTRACT_RENEWAL)
                .isWaitingAt(TASK_RENEW_CONTRACT));
    }

    /** Every worker of the county rated QUALIFIED by a campaign, the street's notice over: their assessments by name. */
    Map<String, ProcessInstance> rateAllQualified() {
        Map<String, ProcessInstance> assessments = new LinkedHashMap<>();
        ProcessInstance campaign = runtimeService.startProcessInstanceByKey(AssessmentCampaignProcess.KEY,
                Map.of(AssessmentCampaignProcess.COUNTY_CODE.name(), units.county(), AssessmentCampaignProcess.YEAR.name(), YEAR));
        runDueJobs(campaign);
        List<Map<String, Object>> ratings = new ArrayList<>();
        workers.forEach((name, id) -> {
            ProcessInstance instance = assessment(name);
            assessments.put(name, instance);
            taskService.complete(task(instance, TASK_SCORE_WORKER).getId(), Map.of(POLITICAL_SCORE.name(), 80, PERFORMANCE_SCORE.name(), 80));
            runtimeService.createMessageCorrelation(MESSAGE_SATISFACTION_REPORTED)
                    .processInstanceBusinessKey(instance.getBusinessKey()).setVariable(SATISFACTION_SCORE.name(), 80).correlate();
            Map<String, Object> line = new HashMap<>();
            line.put("workerId", id);
            line.put("rating", "QUALIFIED");
            line.put("overrideReason", "");
            ratings.add(line);
        });
        taskService.complete(task(campaign, AssessmentCampaignProcess.TASK_CONFIRM_STREET_RATINGS).getId(),
                Map.of(AssessmentCampaignProcess.RATINGS.name(), ratings));
        managementService.executeJob(managementService.createJobQuery().processInstanceId(campaign.getId())
                .activityId("Timer_StreetNoticeEnds").singleResult().getId());
        return assessments;
    }

    ProcessInstance assessment(String name) {
        return runtimeService.createProcessInstanceQuery()
                .processInstanceBusinessKey(AnnualAssessmentProcess.businessKey(YEAR, workers.get(name))).singleResult();
    }

    Task task(ProcessInstance instance, String taskId) {
        return taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(taskId).singleResult();
    }

    Object shown(String name, String variable) {
        return taskService.getVariable(task(assessment(name), TASK_RENEW_CONTRACT).getId(), variable);
    }

    void runDueJobs(ProcessInstance instance) {
        for (List<Job> due = dueJobs(instance); !due.isEmpty(); due = dueJobs(instance)) {
            managementService.executeJob(due.get(0).getId());
        }
    }

    List<Job> dueJobs(ProcessInstance instance) {
        return managementService.createJobQuery().processInstanceId(instance.getId()).executable().list();
    }

    List<Map<String, Object>> changes(String name, String attribute) {
        return jdbc.sql("select old_value, new_value, effective_date, reason, decision_instance_id from worker_change"
                + " where worker_id = :w and attribute = :a order by id")
                .param("w", workers.get(name)).param("a", attribute).query().listOfRows();
    }

    @Test
    void tenYearsServiceLeadsToAnOpenEndedRenewal() {
        register("十年", CONTRACT_END.plusDays(1).minusYears(10));                  // 10 years when the new contract starts
        register("九年", CONTRACT_END.plusDays(2).minusYears(10));                  // 9 years 364 days
        assessAllQualified();

        assertThat(shown("十年", AssessmentDecisions.SERVICE_YEARS)).isEqualTo(10);
        assertThat(shown("十年", AssessmentDecisions.OPEN_ENDED_REQUIRED)).isEqualTo(true);
        assertThat((String) shown("十年", AssessmentDecisions.RENEWAL_GROUND)).contains("《劳动合同法》第十四条第二款第(一)项");
        assertThat(shown("九年", AssessmentDecisions.SERVICE_YEARS)).isEqualTo(9);
        assertThat(shown("九年", AssessmentDecisions.CONSECUTIVE_FIXED_TERMS)).isEqualTo(1);
        assertThat(shown("九年", AssessmentDecisions.OPEN_ENDED_REQUIRED)).isEqualTo(false);

        taskService.complete(task(assessment("十年"), TASK_RENEW_CONTRACT).getId(), Map.of(CONTRACT_KIND.name(), "OPEN_ENDED"));

        WorkerView tenYears = registry.workers().view(workers.get("十年"));
        assertThat(tenYears.contractKind()).isEqualTo(ContractKind.OPEN_ENDED);
        assertThat(tenYears.contractEnd()).isNull();
        assertThat(tenYears.fixedTermContracts()).isEqualTo(1);
        assertThat(changes("十年", "CONTRACT_KIND")).singleElement().satisfies(change -> {
            assertThat(change).containsEntry("OLD_VALUE", "FIXED_TERM").containsEntry("NEW_VALUE", "OPEN_ENDED");
            assertThat((String) change.get("REASON")).startsWith("续订劳动合同:无固定期限劳动合同。")
                    .contains("《劳动合同法》第十四条第二款第(一)项");
            assertThat(change.get("DECISION_INSTANCE_ID")).isNotNull();
        });
        assertThat(changes("十年", "CONTRACT_END")).last().satisfies(change ->
                assertThat(change.get("NEW_VALUE")).isNull());

        // 9 years 364 days and one fixed term: a further fixed term needs no request from the worker.
        taskService.complete(task(assessment("九年"), TASK_RENEW_CONTRACT).getId(),
                Map.of(CONTRACT_KIND.name(), "FIXED_TERM", NEW_CONTRACT_END.name(), (YEAR + 4) + "-06-30"));
        WorkerView nineYears = registry.workers().view(workers.get("九年"));
        assertThat(nineYears.contractKind()).isEqualTo(ContractKind.FIXED_TERM);
        assertThat(nineYears.contractEnd()).isEqualTo(LocalDate.of(YEAR + 4, 6, 30));
        assertThat(nineYears.fixedTermContracts()).isEqualTo(2);
        assertThat(changes("九年", "FIXED_TERM_CONTRACTS")).singleElement().satisfies(change ->
                assertThat(change).containsEntry("OLD_VALUE", "1").containsEntry("NEW_VALUE", "2"));
        assertThat(assessment("十年")).isNull();
        assertThat(assessment("九年")).isNull();
    }

    @Test
    void aFixedTermWhereOpenEndedIsRequiredOnlyAtTheWorkersWrittenRequest() {
        register("两次固定期限", LocalDate.of(YEAR - 3, 7, 1));
        // The first fixed term was renewed once already: this is the second consecutive one.
        jdbc.sql("update worker set fixed_term_contracts = 2 where worker_id = :w").param("w", workers.get("两次固定期限")).update();
        assessAllQualified();
        ProcessInstance instance = assessment("两次固定期限");
        String renewal = task(instance, TASK_RENEW_CONTRACT).getId();
        assertThat(shown("两次固定期限", AssessmentDecisions.OPEN_ENDED_REQUIRED)).isEqualTo(true);
        assertThat((String) shown("两次固定期限", AssessmentDecisions.RENEWAL_GROUND)).contains("第十四条第二款第(三)项");

        Map<String, Object> fixedTerm = Map.of(CONTRACT_KIND.name(), "FIXED_TERM", NEW_CONTRACT_END.name(), (YEAR + 3) + "-06-30");
        assertThatThrownBy(() -> taskService.complete(renewal, fixedTerm))
                .isInstanceOf(FormFieldValidationException.class)
                .hasMessageContaining("《劳动合同法》第十四条").hasMessageContaining("书面提出");
        Map<String, Object> notAsked = new HashMap<>(fixedTerm);
        notAsked.put(WORKER_REQUESTED_FIXED_TERM.name(), false);
        assertThatThrownBy(() -> taskService.complete(renewal, notAsked)).isInstanceOf(FormFieldValidationException.class);
        // What the form showed is no ground: a rewritten proposal changes nothing.
        runtimeService.setVariable(instance.getId(), AssessmentDecisions.OPEN_ENDED_REQUIRED, false);
        assertThatThrownBy(() -> taskService.complete(renewal, fixedTerm)).isInstanceOf(FormFieldValidationException.class);
        assertThat(registry.workers().find(workers.get("两次固定期限")).orElseThrow().getContractEnd()).isEqualTo(CONTRACT_END);

        Map<String, Object> asked = new HashMap<>(fixedTerm);
        asked.put(WORKER_REQUESTED_FIXED_TERM.name(), true);
        taskService.complete(renewal, asked);

        WorkerView renewed = registry.workers().view(workers.get("两次固定期限"));
        assertThat(renewed.contractKind()).isEqualTo(ContractKind.FIXED_TERM);
        assertThat(renewed.contractEnd()).isEqualTo(LocalDate.of(YEAR + 3, 6, 30));
        assertThat(renewed.fixedTermContracts()).isEqualTo(3);
        assertThat(changes("两次固定期限", "FIXED_TERM_CONTRACTS")).singleElement().satisfies(change ->
                assertThat((String) change.get("REASON")).contains("劳动者书面提出订立固定期限劳动合同", "第十四条第二款第(三)项"));
    }

    /**
     * A contract the assessment is renewing (its end is past or near: within the contract expiry's lead time) gets no
     * second decision from the contract expiry's daily check; once renewed, its new end is far.
     */
    @Test
    void aContractBeingRenewedHereGetsNoContractExpiryDecision() {
        register("续订中", LocalDate.of(2020, 7, 1));
        assessAllQualified();
        String worker = workers.get("续订中");

        contractExpiryCheck.openDue();
        assertThat(expiryDecisions(worker)).isZero();

        taskService.complete(task(assessment("续订中"), TASK_RENEW_CONTRACT).getId(), Map.of(CONTRACT_KIND.name(),
                "FIXED_TERM", NEW_CONTRACT_END.name(), LocalDate.now(ClockConfiguration.CHINA).plusYears(3).toString()));
        contractExpiryCheck.openDue();
        assertThat(expiryDecisions(worker)).isZero();
    }

    /**
     * The other way round: a contract the contract expiry is already deciding (its end is near or past) gets no
     * 续订劳动合同 from the assessment, whose rating still counts; the other worker's contract is renewed here.
     */
    @Test
    void aContractTheContractExpiryIsDecidingGetsNoRenewalHere() {
        register("到期处理中", LocalDate.of(2020, 7, 1));
        contractExpiryCheck.openDue();
        register("考核续订", LocalDate.of(2020, 7, 1));
        assertThat(expiryDecisions(workers.get("到期处理中"))).isEqualTo(2);

        Map<String, ProcessInstance> assessments = rateAllQualified();

        assertThat(assessments.get("到期处理中")).hasPassed("EndEvent_AssessmentCompleted")
                .hasNotPassed(TASK_PROPOSE_CONTRACT_RENEWAL, TASK_RENEW_CONTRACT).isEnded();
        assertThat(registry.workers().view(workers.get("到期处理中")).assessmentHistory())
                .anySatisfy(rated -> assertThat(rated.year()).isEqualTo(YEAR));
        assertThat(assessments.get("考核续订")).isWaitingAt(TASK_RENEW_CONTRACT);
    }

    long expiryDecisions(String workerId) {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(ContractExpiryProcess.KEY)
                .processInstanceBusinessKeyLike("CE-" + workerId + "-%").count()
                + jdbc.sql("select count(*) from contract_expiry where worker_id = :w").param("w", workerId)
                        .query(Long.class).single();
    }
}
