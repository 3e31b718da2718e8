package cn.communityworkers.system;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * An index the engine's own schema lacks, for Tasklist's task queries with authorization checks: they read the
 * authorizations granted to the user <em>or</em> to the user's groups, and with an index on the user column as
 * well as the engine's on the group column PostgreSQL reads just those rows instead of the whole table (a
 * year-end campaign leaves one authorization per open task). Measured in the benchmark's tuning record.
 * <p>
 * Created once the engine has created or updated its tables (Flyway runs before them, so this cannot be a
 * migration); {@code if not exists} makes every later start, and every other node of a cluster, a no-op.
 */
@Component
class TaskQueryIndex extends AbstractProcessEnginePlugin {

    static final String NAME = "CW_IDX_AUTH_USER_ID";

    private final JdbcTemplate jdbc;

    TaskQueryIndex(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine processEngine) {
        jdbc.execute("create index if not exists " + NAME + " on ACT_RU_AUTHORIZATION (USER_ID_)");
    }
}
