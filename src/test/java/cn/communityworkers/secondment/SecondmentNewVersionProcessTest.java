package cn.communityworkers.secondment;

import static cn.communityworkers.secondment.SecondmentProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.spring.SpringTransactionsProcessEngineConfiguration;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;

import cn.communityworkers.support.ProcessTest;
import cn.communityworkers.support.TestRegistry;
import cn.communityworkers.support.TestUnits;
import cn.communityworkers.system.ClockConfiguration;
import cn.communityworkers.workforce.Role;
import cn.communityworkers.workforce.WorkerStatus;

/**
 * A designer changes {@code secondment.bpmn} and the application restarts: the test replays the application's own
 * start-up deployment (its resources, deployment name and duplicate filtering) with the changed model. A secondment
 * running on its version goes on and ends on it; new requests take the next version, which finds the decision and the
 * forms of its own deployment; a running one moved over with the migration API goes on on the next version. The second
 * version is removed afterwards, so other tests see the models as they are.
 */
@ProcessTest
class SecondmentNewVersionProcessTest {

    static final String COUNTY_TASK_V1 = "县级审批借调";
    static final String COUNTY_TASK_V2 = "县级审批借调(第2版)";

    @Autowired ProcessEngine engine;
    @Autowired RepositoryService repositoryService;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired FormService formService;
    @Autowired ManagementService managementService;
    @Autowired HistoryService historyService;
    @Autowired TestRegistry registry;

    TestUnits units;
    LocalDate start = LocalDate.now(ClockConfiguration.CHINA).plusDays(10);
    Deployment restart;

    @BeforeEach
    void setUp() {
        AbstractAssertions.init(engine);
        units = registry.county(100_000);
    }

    @AfterEach
    void removeTheSecondVersion() {
        if (restart != null) {
            repositoryService.deleteDeployment(restart.getId(), true);
        }
    }

    @Test
    void aRestartWithoutChangesDeploysNothing() throws IOException {
        ProcessDefinition before = latest();

        Deployment again = restartWith(UnaryOperator.identity());

        assertThat(latest().getId()).isEqualTo(before.getId());
        assertThat(again.getId()).isEqualTo(before.getDeploymentId());
    }

    @Test
    void aRunningSecondmentFinishesOnItsVersionWhileNewRequestsTakeTheChangedOne() throws IOException {
        ProcessDefinition before = latest();
        String raisedTag = String.valueOf(Integer.parseInt(before.getVersionTag()) + 1);
        String worker = registry.worker(units, Role.STAFF, WorkerStatus.ACTIVE);
        ProcessInstance running = startFor(worker);
        answer(running, ApprovalLevel.COMMUNITY, true, "同意");

        restart = restartWith(SecondmentNewVersionProcessTest::renameCountyApproval);

        ProcessDefinition after = latest();
        assertThat(after.getVersion()).isEqualTo(before.getVersion() + 1);
        assertThat(after.getVersionTag()).isEqualTo(raisedTag);
        assertThat(after.getDeploymentId()).isEqualTo(restart.getId());

        answer(running, ApprovalLevel.STREET, true, null);
        Task countyV1 = task(running, TASK_APPROVE_AT_COUNTY);
        assertThat(countyV1.getProcessDefinitionId()).isEqualTo(before.getId());
        assertThat(countyV1.getName()).isEqualTo(COUNTY_TASK_V1);
        answer(running, ApprovalLevel.COUNTY, true, "准予借调");
        assertThat(registry.workers().find(worker).orElseThrow().getStatus()).isEqualTo(WorkerStatus.SECONDED);
        managementService.executeJob(managementService.createJobQuery().processInstanceId(running.getId())
                .activityId(TIMER_SECONDMENT_ENDS).singleResult().getId());
        taskService.complete(task(running, TASK_CONFIRM_RETURN).getId(), Map.of(RETURN_NOTE.name(), "已返岗"));
        assertThat(running).isEnded().hasPassed(TASK_RECORD_SECONDMENT, TASK_END_SECONDMENT, END_WORKER_RETURNED);
        assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(running.getId()).singleResult()
                .getProcessDefinitionId()).isEqualTo(before.getId());
        assertThat(registry.workers().find(worker).orElseThrow().getStatus()).isEqualTo(WorkerStatus.ACTIVE);

