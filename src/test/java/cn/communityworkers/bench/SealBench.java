package cn.communityworkers.bench;

import static cn.communityworkers.bench.BenchReport.log;
import static cn.communityworkers.bench.BenchReport.ordered;
import static cn.communityworkers.bench.BenchReport.round;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.communityworkers.organisation.UnitGroups;
import cn.communityworkers.support.Api;
import cn.communityworkers.system.CurrentUser;

/**
 * The seal verification's benchmark (issue #23; not a test: it asserts nothing about speed).
 * {@code ./mvnw -Pbench verify -Dit.test=SealBench}, on PostgreSQL with {@code -Pbench,postgres};
 * {@code -Dbench.workers=N} ended instances (default 2,000), {@code -Dbench.dayInstances=M} more for "a day's work"
 * (default a tenth of N). Imports a county's roster, then for each worker a secondment its community refuses, started
 * and decided over REST by the street's personnel office and the community (a short case: the start, a decision, one
 * task; each ends and is sealed); then, as an auditor over REST, a full verification, M more such cases and an
 * incremental verification; each verification timed from the request to its end. Writes {@code target/bench/seals.json}.
 */
class SealBench extends ApplicationBench {

    static final int INSTANCES = Integer.getInteger("bench.workers", 2_000);
    static final int DAY_INSTANCES = Integer.getInteger("bench.dayInstances", Math.max(1, INSTANCES / 10));
    static final int THREADS = 2;
    static final Duration TIMEOUT = Duration.ofHours(2);
    static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    Clock clock;

    JdbcTemplate jdbc;
    BenchHttp http;

    @Test
    void run() throws Exception {
        jdbc = new JdbcTemplate(dataSource);
        http = new BenchHttp(port);
        LocalDate today = LocalDate.now(clock);
        try (HeapWatch heap = new HeapWatch()) {
            BenchUnits units = new BenchUnits(organisation, identityService);
            String county = BenchUnits.randomCode("BS", 8);
            int total = INSTANCES + DAY_INSTANCES;
            int rows = total + total / 20 + 1;        // the roster's 3 % in probation are not seconded
            List<String> communities = units.county(county, "封存县" + county, 100_000_000L,
                    (rows + ImportBench.WORKERS_PER_COMMUNITY - 1) / ImportBench.WORKERS_PER_COMMUNITY);
            String social = units.user("u" + county + "sw", UnitGroups.countySocialWork(county));
            String auditor = units.user("u" + county + "au", CurrentUser.AUDITORS);
            for (String community : communities) {
                units.user("u" + community, UnitGroups.communityParty(community));
                String street = community.substring(0, community.length() - 3);
                if (community.endsWith("001")) {
                    units.user("u" + street, UnitGroups.streetHr(street));
                }
            }
            HttpResponse<String> imported = http.post(social, "/api/workers/import", "text/csv",
                    ImportBench.roster(communities, today, rows));
            if (imported.statusCode() != 201) {
                throw new IllegalStateException("the roster was refused: " + imported.body());
            }
            List<Map<String, Object>> workers = jdbc.queryForList("select w.worker_id, w.community_code from worker w"
                    + " join community c on c.code = w.community_code join street s on s.code = c.street_code"
                    + " where s.county_code = ? and w.status = 'ACTIVE' order by w.worker_id", county);
            long sealsBefore = seals();
            log(String.format("set-up: county %s, %d workers, %d seals before (not measured)", county, workers.size(),
                    sealsBefore));

            Map<String, Object> results = new LinkedHashMap<>();
            results.put("database", BenchDatabase.name());
            Map<String, Object> machine = machine();
            results.put("machine", machine);

            long start = System.nanoTime();
            refusedSecondments(workers.subList(0, INSTANCES), today);
            awaitSeals(sealsBefore + INSTANCES);
            double casesSeconds = BaselineEngine.seconds(start);
            log(String.format("%d cases ended and sealed in %.1f s", INSTANCES, casesSeconds));
            results.put("cases", ordered("ended", INSTANCES, "seconds", round(casesSeconds),
                    "perSecond", round(INSTANCES / casesSeconds)));

            results.put("fullVerification", verification(auditor, "FULL"));
            machine.put("loadAfterFull", loadAverage());

            refusedSecondments(workers.subList(INSTANCES, total), today);
            awaitSeals(sealsBefore + total);
            results.put("incrementalVerification", verification(auditor, "INCREMENTAL"));
            machine.put("loadAfter", loadAverage());
            machine.put("peakHeapMb", heap.peakMegabytes());
            BenchReport.write("seals.json", INSTANCES, results);
        }
    }

