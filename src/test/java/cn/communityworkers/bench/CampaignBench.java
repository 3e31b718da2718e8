package cn.communityworkers.bench;

import static cn.communityworkers.bench.BenchReport.log;
import static cn.communityworkers.bench.BenchReport.ordered;
import static cn.communityworkers.bench.BenchReport.round;

import java.net.http.HttpResponse;
import java.sql.Date;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import cn.communityworkers.assessment.AnnualAssessmentProcess;
import cn.communityworkers.assessment.AssessmentCampaignProcess;
import cn.communityworkers.organisation.UnitGroups;
import cn.communityworkers.support.TasklistSession;
import cn.communityworkers.support.TestProfiles;
import cn.communityworkers.system.Grants;

/**
 * The benchmark of issue #8 (not a test: it asserts nothing about speed). {@code ./mvnw -Pbench verify}, on
 * PostgreSQL {@code ./mvnw -Pbench,postgres verify}; {@code -Dbench.workers=N} (default 10,000). In one JVM and
 * one run: the bare engine's baseline and its ceiling for the assessment's shape, a client's REST start loop of that
 * shape, the real assessment campaign over N synthetic workers, Tasklist's query for a group, approvers at once, the
 * work of their first tasks through the Java API and {@code /engine-rest}, and the footprint.
 * Prints a table and writes {@code target/bench/results.json}.
 */
class CampaignBench extends ApplicationBench {

    static final int WORKERS = Integer.getInteger("bench.workers", 10_000);
    static final int THREADS = 2;
    /**
     * Workers per community: the staffing standard (18 per 10,000 residents) gives a community of some
     * thousands of residents a few dozen at most, and one community's committee is one Tasklist group. A large
     * value (e.g. 1,000) is the stress case of one very large group.
     */
    static final int WORKERS_PER_COMMUNITY = Integer.getInteger("bench.workersPerCommunity", 20);
    static final int TASK_LIST_SAMPLES = 200;
    /** How many approvers work at once (issue #23: 20 and 100; 1 for comparison), and how many rounds each. */
    static final int[] APPROVERS = {1, 20, 100};
    static final int ROUNDS = 10;
    /** Approvers of each way before the measured phases. */
    static final int WARM_UP_APPROVERS = 20;
    /**
     * The order of the approvers' two ways; {@code -Dbench.jvmArgs=-Dbench.approverWays=REST,TASKLIST} measures
     * {@code /engine-rest} first.
     */
    static final List<Way> WAYS = Arrays.stream(System.getProperty("bench.approverWays", "TASKLIST,REST")
            .split(",")).map(String::trim).map(Way::valueOf).toList();
    /** What Tasklist posts for a filter's first page: the newest 15, no variables asked for. */
    static final String TASK_PAGE = "{\"processVariables\":[],\"taskVariables\":[],\"caseInstanceVariables\":[],"
            + "\"orQueries\":[],\"sorting\":[{\"sortBy\":\"created\",\"sortOrder\":\"desc\"}]}";
    static final Duration STALL = Duration.ofMinutes(3);
    /** What an approver submits for a first task over HTTP: the two scores. */
    static final String SCORES = "{\"variables\": {\"politicalScore\": {\"value\": 85}, \"performanceScore\": {\"value\": 88}}}";
    /** How many starts the REST start loop times, after a tenth as many to warm up. */
    static final int REST_STARTS = Integer.getInteger("bench.restStarts", 2_000);
    /** The key of the process the REST start loop starts: the assessment's shape with a start form. */
    static final String REST_LOOP_KEY = "benchRestStartLoop";

    @Autowired
    TaskService taskService;
    @Autowired
    FilterService filterService;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    Grants grants;
    @Value("${spring.datasource.url}")
    String databaseUrl;
    @Value("${spring.datasource.username}")
    String databaseUser;
    @Value("${spring.datasource.password}")
    String databasePassword;

    JdbcTemplate jdbc;
    BenchHttp http;
    final int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();

