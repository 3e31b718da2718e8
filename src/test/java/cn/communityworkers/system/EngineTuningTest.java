package cn.communityworkers.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import javax.sql.DataSource;
import javax.xml.datatype.DatatypeFactory;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.entitymanager.DbEntityManager;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.zaxxer.hikari.HikariDataSource;

import cn.communityworkers.support.ProcessTest;

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
                .isInstanceOf(EngineTuning.EntityManagerFactory.class);
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
    void onPostgresqlTheDriverSendsABatchOfInsertsAsOneMultiRowInsert() {
        assumeTrue("postgres".equals(configuration().getDatabaseType()), "a setting of the PostgreSQL driver");
        assertThat(((HikariDataSource) dataSource).getDataSourceProperties().getProperty("reWriteBatchedInserts"))
                .isEqualTo("true");
    }
}
