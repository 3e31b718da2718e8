package cn.communityworkers.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.communityworkers.assessment.AssessmentCampaignProcess;
import cn.communityworkers.support.Api;
import cn.communityworkers.support.TestProfiles;

/**
 * A Camunda cluster: two nodes of the packaged application, each with its job executor, on one PostgreSQL database
 * of their own ({@code <DB_URL's database>_cluster}, created afresh). A campaign of 5,000 workers is started on
 * node A; both job executors run its batches, each job once, each worker assessed once, also when node A is
 * killed in the middle. Runs with {@code -Ppostgres} (after {@code package}); skipped on H2.
 */
class ClusterIT {

    static final int WORKERS = 5_000;
    static final int STREETS = 10;
    static final int COMMUNITIES_PER_STREET = 2;
    static final int BATCH_SIZE = 100;
    static final Duration CAMPAIGN_TIMEOUT = Duration.ofMinutes(10);
    static final ObjectMapper JSON = new ObjectMapper();

    static Path jar;
    static String clusterUrl;
    static String user;
    static String password;
    final int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();

    /** On H2 every test is reported as skipped, with the reason (an assumption in {@code @BeforeAll} reports none). */
    @BeforeEach
    void onPostgres() {
        assumeTrue(TestProfiles.postgres(), "a cluster shares a PostgreSQL database (-Ppostgres): skipped on H2");
    }

