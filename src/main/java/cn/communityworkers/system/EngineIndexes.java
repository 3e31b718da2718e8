package cn.communityworkers.system;

import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The engine's indexes fitted to what a year-end campaign makes large (measured in the benchmark's tuning record).
 * Three indexes its own schema lacks:
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
 * On PostgreSQL, the engine's indexes on columns this application leaves empty in (nearly) every row are made
 * partial, {@code where <column> is not null}: every insert otherwise adds a null entry to each of them (an
 * assessment's variable writes an entry into 15 indexes of {@code ACT_HI_DETAIL}, 7 of them on such columns).
 * Every query the engine makes on those columns compares them with a value, which implies {@code is not null},
 * so the partial index serves it as before. The index keeps its name, so the engine's upgrade scripts still find
 * it. H2 has no partial indexes and keeps the engine's.
 * <p>
 * Created once the engine has created or updated its tables (Flyway runs before them, so this cannot be a
 * migration); {@code if not exists} makes every later start, and every other node of a cluster, a no-op, and an
 * index once partial is left as it is.
 */
@Component
class EngineIndexes extends AbstractProcessEnginePlugin {

    static final String AUTHORIZATION_USER = "CW_IDX_AUTH_USER_ID";
    static final String JOB_DUE_DATE = "CW_IDX_JOB_DUEDATE";
    static final String TASK_PARENT = "CW_IDX_TASK_PARENT";

    /**
     * Columns this application leaves empty in every row of every table: it has no tenants, no CMMN cases and no
     * call activities; removal times are set only when an instance ends, byte arrays only for object values, stack
     * traces only for failed jobs, batches only for batch operations; tasks are offered to candidate groups, not
     * assigned.
     */
    static final Set<String> EMPTY_COLUMNS = Set.of("tenant_id_", "case_inst_id_", "case_execution_id_",
            "case_def_id_", "super_exec_", "restarted_proc_inst_id_", "removal_time_", "bytearray_id_",
            "exception_stack_id_", "job_exception_stack_id_", "batch_id_", "configuration_", "assignee_", "owner_");
    /**
     * Columns empty in nearly every row of one table: identity links name groups, not users, and only starter
     * links name a process definition; variables belong to executions more often than to tasks; the authorizations
     * of tasks carry no root process instance.
     */
    static final Set<String> EMPTY_TABLE_COLUMNS = Set.of("act_ru_identitylink.user_id_",
            "act_hi_identitylink.user_id_", "act_ru_identitylink.proc_def_id_", "act_ru_variable.task_id_",
            "act_hi_detail.task_id_", "act_ru_authorization.root_proc_inst_id_");

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;

    EngineIndexes(DataSource dataSource, PlatformTransactionManager transactionManager) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.transactions = new TransactionTemplate(transactionManager);
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
        if ("postgres".equals(((ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration()).getDatabaseType())) {
            leaveEmptyColumnsOutOfIndexes();
        }
    }

    /** One node at a time (an advisory lock), in one transaction: another node never sees an index missing. */
    private void leaveEmptyColumnsOutOfIndexes() {
        transactions.executeWithoutResult(status -> {
            jdbc.query("select pg_advisory_xact_lock(hashtext('cw_engine_indexes'))", rows -> { });
            List<String[]> whole = jdbc.query("""
                    select tablename, indexname, indexdef from pg_indexes
                     where schemaname = current_schema() and tablename like 'act\\_%' and indexname like 'act\\_idx\\_%'
                       and indexdef not like 'CREATE UNIQUE%' and indexdef not like '% WHERE %'""",
                    (row, i) -> new String[] {row.getString(1), row.getString(2), row.getString(3)});
            for (String[] index : whole) {
                String definition = index[2];
                String leading = definition.substring(definition.indexOf('(') + 1).split("[,)]")[0].trim();
                if (EMPTY_COLUMNS.contains(leading) || EMPTY_TABLE_COLUMNS.contains(index[0] + "." + leading)) {
                    jdbc.execute("drop index " + index[1]);
                    jdbc.execute(definition + " where " + leading + " is not null");
                }
            }
        });
    }
}
