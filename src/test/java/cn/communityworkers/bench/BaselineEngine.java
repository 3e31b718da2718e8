package cn.communityworkers.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.camunda.bpm.model.bpmn.Bpmn;

/**
 * The bare engine of this application with Camunda's defaults (its own database: an H2 file, or a schema of
 * its own on PostgreSQL), full history, one process with one user task: how fast it starts and completes.
 */
final class BaselineEngine {

    static final String PROCESS_KEY = "baselineOneTask";
    static final String SCHEMA = "bench_baseline";

    record Rates(double startsPerSecond, double completionsPerSecond) {
    }

    private BaselineEngine() {
    }

    static Rates measure(int instances, int threads, String postgresUrl, String user, String password) throws Exception {
        ProcessEngine engine = bareEngine("baseline", SCHEMA, false, false, postgresUrl, user, password);
        try {
            engine.getRepositoryService().createDeployment()
                    .addModelInstance("baseline.bpmn", Bpmn.createExecutableProcess(PROCESS_KEY)
                            .camundaHistoryTimeToLive(1).startEvent().userTask("Task_Work").endEvent().done())
                    .deploy();
            long started = System.nanoTime();
            Parallel.run(instances, threads,
                    i -> engine.getRuntimeService().startProcessInstanceByKey(PROCESS_KEY, "B-" + i));
            double startsPerSecond = instances / seconds(started);

            List<String> taskIds = new ArrayList<>();
            for (int page = 0; page < instances; page += 10_000) {
                engine.getTaskService().createTaskQuery().processDefinitionKey(PROCESS_KEY).orderByTaskId().asc()
                        .listPage(page, 10_000).forEach(task -> taskIds.add(task.getId()));
            }
            long completing = System.nanoTime();
            Parallel.run(taskIds.size(), threads, i -> engine.getTaskService().complete(taskIds.get(i)));
            return new Rates(startsPerSecond, taskIds.size() / seconds(completing));
        } finally {
            engine.close();
        }
    }

    /**
     * An engine with Camunda's defaults and full history on a database of its own: a new H2 file, or on PostgreSQL
     * the schema {@code schema}, dropped and created again. With {@code uuids}, its ids are the UUIDs of this
     * application's engine (the starter's {@code strong} id generator; Camunda's default, a sequence in the database,
     * makes ids of a few digits and is not for production, Camunda's documentation says), which every row and index of
     * every table holds several of.
     */
    static ProcessEngine bareEngine(String name, String schema, boolean authorization, boolean uuids,
            String postgresUrl, String user, String password) throws Exception {
        StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
        configuration.setProcessEngineName(name);
        if (uuids) {
            configuration.setIdGenerator(new StrongUuidGenerator());
        }
        configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        configuration.setAuthorizationEnabled(authorization);
        if (postgresUrl == null) {
            configuration.setJdbcUrl("jdbc:h2:file:./target/bench/" + schema + "-" + System.nanoTime());
            configuration.setJdbcDriver("org.h2.Driver");
            configuration.setJdbcUsername("sa");
            configuration.setJdbcPassword("");
        } else {
            try (Connection connection = DriverManager.getConnection(postgresUrl, user, password);
                    Statement statement = connection.createStatement()) {
                statement.execute("drop schema if exists " + schema + " cascade");
                statement.execute("create schema " + schema);
            }
            configuration.setJdbcUrl(postgresUrl + (postgresUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema);
            configuration.setJdbcDriver("org.postgresql.Driver");
            configuration.setJdbcUsername(user);
            configuration.setJdbcPassword(password);
            configuration.setDatabaseSchema(schema);
            configuration.setDatabaseTablePrefix(schema + ".");
        }
        return configuration.buildProcessEngine();
    }

    static double seconds(long sinceNanos) {
        return (System.nanoTime() - sinceNanos) / 1e9;
    }
}
