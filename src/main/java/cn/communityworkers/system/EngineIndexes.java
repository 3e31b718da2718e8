package cn.communityworkers.system;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Three indexes the engine's own schema lacks, for what a year-end campaign makes large (measured in the
 * benchmark's tuning record):
 * <ul>
 * <li>{@value #AUTHORIZATION_USER} on the authorizations' user column: Tasklist's task queries read the
 * authorizations granted to the user <em>or</em> to the user's groups; with an index on both sides PostgreSQL
 * reads just those rows instead of the whole table (one authorization per open task).</li>
 * <li>{@value #JOB_DUE_DATE} on the jobs' due date: every job gets a due date when it is created
 * ({@code ensureJobDueDateNotNull}), so the job executor asks only for jobs due by now, and the index finds them
 * among a timer per assessment instead of reading them all at every acquisition. Jobs left without a due date
 * by an earlier version are given their creation time here, or they would never be acquired.</li>
 * <li>{@value #TASK_PARENT} on the tasks' parent: completing a task looks for its subtasks by parent id, which
 * without it reads every open task (a campaign opens one per worker).</li>
 * </ul>
 * Created once the engine has created or updated its tables (Flyway runs before them, so this cannot be a
 * migration); {@code if not exists} makes every later start, and every other node of a cluster, a no-op.
 */
@Component
class EngineIndexes extends AbstractProcessEnginePlugin {

    static final String AUTHORIZATION_USER = "CW_IDX_AUTH_USER_ID";
    static final String JOB_DUE_DATE = "CW_IDX_JOB_DUEDATE";
    static final String TASK_PARENT = "CW_IDX_TASK_PARENT";

    private final JdbcTemplate jdbc;

    EngineIndexes(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setEnsureJobDueDateNotNull(true);
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine processEngine) {
        jdbc.execute("create index if not exists " + AUTHORIZATION_USER + " on ACT_RU_AUTHORIZATION (USER_ID_)");
        jdbc.execute("create index if not exists " + JOB_DUE_DATE + " on ACT_RU_JOB (DUEDATE_)");
        jdbc.execute("create index if not exists " + TASK_PARENT + " on ACT_RU_TASK (PARENT_TASK_ID_)");
        jdbc.update("update ACT_RU_JOB set DUEDATE_ = coalesce(CREATE_TIME_, current_timestamp) where DUEDATE_ is null");
    }
}
