package cn.communityworkers.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.communityworkers.support.ProcessTest;
import cn.communityworkers.support.TestProfiles;

@ProcessTest
class EngineIndexesTest {

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EngineIndexes engineIndexes;

    @Autowired
    ProcessEngine processEngine;

    @Test
    void theAuthorizationsTheJobsAndTheTasksHaveTheirIndexesAfterEveryStart() throws Exception {
        assertIndexes();
        // A second start (another node, a restart) finds them there and changes nothing.
        engineIndexes.postProcessEngineBuild(processEngine);
        assertIndexes();
    }

    void assertIndexes() throws Exception {
        assertThat(indexedColumns("ACT_RU_AUTHORIZATION", EngineIndexes.AUTHORIZATION_USER)).containsExactly("USER_ID_");
        assertThat(indexedColumns("ACT_RU_JOB", EngineIndexes.JOB_DUE_DATE)).containsExactly("DUEDATE_");
        assertThat(indexedColumns("ACT_RU_TASK", EngineIndexes.TASK_PARENT)).containsExactly("PARENT_TASK_ID_");
    }

    @Test
    void everyJobHasADueDateSoThatTheJobExecutorAsksOnlyForJobsDueByNow() {
        assertThat(((ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration())
                .isEnsureJobDueDateNotNull()).isTrue();
        // A job an earlier version left without a due date gets its creation time at the next start.
        String id = "T" + UUID.randomUUID();
        Timestamp created = Timestamp.from(Instant.parse("2026-01-05T08:00:00Z"));
        jdbc.sql("""
                insert into ACT_RU_JOB (ID_, REV_, TYPE_, RETRIES_, HANDLER_TYPE_, SUSPENSION_STATE_, PRIORITY_, CREATE_TIME_)
                values (:id, 1, 'message', 3, 'async-continuation', 1, 0, :created)""")
                .param("id", id).param("created", created).update();
        try {
            engineIndexes.postProcessEngineBuild(processEngine);
            assertThat(jdbc.sql("select DUEDATE_ from ACT_RU_JOB where ID_ = :id").param("id", id)
                    .query(Timestamp.class).single()).isEqualTo(created);
        } finally {
            jdbc.sql("delete from ACT_RU_JOB where ID_ = :id").param("id", id).update();
        }
    }

    @Test
    void onPostgresqlTheEnginesIndexesOnColumnsLeftEmptyHoldOnlyTheRowsThatFillThem() throws Exception {
        assumeTrue(TestProfiles.postgres(), "H2 has no partial indexes");
        assertThat(indexDefinition("act_idx_hi_detail_tenant_id")).endsWith("WHERE (tenant_id_ IS NOT NULL)");
        assertThat(indexDefinition("act_idx_hi_detail_task_bytear")).endsWith("WHERE (bytearray_id_ IS NOT NULL)");
        assertThat(indexDefinition("act_idx_variable_task_name_type")).endsWith("WHERE (task_id_ IS NOT NULL)");
        assertThat(indexDefinition("act_idx_hi_procvar_proc_inst")).doesNotContain("WHERE");
        assertThat(indexDefinition("act_idx_task_procinst")).doesNotContain("WHERE");
        // A second start (another node, a restart) finds nothing left to change.
        String before = allIndexDefinitions();
        engineIndexes.postProcessEngineBuild(processEngine);
        assertThat(allIndexDefinitions()).isEqualTo(before);
        // A query for a value still uses the partial index.
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            statement.execute("set local enable_seqscan = off");
            StringBuilder plan = new StringBuilder();
            try (ResultSet rows = statement.executeQuery("explain select * from ACT_HI_DETAIL where TENANT_ID_ = 'x'")) {
                while (rows.next()) {
                    plan.append(rows.getString(1)).append('\n');
                }
            }
            connection.rollback();
            assertThat(plan).contains("act_idx_hi_detail_tenant_id");
        }
    }

    String indexDefinition(String index) {
        return jdbc.sql("select indexdef from pg_indexes where schemaname = current_schema() and indexname = :name")
                .param("name", index).query(String.class).single();
    }

    String allIndexDefinitions() {
        return String.join("\n", jdbc.sql("select indexdef from pg_indexes where schemaname = current_schema() order by indexname")
                .query(String.class).list());
    }

    /** The columns an index of ours covers (H2 names tables in upper case, PostgreSQL in lower case). */
    List<String> indexedColumns(String table, String index) throws Exception {
        List<String> columns = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData metadata = connection.getMetaData();
            for (String name : List.of(table, table.toLowerCase())) {
                try (ResultSet indexes = metadata.getIndexInfo(null, null, name, false, false)) {
                    while (indexes.next()) {
                        if (index.equalsIgnoreCase(indexes.getString("INDEX_NAME"))) {
                            columns.add(indexes.getString("COLUMN_NAME").toUpperCase());
                        }
                    }
                }
            }
        }
        return columns;
    }
}