    @BeforeAll
    static void clusterDatabase() throws Exception {
        if (!TestProfiles.postgres()) {
            return;
        }
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            jar = files.filter(f -> f.getFileName().toString().matches("community-workers-.*\\.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no application jar in target/: run after package"));
        }
        String url = System.getenv().getOrDefault("DB_URL", "jdbc:postgresql://127.0.0.1:5432/test");
        user = System.getenv().getOrDefault("DB_USER", "postgres");
        password = System.getenv().getOrDefault("DB_PASSWORD", "");
        int slash = url.lastIndexOf('/');
        int query = url.indexOf('?', slash);
        String database = (query < 0 ? url.substring(slash + 1) : url.substring(slash + 1, query)) + "_cluster";
        clusterUrl = url.substring(0, slash + 1) + database + (query < 0 ? "" : url.substring(query));
        try (Connection connection = DriverManager.getConnection(url, user, password);
                Statement statement = connection.createStatement()) {
            statement.execute("drop database if exists " + database + " with (force)");
            statement.execute("create database " + database);
        }
    }

    /**
     * Settings of every node of these tests: batches of 100 (fifty jobs to share; the default is 50), and an idle
     * job executor looks for jobs at least every 2 s (not up to 60 s), so that the other node's new jobs are seen.
     */
    static List<String> settings(String... more) {
        List<String> settings = new ArrayList<>(List.of("--assessment.batch-size=" + BATCH_SIZE,
                "--camunda.bpm.job-execution.max-wait=2000"));
        settings.addAll(List.of(more));
        return settings;
    }

    @Test
    void bothJobExecutorsRunTheCampaignEachJobOnceEachWorkerOnce() throws Exception {
        try (Node a = Node.start(jar, clusterUrl, "nodeA", settings());
                Node b = Node.start(jar, clusterUrl, "nodeB", settings())) {
            String county = syntheticCounty(a);
            String campaign = startCampaign(a, county);
            await("the campaign's start", () -> allStarted(campaign), CAMPAIGN_TIMEOUT, a, b);

            List<JsonNode> log = successfulJobs(b, campaign);
            assertThat(log).extracting(entry -> entry.path("hostname").asText()).contains("nodeA", "nodeB");
            assertEachJobOnce(log);
            assertEveryWorkerOnce(county, campaign);
            assertThat(json(a.call("GET", "/engine-rest/incident?processInstanceId=" + campaign, null).body())).isEmpty();
        }
    }

    @Test
    void nodeBFinishesTheCampaignWhenNodeAIsKilledInTheMiddle() throws Exception {
        // Locks held by a dead node expire after 60 s instead of 5 minutes. (Not much less: a lock must outlast the
        // longest job, or another node takes the job while it runs and one of the two fails; a batch takes seconds.)
        List<String> settings = settings("--camunda.bpm.job-execution.lock-time-in-millis=60000");
        try (Node a = Node.start(jar, clusterUrl, "nodeA", settings);
                Node b = Node.start(jar, clusterUrl, "nodeB", settings)) {
            String county = syntheticCounty(a);
            // Node B's REST API answers its first call only once it has set itself up (ten seconds and more while both
            // job executors run the campaign), long enough for the campaign to end before the next look.
            assertThat(successfulJobs(b, "none")).isEmpty();
            String campaign = startCampaign(a, county);
            await("node A running batches", () -> started(campaign) >= WORKERS / 4
                    && hostnames(successfulJobs(b, campaign)).contains("nodeA"), CAMPAIGN_TIMEOUT, a, b);
            long startedWhenKilled = started(campaign);
            Instant killedAt = Instant.now();
            a.kill();
            assertThat(startedWhenKilled).isLessThan(WORKERS);

            await("node B finishing the start", () -> allStarted(campaign), CAMPAIGN_TIMEOUT, b);
            List<JsonNode> log = successfulJobs(b, campaign);
            assertThat(hostnames(log)).contains("nodeA", "nodeB");
            assertThat(log).filteredOn(entry -> OffsetDateTime.parse(entry.path("timestamp").asText(), Api.ENGINE_TIME)
                    .toInstant().isAfter(killedAt))
                    .isNotEmpty().allSatisfy(entry -> assertThat(entry.path("hostname").asText()).isEqualTo("nodeB"));
            assertEachJobOnce(log);
            assertEveryWorkerOnce(county, campaign);
        }
    }

    // --- set-up -------------------------------------------------------------------------------------------------

    /** A county of its own with 10 streets and 20 communities (through node A's API), its roster straight in SQL. */
    String syntheticCounty(Node node) throws Exception {
        String county = "CL" + ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L);
        put(node, "/api/counties/" + county, Map.of("name", "集群测试县", "urbanResidentPopulation", 100_000_000));
        List<String> communities = new ArrayList<>();
        for (int s = 1; s <= STREETS; s++) {
            String street = county + String.format("%02d", s);
            put(node, "/api/streets/" + street, Map.of("name", "集群街道" + s, "countyCode", county));
            for (int c = 1; c <= COMMUNITIES_PER_STREET; c++) {
                String community = street + String.format("%03d", c);
                put(node, "/api/communities/" + community, Map.of("name", "集群社区" + s + "-" + c, "streetCode", street));
                communities.add(community);
            }
        }
        try (Connection connection = connect(); PreparedStatement insert = connection.prepareStatement("""
                insert into worker (worker_id, version, name, birth_date, community_code, role, education, qualification,
                  qualification_at_last_grading, party_member, status, community_work_since, credited_community_years,
                  grade_level, monthly_pay, social_insurance_enrolled, housing_fund_enrolled)
                values (?, 1, ?, date '1990-01-01', ?, 'STAFF', 'BACHELOR', 'NONE', 'NONE', true, 'ACTIVE', ?, 0, 3,
                  8000.00, true, true)""")) {
            for (int i = 0; i < WORKERS; i++) {
                insert.setString(1, county + "-" + String.format("%05d", i));
                insert.setString(2, "工作者" + i);
                insert.setString(3, communities.get(i % communities.size()));
                insert.setDate(4, Date.valueOf(LocalDate.of(2020, 1, 1)));
                insert.addBatch();
            }
            insert.executeBatch();
        }
        return county;
    }

    void put(Node node, String path, Map<String, Object> body) throws Exception {
        var response = node.call("PUT", path, JSON.writeValueAsString(body));
        assertThat(response.statusCode()).as(path + ": " + response.body()).isIn(200, 201);
    }

    String startCampaign(Node node, String county) throws Exception {
        var started = node.call("POST", "/engine-rest/process-definition/key/" + AssessmentCampaignProcess.KEY + "/start",
                "{\"variables\": {\"countyCode\": {\"value\": \"" + county + "\"}, \"year\": {\"value\": " + year + "}}}");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
        return json(started.body()).path("id").asText();
    }

    // --- observations -------------------------------------------------------------------------------------------

    long started(String campaign) {
        return count("select count(*) from assessment where campaign_id = ?", campaign);
    }

    /** Every worker has an assessment, and every street's lane has ended (no continuation of the start is left). */
    boolean allStarted(String campaign) {
        return started(campaign) == WORKERS && count("select count(*) from act_ru_job where process_instance_id_ = ? "
                + "and handler_type_ = 'async-continuation'", campaign) == 0;
    }

    /** The job log's entries of the campaign's successful jobs, read through node B's REST API. */
    static List<JsonNode> successfulJobs(Node node, String campaign) {
        try {
            List<JsonNode> entries = new ArrayList<>();
            json(node.call("GET", "/engine-rest/history/job-log?successLog=true&processInstanceId=" + campaign, null)
                    .body()).forEach(entries::add);
            return entries;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static Set<String> hostnames(List<JsonNode> log) {
        return log.stream().map(entry -> entry.path("hostname").asText()).collect(Collectors.toSet());
    }

    /** No job ran twice, and there were exactly the batches the streets need (a last, short one per street). */
    void assertEachJobOnce(List<JsonNode> log) {
        Map<String, Long> runs = log.stream().collect(Collectors.groupingBy(entry -> entry.path("jobId").asText(),
                Collectors.counting()));
        assertThat(runs).allSatisfy((job, times) -> assertThat(times).as("runs of job " + job).isEqualTo(1L));
        int perStreet = WORKERS / STREETS;
        assertThat(log).filteredOn(entry -> entry.path("activityId").asText().equals(AssessmentCampaignProcess.TASK_START_ASSESSMENTS))
                .hasSize(STREETS * (perStreet / BATCH_SIZE + 1));
        assertThat(log).filteredOn(entry -> entry.path("activityId").asText()
                .equals(AssessmentCampaignProcess.END_STREET_ASSESSMENTS_STARTED)).hasSize(STREETS);
    }

    void assertEveryWorkerOnce(String county, String campaign) {
        assertThat(count("select count(distinct worker_id) from assessment where campaign_id = ?", campaign)).isEqualTo(WORKERS);
        String keys = "A-" + year + "-" + county + "-%";
        assertThat(count("select count(*) from act_hi_procinst where business_key_ like ?", keys)).isEqualTo(WORKERS);
        assertThat(count("select count(distinct business_key_) from act_hi_procinst where business_key_ like ?", keys))
                .isEqualTo(WORKERS);
    }

    static long count(String sql, String parameter) {
        try (Connection connection = connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static Connection connect() throws java.sql.SQLException {
        return DriverManager.getConnection(clusterUrl, user, password);
    }

    static JsonNode json(String body) {
        try {
            return JSON.readTree(body);
        } catch (Exception e) {
            throw new IllegalStateException("not JSON: " + body, e);
        }
    }

    static void await(String what, BooleanSupplier condition, Duration timeout, Node... nodes) {
        try {
            Awaitility.await(what).atMost(timeout).pollInterval(Duration.ofSeconds(1)).until(condition::getAsBoolean);
        } catch (ConditionTimeoutException e) {
            Map<String, String> logs = new HashMap<>();
            for (Node node : nodes) {
                logs.put(node.hostname, node.logTail());
            }
            throw new AssertionError("still waiting for " + what + " after " + timeout + "; logs: " + logs, e);
        }
    }
}