        ProcessInstance fresh = startFor(registry.worker(units, Role.STAFF, WorkerStatus.ACTIVE));
        assertThat(fresh.getProcessDefinitionId()).isEqualTo(after.getId());
        assertThat(fresh).hasPassed(TASK_CHECK_ELIGIBILITY).isWaitingAt(TASK_GIVE_COMMUNITY_OPINION);
        answer(fresh, ApprovalLevel.COMMUNITY, true, "同意");
        answer(fresh, ApprovalLevel.STREET, true, null);
        Task countyV2 = task(fresh, TASK_APPROVE_AT_COUNTY);
        assertThat(countyV2.getName()).isEqualTo(COUNTY_TASK_V2);
        try (InputStream form = formService.getDeployedTaskForm(countyV2.getId())) {
            assertThat(new String(form.readAllBytes(), StandardCharsets.UTF_8)).contains("\"id\": \"secondment-county-approval\"");
        }
    }

    @Test
    void anAdministratorMovesARunningSecondmentToTheNewVersion() throws IOException {
        ProcessDefinition before = latest();
        ProcessInstance waiting = startFor(registry.worker(units, Role.STAFF, WorkerStatus.ACTIVE));
        answer(waiting, ApprovalLevel.COMMUNITY, true, "同意");
        restart = restartWith(SecondmentNewVersionProcessTest::renameCountyApproval);
        ProcessDefinition after = latest();

        MigrationPlan plan = runtimeService.createMigrationPlan(before.getId(), after.getId()).mapEqualActivities().build();
        runtimeService.newMigration(plan).processInstanceIds(waiting.getId()).execute();

        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(waiting.getId()).singleResult()
                .getProcessDefinitionId()).isEqualTo(after.getId());
        assertThat(waiting).isWaitingAt(TASK_REVIEW_AT_STREET);
        answer(waiting, ApprovalLevel.STREET, true, null);
        assertThat(task(waiting, TASK_APPROVE_AT_COUNTY).getName()).isEqualTo(COUNTY_TASK_V2);
        answer(waiting, ApprovalLevel.COUNTY, true, "准予借调");
        assertThat(waiting).hasPassed(TASK_RECORD_SECONDMENT).isNotEnded();
        assertThat(managementService.createJobQuery().processInstanceId(waiting.getId()).activityId(TIMER_SECONDMENT_ENDS)
                .count()).isEqualTo(1);
    }

    /** The designer's change: a new name for the county's task, and the version tag raised. */
    static String renameCountyApproval(String xml) {
        BpmnModelInstance model = Bpmn.readModelFromStream(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        Process process = model.getModelElementsByType(Process.class).iterator().next();
        process.setCamundaVersionTag(String.valueOf(Integer.parseInt(process.getCamundaVersionTag()) + 1));
        UserTask county = model.getModelElementById(TASK_APPROVE_AT_COUNTY);
        county.setName(COUNTY_TASK_V2);
        return Bpmn.convertToString(model);
    }

    /**
     * What the application deploys at start, with {@code secondment.bpmn} changed by {@code change}: the same
     * resources under the same names (Spring names a file resource by its absolute path), the same deployment name,
     * the same duplicate filtering.
     */
    Deployment restartWith(UnaryOperator<String> change) throws IOException {
        var configuration = (SpringTransactionsProcessEngineConfiguration) engine.getProcessEngineConfiguration();
        DeploymentBuilder deployment = repositoryService.createDeployment()
                .name(configuration.getDeploymentName())
                .enableDuplicateFiltering(configuration.isDeployChangedOnly());
        for (Resource resource : configuration.getDeploymentResources()) {
            String name = resource.getFile().getAbsolutePath();
            String content = resource.getContentAsString(StandardCharsets.UTF_8);
            deployment.addString(name, name.endsWith("/processes/secondment/secondment.bpmn") ? change.apply(content) : content);
        }
        return deployment.deploy();
    }

    ProcessDefinition latest() {
        return repositoryService.createProcessDefinitionQuery().processDefinitionKey(KEY).latestVersion().singleResult();
    }

    ProcessInstance startFor(String workerId) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(WORKER_ID.name(), workerId);
        variables.put(BORROWING_ORGANIZATION.name(), "某街道综合执法队");
        variables.put(BORROWING_ORG_LEVEL.name(), "STREET");
        variables.put(BORROWING_ORG_TYPE.name(), "PARTY_GOVERNMENT_ORGAN");
        variables.put(START_DATE.name(), start.toString());
        variables.put(END_DATE.name(), start.plusMonths(3).toString());
        variables.put(PURPOSE.name(), "防汛专项工作");
        return runtimeService.startProcessInstanceByKey(KEY, variables);
    }

    Task task(ProcessInstance instance, String taskId) {
        return taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(taskId).singleResult();
    }

    void answer(ProcessInstance instance, ApprovalLevel level, boolean yes, String opinion) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(level.answer().name(), yes);
        variables.put(level.opinion().name(), opinion);
        taskService.complete(task(instance, level.taskId()).getId(), variables);
    }
}
