package cn.communityworkers.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;
import javax.xml.datatype.DatatypeFactory;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.entitymanager.DbEntityManager;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.zaxxer.hikari.HikariDataSource;

import cn.communityworkers.support.ProcessTest;
import cn.communityworkers.support.TestModels;
import cn.communityworkers.support.TestProfiles;

@ProcessTest
class EngineTuningTest {

    static final String BRANCHES = "engineTuningBranches";

    @Autowired
    ProcessEngine processEngine;

    @Autowired
    TaskService taskService;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    DataSource dataSource;

    /** The settings the Camunda starter builds the engine and its job executor's threads from. */
    @Autowired
    CamundaBpmProperties camunda;

    /** A process of three parallel branches, each waiting in a task. */
    @BeforeAll
    static void deployBranches(@Autowired RepositoryService repositoryService) {
        TestModels.deploy(repositoryService, Bpmn.createExecutableProcess(BRANCHES).camundaHistoryTimeToLive(1)
                .startEvent().parallelGateway("Fork").userTask("Task_A").endEvent().moveToNode("Fork")
                .userTask("Task_B").endEvent().moveToNode("Fork").userTask("Task_C").endEvent().done());
    }

    ProcessEngineConfigurationImpl configuration() {
        return (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
    }

    @Test
    void theEngineWritesThroughTheEntityManagerThatBuildsTheIdCheckMessageOnlyWhenItIsNeeded() {
        assertThat(configuration().getSessionFactories().get(DbEntityManager.class))
                .isInstanceOf(EngineEntityManager.Factory.class);
        Task task = taskService.newTask();
        taskService.saveTask(task);
        try {
            assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);
        } finally {
            taskService.deleteTask(task.getId(), true);
        }
    }

    @Test
    void theWildcardIsStillRefusedAsAnIdWithTheEnginesOwnMessage() {
        Task task = taskService.newTask("*");
        assertThatThrownBy(() -> taskService.saveTask(task))
                .isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining("has an invalid id")
                .hasMessageContaining("cannot be *");
        assertThat(taskService.createTaskQuery().taskId("*").count()).isZero();
    }

    @Test
    void timersGetTheJdksDatatypeFactoryWithoutSearchingTheClassPath() throws Exception {
        assertThat(System.getProperty(EngineTuning.DATATYPE_FACTORY)).isEqualTo(EngineTuning.JDK_DATATYPE_FACTORY);
        assertThat(DatatypeFactory.newInstance().getClass().getName()).isEqualTo(EngineTuning.JDK_DATATYPE_FACTORY);
    }

    @Test
    void aUserInFewGroupsIsCheckedWithAllOfThemWithoutLookingUpEveryAuthorizedGroup() {
        assertThat(configuration().getSessionFactories().get(AuthorizationManager.class))
                .isInstanceOf(EngineTuning.AuthorizationManagerFactory.class);
        List<String> few = List.of(CurrentUser.AUDITORS, "groupWithoutAuthorizations");
        assertThat(filtered(few)).containsExactlyElementsOf(few);
        // Beyond the threshold the engine's own filter applies: only groups that have authorizations are kept.
        List<String> many = new ArrayList<>(List.of(CurrentUser.AUDITORS));
        for (int i = 0; i < EngineTuning.GROUPS_CHECKED_UNFILTERED; i++) {
            many.add("groupWithoutAuthorizations" + i);
        }
        assertThat(filtered(many)).containsExactly(CurrentUser.AUDITORS);
    }

    List<String> filtered(List<String> groups) {
        return configuration().getCommandExecutorTxRequired()
                .execute(context -> context.getAuthorizationManager().filterAuthenticatedGroupIds(groups));
    }

    /** A campaign's street lanes are branches of one instance: a batch's job must not load every other lane. */
    @Test
    void anExecutionIsLoadedWithTheRelativesItNeedsNotWithItsInstancesWholeTree() {
        ProcessInstance instance = runtimeService.startProcessInstanceByKey(BRANCHES);
        try {
            String branch = runtimeService.createExecutionQuery().processInstanceId(instance.getId())
                    .activityId("Task_A").singleResult().getId();
            List<String> loaded = configuration().getCommandExecutorTxRequired().execute(context -> {
                ExecutionEntity execution = context.getExecutionManager().findExecutionById(branch);
                assertThat(execution.getParent().getId()).isEqualTo(instance.getId());
                return context.getDbEntityManager().getCachedEntitiesByType(ExecutionEntity.class).stream()
                        .map(ExecutionEntity::getId).toList();
            });
            // With Camunda's default prefetch the instance's four executions would all be loaded here.
            assertThat(runtimeService.createExecutionQuery().processInstanceId(instance.getId()).count()).isEqualTo(4);
            assertThat(loaded).containsExactlyInAnyOrder(branch, instance.getId());
        } finally {
            runtimeService.deleteProcessInstance(instance.getId(), "test done");
        }
    }

    @Test
    void theJobExecutorRunsTwoJobsAtOnce() {
        // The process tests run without the job executor; the application's node builds its threads from these.
        assertThat(camunda.getJobExecution().getCorePoolSize()).isEqualTo(2);
        assertThat(camunda.getJobExecution().getMaxPoolSize()).isEqualTo(2);
    }

    @Test
    void onPostgresqlTheDriverSendsABatchOfInsertsAsOneMultiRowInsert() {
        assumeTrue(TestProfiles.postgres(), "a setting of the PostgreSQL driver");
        assertThat(((HikariDataSource) dataSource).getDataSourceProperties().getProperty("reWriteBatchedInserts"))
                .isEqualTo("true");
    }
}