    @Test
    void run() throws Exception {
        jdbc = new JdbcTemplate(dataSource);
        http = new BenchHttp(port);
        try (HeapWatch heap = new HeapWatch()) {
            BenchDatabase.settle(jdbc);
            log("baseline: the bare engine, " + WORKERS + " instances of one user task, " + THREADS + " threads");
            BaselineEngine.Rates baseline = BaselineEngine.measure(WORKERS, THREADS,
                    TestProfiles.postgres() ? databaseUrl : null, databaseUser, databasePassword);
            log(String.format("baseline: %.1f starts/s, %.1f completions/s", baseline.startsPerSecond(),
                    baseline.completionsPerSecond()));

            BenchDatabase.settle(jdbc);
            log("ceiling: the bare engine, " + WORKERS + " starts of " + EngineCeiling.ASSESSMENT.name());
            double ceiling = EngineCeiling.measure(EngineCeiling.ASSESSMENT, EngineCeiling.SHAPES.size(), WORKERS,
                    TestProfiles.postgres() ? databaseUrl : null, databaseUser, databasePassword);
            log(String.format("ceiling: %.1f starts/s", ceiling));

            County county = syntheticCounty();

            BenchDatabase.settle(jdbc);
            log("REST start loop: " + REST_STARTS + " starts of " + EngineCeiling.ASSESSMENT.name() + ", one a request "
                    + "over /engine-rest as " + county.countyUser + ", " + THREADS + " threads");
            double restLoop = restStartLoop(county);
            log(String.format("REST start loop: %.1f starts/s", restLoop));
            long bytesBefore = databaseBytes();

            BenchDatabase.settle(jdbc);
            log("campaign: " + WORKERS + " workers");
            double campaignSeconds = campaign(county);
            log(String.format("campaign: %.1f s, %.1f starts/s", campaignSeconds, WORKERS / campaignSeconds));

            BenchDatabase.analyse(jdbc);
            log("task list: " + TASK_LIST_SAMPLES + " queries as " + county.users.get(0));
            long openTasks = taskService.createTaskQuery().count();
            double[] taskList = taskList(county);
            log(String.format("task list: %d open tasks, p50 %.1f ms, p95 %.1f ms", openTasks, taskList[0], taskList[1]));

            Map<String, Object> approvers = new LinkedHashMap<>();
            int firstCommunity = 0;
            // Each approver completes one task of its community a round.
            List<Way> ways = WORKERS_PER_COMMUNITY < ROUNDS ? List.of() : WAYS;
            if (ways.isEmpty()) {
                String why = "needs " + ROUNDS + " workers per community, has " + WORKERS_PER_COMMUNITY;
                log("approvers: not measured, " + why);
                approvers.put("notMeasured", why);
            }
            // Whichever way ran first was the slower (A8): both warm up first, with communities of their own, unmeasured.
            for (Way way : ways) {
                log("approvers (" + way + "): warming up, " + WARM_UP_APPROVERS + " at once, not measured");
                approvers(county, firstCommunity, WARM_UP_APPROVERS, way);
                firstCommunity += WARM_UP_APPROVERS;
            }
            for (Way way : ways) {
                Map<String, Object> figures = new LinkedHashMap<>();
                for (int users : APPROVERS) {
                    log("approvers (" + way + "): " + users + " at once, each of a community of its own, " + ROUNDS
                            + " rounds each");
                    figures.put(String.valueOf(users), approvers(county, firstCommunity, users, way));
                    firstCommunity += users;
                }
                approvers.put(way.name().toLowerCase(Locale.ROOT), figures);
            }

            log("work: every first task, half through the Java API, half through /engine-rest");
            List<String[]> tasks = firstTasks(county);
            int half = tasks.size() / 2;
            long javaStart = System.nanoTime();
            Parallel.run(half, THREADS, i -> taskService.complete(tasks.get(i)[0], scores()));
            double javaRate = half / BaselineEngine.seconds(javaStart);
            long restStart = System.nanoTime();
            Parallel.run(tasks.size() - half, THREADS, i -> completeOverRest(tasks.get(half + i)));
            double restRate = (tasks.size() - half) / BaselineEngine.seconds(restStart);

            long bytesPerAssessment = (databaseBytes() - bytesBefore) / WORKERS;
            double campaignRate = WORKERS / campaignSeconds;

            Map<String, Object> results = new LinkedHashMap<>();
            results.put("database", BenchDatabase.name());
            results.put("baseline", ordered("startsPerSecond", round(baseline.startsPerSecond()),
                    "completionsPerSecond", round(baseline.completionsPerSecond())));
            results.put("campaign", ordered("workers", WORKERS, "seconds", round(campaignSeconds),
                    "startsPerSecond", round(campaignRate),
                    "ratioToBaseline", round(campaignRate / baseline.startsPerSecond()),
                    "ceilingStartsPerSecond", round(ceiling), "ratioToCeiling", round(campaignRate / ceiling),
                    "restLoopStartsPerSecond", round(restLoop), "ratioToRestLoop", round(campaignRate / restLoop)));
            results.put("work", ordered("javaTasksPerSecond", round(javaRate), "restTasksPerSecond", round(restRate),
                    "restToJavaRatio", round(restRate / javaRate)));
            results.put("taskList", ordered("openTasks", openTasks, "p50Ms", round(taskList[0]), "p95Ms", round(taskList[1])));
            results.put("approvers", approvers);
            results.put("footprint", ordered("bytesPerAssessment", bytesPerAssessment, "peakHeapMb", heap.peakMegabytes()));
            BenchReport.write("results.json", WORKERS, results);
        }
    }

