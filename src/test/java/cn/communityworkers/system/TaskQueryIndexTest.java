package cn.communityworkers.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.communityworkers.support.ProcessTest;

@ProcessTest
class TaskQueryIndexTest {

    @Autowired
    DataSource dataSource;

    @Autowired
    TaskQueryIndex taskQueryIndex;

    @Autowired
    ProcessEngine processEngine;

    @Test
    void theAuthorizationsHaveAnIndexOnTheUserAfterEveryStart() throws Exception {
        assertThat(indexedColumns()).contains("USER_ID_");
        // A second start (another node, a restart) finds the index there and changes nothing.
        taskQueryIndex.postProcessEngineBuild(processEngine);
        assertThat(indexedColumns()).containsOnlyOnce("USER_ID_");
    }

    /** The columns of ACT_RU_AUTHORIZATION indexed by the project's index (H2 upper case, PostgreSQL lower case). */
    List<String> indexedColumns() throws Exception {
        List<String> columns = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData metadata = connection.getMetaData();
            for (String table : List.of("ACT_RU_AUTHORIZATION", "act_ru_authorization")) {
                try (ResultSet indexes = metadata.getIndexInfo(null, null, table, false, false)) {
                    while (indexes.next()) {
                        if (TaskQueryIndex.NAME.equalsIgnoreCase(indexes.getString("INDEX_NAME"))) {
                            columns.add(indexes.getString("COLUMN_NAME").toUpperCase());
                        }
                    }
                }
            }
        }
        return columns;
    }
}
