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
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.entitymanager.DbEntityManager;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.zaxxer.hikari.HikariDataSource;

import cn.communityworkers.support.ProcessTest;
import cn.communityworkers.support.TestProfiles;

@ProcessTest
class EngineTuningTest {

    @Autowired
    ProcessEngine processEngine;

    @Autowired
    TaskService taskService;

    @Autowired
    DataSource dataSource;

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

    @Test
    void onPostgresqlTheDriverSendsABatchOfInsertsAsOneMultiRowInsert() {
        assumeTrue(TestProfiles.postgres(), "a setting of the PostgreSQL driver");
        assertThat(((HikariDataSource) dataSource).getDataSourceProperties().getProperty("reWriteBatchedInserts"))
                .isEqualTo("true");
    }
}