    // --- the synthetic county -------------------------------------------------------------------------------

    /** A county of its own: streets, communities, a user per community committee and one for the county. */
    record County(String code, String countyUser, List<String> communities, List<String> users) {
    }

    County syntheticCounty() {
        long setUp = System.nanoTime();
        BenchUnits units = new BenchUnits(organisation, identityService);
        String code = BenchUnits.randomCode("BN", 9);
        int communityCount = Math.max(1, (WORKERS + WORKERS_PER_COMMUNITY - 1) / WORKERS_PER_COMMUNITY);
        List<String> communities = units.county(code, "压测县" + code, 100_000_000L, communityCount);
        List<String> users = new ArrayList<>();
        for (String community : communities) {
            users.add(units.user("u" + community, UnitGroups.communityParty(community)));
        }
        String countyUser = units.user("u" + code + "sw", UnitGroups.countySocialWork(code));
        insertWorkers(code, communities);
        log("set-up: county " + code + ", " + WORKERS + " workers in " + communities.size() + " communities, "
                + Math.round(BaselineEngine.seconds(setUp)) + " s (not measured)");
        return new County(code, countyUser, communities, users);
    }

    /** The roster, written straight to the registry's table (set-up, not the subject). */
    void insertWorkers(String county, List<String> communities) {
        String sql = """
                insert into worker (worker_id, version, name, birth_date, community_code, role, education, qualification,
                  qualification_at_last_grading, party_member, status, community_work_since, credited_community_years,
                  grade_level, monthly_pay, contract_end, social_insurance_enrolled,
                  housing_fund_enrolled)
                values (?, 1, ?, ?, ?, 'STAFF', 'BACHELOR', 'NONE', 'NONE', true, 'ACTIVE', ?, 0, 3, 8000.00, ?, true,
                  true)""";
        for (int from = 0; from < WORKERS; from += 1000) {
            List<Object[]> rows = new ArrayList<>();
            for (int i = from; i < Math.min(WORKERS, from + 1000); i++) {
                rows.add(new Object[] {county + "-" + String.format("%06d", i), "工作者" + i,
                        Date.valueOf(LocalDate.of(1985 + i % 15, 1 + i % 12, 1 + i % 28)),
                        communities.get(i % communities.size()), Date.valueOf(LocalDate.of(2015 + i % 8, 3, 1)),
                        Date.valueOf(LocalDate.of(year + 1 + i % 3, 12, 31))});
            }
            jdbc.batchUpdate(sql, rows);
        }
    }

