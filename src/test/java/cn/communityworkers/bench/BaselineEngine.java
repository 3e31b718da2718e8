package cn.communityworkers.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.model.bpmn.Bpmn;

/**
 * The bare engine of this application with Camunda's defaults (its own database: an H2 file, or a schema of
 * its own on PostgreSQL), full history, one process with one user task: how fast it starts and completes.
 */
final class BaselineEngine {

    static final String PROCESS_KEY = "baselineOneTask";
    static final String POSTGRES_SCHEMA = "bench_baseline";

    record Rates(double startsPerSecond, double completionsPerSecond) {
    }

    private BaselineEngine() {
    }

    static Rates measure(int instances, int threads, String postgresUrl, String user, String password) throws Exception {
        StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
        configuration.setProcessEngineName("baseline");
        configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        if (postgresUrl == null) {
            configuration.setJdbcUrl("jdbc:h2:file:./target/bench/baseline-" + System.nanoTime());
            configuration.setJdbcDriver("org.h2.Driver");
            configuration.setJdbcUsername("sa");
            configuration.setJdbcPassword("");
        } else {
            try (Connection connection = DriverManager.getConnection(postgresUrl, user, password);
                    Statement statement = connection.createStatement()) {
                statement.execute("drop schema if exists " + POSTGRES_SCHEMA + " cascade");
                statement.execute("create schema " + POSTGRES_SCHEMA);
            }
            configuration.setJdbcUrl(postgresUrl + (postgresUrl.contains("?") ? "&" : "?") + "currentSchema=" + POSTGRES_SCHEMA);
            configuration.setJdbcDriver("org.postgresql.Driver");
            configuration.setJdbcUsername(user);
            configuration.setJdbcPassword(password);
            configuration.setDatabaseSchema(POSTGRES_SCHEMA);
            configuration.setDatabaseTablePrefix(POSTGRES_SCHEMA + ".");
        }
        ProcessEngine engine = configuration.buildProcessEngine();
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

    static double seconds(long sinceNanos) {
        return (System.nanoTime() - sinceNanos) / 1e9;
    }
}