    /** For each worker, a secondment its street's personnel office asks for and its community refuses, over REST. */
    void refusedSecondments(List<Map<String, Object>> workers, LocalDate today) throws Exception {
        AtomicInteger done = new AtomicInteger();
        Parallel.run(workers.size(), THREADS, i -> {
            String worker = (String) workers.get(i).get("worker_id");
            String community = (String) workers.get(i).get("community_code");
            String street = community.substring(0, community.length() - 3);
            LocalDate begins = today.plusDays(10);
            try {
                HttpResponse<String> started = http.post("u" + street, "/engine-rest/process-definition/key/secondment/start",
                        variables(Map.of("workerId", worker, "borrowingOrganization", "街道办公室",
                                "borrowingOrgLevel", "STREET", "borrowingOrgType", "PARTY_GOVERNMENT_ORGAN",
                                "startDate", begins.toString(), "endDate", begins.plusMonths(1).toString(),
                                "purpose", "封存压测")));
                String instance = ok(started, 200).path("id").asText();
                JsonNode tasks = JSON.readTree(http.get("u" + community, "/engine-rest/task?processInstanceId=" + instance)
                        .body());
                if (tasks.isEmpty()) {
                    throw new IllegalStateException("no task for the community: " + worker + ", " + instance);
                }
                ok(http.post("u" + community, "/engine-rest/task/" + tasks.get(0).path("id").asText() + "/complete",
                        variables(Map.of("communityAgrees", false, "communityOpinion", "社区近期工作任务重,不同意"))), 204);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            if (done.incrementAndGet() % 1_000 == 0) {
                log(done.get() + " cases ended");
            }
        });
    }

    /** The body of a start or a completion over REST with these values ({@link Api#variables}). */
    static String variables(Map<String, Object> values) throws Exception {
        return JSON.writeValueAsString(Api.variables(values));
    }

    static JsonNode ok(HttpResponse<String> response, int status) throws Exception {
        if (response.statusCode() != status) {
            throw new IllegalStateException("HTTP " + response.statusCode() + ": " + response.body());
        }
        return response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
    }

    long seals() {
        return jdbc.queryForObject("select count(*) from audit_seal", Long.class);
    }

    void awaitSeals(long count) throws InterruptedException {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (seals() < count) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("not sealed in " + TIMEOUT + ": " + seals() + " of " + count);
            }
            Thread.sleep(200);
        }
    }

    /** Asks for a verification as the auditor and follows it to its end; its figures. */
    Map<String, Object> verification(String auditor, String kind) throws Exception {
        long start = System.nanoTime();
        JsonNode asked = ok(http.post(auditor, "/api/audit/verifications", "{\"kind\":\"" + kind + "\"}"), 202);
        String path = "/api/audit/verifications/" + asked.path("id").asText();
        JsonNode view = asked;
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (!view.path("finished").asBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(kind + " verification not finished in " + TIMEOUT + ": " + view);
            }
            Thread.sleep(100);
            view = JSON.readTree(http.get(auditor, path).body());
        }
        double seconds = BaselineEngine.seconds(start);
        long checked = view.path("checked").asLong() + view.path("rechecked").asLong();
        log(String.format("%s verification: %d seals checked (%d re-checked) in %.1f s, %d problems", kind, checked,
                view.path("rechecked").asLong(), seconds, view.path("problemCount").asLong()));
        return ordered("seals", view.path("total").asLong(), "checked", checked,
                "rechecked", view.path("rechecked").asLong(), "problems", view.path("problemCount").asLong(),
                "seconds", round(seconds), "sealsPerSecond", round(checked / seconds),
                "secondsPer1000Seals", round(seconds * 1000 / Math.max(1, checked)));
    }
}