    // --- the phases --------------------------------------------------------------------------------------------

    /** Seconds from the county's request until every assessment waits at its first task. */
    double campaign(County county) throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> started = http.post(county.countyUser, "/engine-rest/process-definition/key/"
                + AssessmentCampaignProcess.KEY + "/start", "{\"variables\": {\"countyCode\": {\"value\": \""
                + county.code + "\"}, \"year\": {\"value\": " + year + "}}}");
        if (started.statusCode() != 200) {
            throw new IllegalStateException("campaign not started: " + started.statusCode() + " " + started.body());
        }
        String campaignId = new ObjectMapper().readTree(started.body()).path("id").asText();
        long last = -1;
        long lastChange = System.nanoTime();
        while (true) {
            // An assessment is recorded in the transaction that brings it to its first task. Counting them takes
            // the database tens of milliseconds at 100,000: the pause after a count is ten times the count's time,
            // so that the watching takes a tenth of one core at most (tuning record, run 33).
            long counting = System.nanoTime();
            long assessed = jdbc.queryForObject("select count(*) from assessment where campaign_id = ?", Long.class,
                    campaignId);
            long pauseMillis = Math.max(20, (System.nanoTime() - counting) / 100_000);
            if (assessed == WORKERS) {
                return BaselineEngine.seconds(start);
            }
            if (assessed != last) {
                last = assessed;
                lastChange = System.nanoTime();
            } else if (BaselineEngine.seconds(lastChange) > STALL.toSeconds()) {
                throw new IllegalStateException("campaign stalled at " + assessed + " of " + WORKERS);
            }
            Thread.sleep(pauseMillis);
        }
    }

    /**
     * The REST start loop of issue #23: starts per second of a client that starts each assessment by itself, one
     * {@code POST /engine-rest/process-definition/key/…/start} a start, {@value #THREADS} threads, as the county's
     * user (HTTP Basic, authorizations and the write guard's check of the start form's fields, as for any start).
     * An assessment cannot be started so (only its campaign starts it), so the loop starts the assessment's shape as
     * the ceiling has it ({@link EngineCeiling#ASSESSMENT}, 5 variables), given a start form that declares those
     * variables, granted to the county's social-work group (this user's) only. It records no case in the registry,
     * which the campaign does for each assessment: the loop's rate is, if anything, above what a client starting real
     * assessments would reach.
     */
    double restStartLoop(County county) throws Exception {
        BpmnModelInstance model = EngineCeiling.model(EngineCeiling.ASSESSMENT);
        model.getModelElementsByType(Process.class).iterator().next().setId(REST_LOOP_KEY);
        StartEvent start = model.getModelElementsByType(StartEvent.class).iterator().next();
        start.setCamundaFormRef(REST_LOOP_KEY);
        start.setCamundaFormRefBinding("deployment");
        Map<String, Object> sample = EngineCeiling.variables(EngineCeiling.ASSESSMENT, 0);
        List<Map<String, Object>> fields = sample.entrySet().stream().map(variable -> Map.<String, Object>of(
                "key", variable.getKey(), "id", "Field_" + variable.getKey(), "label", variable.getKey(),
                "type", variable.getValue() instanceof Boolean ? "checkbox"
                        : variable.getValue() instanceof Number ? "number" : "textfield")).toList();
        String form = new ObjectMapper().writeValueAsString(ordered("type", "default", "id", REST_LOOP_KEY,
                "components", fields, "schemaVersion", 16));
        repositoryService.createDeployment().name(REST_LOOP_KEY)
                .addString(REST_LOOP_KEY + ".bpmn", Bpmn.convertToString(model))
                .addString(REST_LOOP_KEY + ".form", form).deploy();
        String countyGroup = UnitGroups.countySocialWork(county.code);
        grants.grant(countyGroup, Resources.PROCESS_DEFINITION, REST_LOOP_KEY, Permissions.READ,
                Permissions.CREATE_INSTANCE);
        grants.grant(countyGroup, Resources.PROCESS_INSTANCE, Grants.ANY, Permissions.CREATE);
        String path = "/engine-rest/process-definition/key/" + REST_LOOP_KEY + "/start";
        int warmUp = REST_STARTS / 10;
        Parallel.run(warmUp, THREADS, i -> startOverRest(county.countyUser, path, i));
        long timed = System.nanoTime();
        Parallel.run(REST_STARTS, THREADS, i -> startOverRest(county.countyUser, path, warmUp + i));
        return REST_STARTS / BaselineEngine.seconds(timed);
    }

    void startOverRest(String user, String path, int i) {
        ObjectNode variables = JsonNodeFactory.instance.objectNode();
        EngineCeiling.variables(EngineCeiling.ASSESSMENT, i).forEach((name, value) ->
                variables.putObject(name).putPOJO("value", value));
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.set("variables", variables);
        body.put("businessKey", "R-" + i);
        postExpecting(user, path, body.toString(), 200);
    }

    /** Tasklist's query for a community committee's group filter: first page of 15 newest, and the count. */
    double[] taskList(County county) {
        String user = county.users.get(0);
        String filterId = filterService.createFilterQuery().filterName("本组待办").singleResult().getId();
        identityService.setAuthentication(user, List.of(UnitGroups.communityParty(county.communities.get(0))));
        try {
            long[] nanos = new long[TASK_LIST_SAMPLES];
            for (int i = -20; i < TASK_LIST_SAMPLES; i++) {
                long start = System.nanoTime();
                List<?> page = filterService.listPage(filterId, taskService.createTaskQuery().orderByTaskCreateTime().desc(), 0, 15);
                long count = filterService.count(filterId);
                if (count < WORKERS / county.communities.size() || page.size() != Math.min(15, count)) {
                    throw new IllegalStateException("the group sees " + page.size() + " of " + count + " tasks");
                }
                if (i >= 0) {
                    nanos[i] = System.nanoTime() - start;
                }
            }
            Arrays.sort(nanos);
            return new double[] {nanos[TASK_LIST_SAMPLES / 2] / 1e6, nanos[TASK_LIST_SAMPLES * 95 / 100] / 1e6};
        } finally {
            identityService.clearAuthentication();
        }
    }

    /**
     * How an approver's client talks to the application: Tasklist in the browser (its session with the webapps, their
     * engine API, 办结 as a form's submission), or a script or another Tasklist on {@code /engine-rest} with HTTP Basic
     * (every call's password checked, its user's groups read again).
     */
    enum Way {
        TASKLIST, REST
    }

    /**
     * Approvers at once, each a community's committee with a Tasklist of its own over HTTP: every round, the task page
     * as Tasklist loads it (the group filter's first page and its count), then the completion of one of its first
     * tasks. All start together; the page's and the completion's times, each over every approver and round. The
     * communities from {@code firstCommunity} on, so that each phase has communities whose tasks are all open.
     */
    Map<String, Object> approvers(County county, int firstCommunity, int users, Way way) throws Exception {
        int clients = Math.min(users, county.communities.size() - firstCommunity);
        String filterId = filterService.createFilterQuery().filterName("本组待办").singleResult().getId();
        long[] pages = new long[clients * ROUNDS];
        long[] completions = new long[clients * ROUNDS];
        java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(clients);
        long start = System.nanoTime();
        Parallel.run(clients, clients, c -> {
            String community = county.communities.get(firstCommunity + c);
            String user = "u" + community;
            List<String> tasks = jdbc.queryForList("""
                    select t.id_ from act_ru_task t join act_ru_identitylink i on i.task_id_ = t.id_
                     where i.type_ = 'candidate' and i.group_id_ = ? and t.task_def_key_ = ? order by t.id_""",
                    String.class, UnitGroups.communityParty(community), AnnualAssessmentProcess.TASK_SCORE_WORKER);
            try {
                TasklistSession tasklist = way == Way.TASKLIST ? new TasklistSession(port, user, BenchUnits.PASSWORD) : null;
                together.await();
                for (int round = 0; round < ROUNDS; round++) {
                    long page = System.nanoTime();
                    String list = "/filter/" + filterId + "/list?firstResult=0&maxResults=15";
                    String count = "/filter/" + filterId + "/count";
                    if (tasklist != null) {
                        ok(tasklist.post(list, TASK_PAGE, true), 200);
                        ok(tasklist.post(count, TASK_PAGE, false), 200);
                    } else {
                        ok(http.postHal(user, "/engine-rest" + list, TASK_PAGE), 200);
                        ok(http.post(user, "/engine-rest" + count, TASK_PAGE), 200);
                    }
                    pages[c * ROUNDS + round] = System.nanoTime() - page;
                    long completion = System.nanoTime();
                    if (tasklist != null) {
                        ok(tasklist.post("/task/" + tasks.get(round) + "/submit-form", SCORES, false), 204);
                    } else {
                        ok(http.post(user, "/engine-rest/task/" + tasks.get(round) + "/complete", SCORES), 204);
                    }
                    completions[c * ROUNDS + round] = System.nanoTime() - completion;
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        double seconds = BaselineEngine.seconds(start);
        Map<String, Object> figures = ordered("users", clients, "openTasks", taskService.createTaskQuery().count(),
                "seconds", round(seconds));
        figures.put("taskPage", BenchReport.percentiles(pages));
        figures.put("completion", BenchReport.percentiles(completions));
        log(String.format("approvers %d (%s): task page p50 %s ms, p95 %s ms; completion p50 %s ms, p95 %s ms", clients, way,
                ((Map<?, ?>) figures.get("taskPage")).get("p50Ms"), ((Map<?, ?>) figures.get("taskPage")).get("p95Ms"),
                ((Map<?, ?>) figures.get("completion")).get("p50Ms"), ((Map<?, ?>) figures.get("completion")).get("p95Ms")));
        return figures;
    }

    static void ok(HttpResponse<String> response, int status) {
        if (response.statusCode() != status) {
            throw new IllegalStateException("HTTP " + response.statusCode() + ": " + response.body());
        }
    }

    /** Every assessment's open first task: id and candidate group. */
    List<String[]> firstTasks(County county) {
        return jdbc.query("""
                select t.id_, i.group_id_ from act_ru_task t
                  join act_ru_execution e on e.id_ = t.proc_inst_id_
                  join act_ru_identitylink i on i.task_id_ = t.id_ and i.type_ = 'candidate'
                 where t.task_def_key_ = ? and e.business_key_ like ? order by t.id_""",
                (rs, row) -> new String[] {rs.getString(1), rs.getString(2)},
                AnnualAssessmentProcess.TASK_SCORE_WORKER, AnnualAssessmentProcess.businessKey(year, county.code + "-%"));
    }

    static Map<String, Object> scores() {
        return Map.of(AnnualAssessmentProcess.POLITICAL_SCORE.name(), 85, AnnualAssessmentProcess.PERFORMANCE_SCORE.name(), 88);
    }

    void completeOverRest(String[] task) {
        String community = task[1].substring("community".length(), task[1].length() - "Party".length());
        postExpecting("u" + community, "/engine-rest/task/" + task[0] + "/complete", SCORES, 204);
    }

    /** A POST of JSON as the user that must be answered with the status. */
    void postExpecting(String user, String path, String json, int status) {
        try {
            ok(http.post(user, path, json), status);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The bytes the database's tables and their indexes take (H2: DISK_SPACE_USED; PostgreSQL: relation sizes). */
    long databaseBytes() {
        if (TestProfiles.postgres()) {
            return jdbc.queryForObject("""
                    select sum(pg_total_relation_size(c.oid)) from pg_class c join pg_namespace n on n.oid = c.relnamespace
                     where c.relkind = 'r' and n.nspname = current_schema()""", Long.class);
        }
        return jdbc.queryForObject("""
                select sum(disk_space_used('"' || table_schema || '"."' || table_name || '"')) from information_schema.tables
                 where table_schema = 'PUBLIC' and table_type = 'BASE TABLE'""", Long.class);
    }
}
