package cn.communityworkers.bench;

import static cn.communityworkers.bench.BenchReport.log;
import static cn.communityworkers.bench.BenchReport.ordered;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.communityworkers.organisation.UnitGroups;
import cn.communityworkers.workforce.IdCardNumber;

/**
 * The go-live roster import's benchmark (issue #23; not a test: it asserts nothing about speed).
 * {@code ./mvnw -Pbench verify -Dit.test=ImportBench}, on PostgreSQL with {@code -Pbench,postgres};
 * {@code -Dbench.workers=N} rows (default 2,000; the target is 100,000 in about a minute). Sets up a county of
 * communities of 20, writes the roster a county would bring (every post of a community, three years of ratings, a
 * contract end for every other, 3 % in probation, the grade left to the initial-grading rules), then posts it to
 * {@code POST /api/workers/import} as the county's social-work department over HTTP with the real security, and the
 * same file again with one bad row at its end, which must be refused whole; then a second county's roster as the import
 * page uploads it, imported in the background. Writes {@code target/bench/import.json}.
 */
class ImportBench extends ApplicationBench {

    static final int ROWS = Integer.getInteger("bench.workers", 2_000);
    static final int WORKERS_PER_COMMUNITY = 20;
    /** A community's posts, as the statistics' synthetic careers have them. */
    static final List<String> POSTS = List.of("SECRETARY", "DIRECTOR", "DEPUTY", "DEPUTY", "COMMITTEE_MEMBER",
            "COMMITTEE_MEMBER", "COMMITTEE_MEMBER", "COMMITTEE_MEMBER", "STAFF", "STAFF", "STAFF", "STAFF", "STAFF",
            "STAFF", "STAFF", "STAFF", "STAFF", "STAFF", "STAFF", "STAFF");
    static final List<String> EDUCATION = List.of("HIGH_SCHOOL", "JUNIOR_COLLEGE", "JUNIOR_COLLEGE", "BACHELOR",
            "BACHELOR", "BACHELOR", "MASTER");
    static final List<String> QUALIFICATION = List.of("NONE", "NONE", "ASSISTANT_SOCIAL_WORKER", "SOCIAL_WORKER");
    static final String HEADER = "idCardNumber,name,birthDate,communityCode,role,education,qualification,partyMember,"
            + "status,communityWorkSince,probationEnd,contractEnd,assessmentHistory\n";

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    Clock clock;

    @Test
    void run() throws Exception {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        BenchHttp http = new BenchHttp(port);
        LocalDate today = LocalDate.now(clock);
        try (HeapWatch heap = new HeapWatch()) {
            BenchUnits units = new BenchUnits(organisation, identityService);
            String county = BenchUnits.randomCode("BI", 8);
            List<String> communities = units.county(county, "导入县" + county, 100_000_000L,
                    (ROWS + WORKERS_PER_COMMUNITY - 1) / WORKERS_PER_COMMUNITY);
            String user = units.user("u" + county + "sw", UnitGroups.countySocialWork(county));
            String roster = roster(communities, today, ROWS);
            String bad = roster + row(ROWS, county + "999999", today) + "\n";
            log(String.format("set-up: county %s, %d communities, a roster of %d rows, %d kB (not measured)", county,
                    communities.size(), ROWS, roster.length() / 1024));

            Map<String, Object> results = new LinkedHashMap<>();
            results.put("database", BenchDatabase.name());
            Map<String, Object> machine = machine();
            results.put("machine", machine);

            long start = System.nanoTime();
            HttpResponse<String> refused = http.post(user, "/api/workers/import", "text/csv", bad);
            double refusedSeconds = BaselineEngine.seconds(start);
            log("a bad last row: HTTP " + refused.statusCode() + " in " + BenchReport.round(refusedSeconds) + " s");

            start = System.nanoTime();
            HttpResponse<String> imported = http.post(user, "/api/workers/import", "text/csv", roster);
            double seconds = BaselineEngine.seconds(start);
            log("the roster: HTTP " + imported.statusCode() + " in " + BenchReport.round(seconds) + " s"
                    + (imported.statusCode() == 201 ? "" : ": " + imported.body().substring(0,
                            Math.min(500, imported.body().length()))));
            long stored = jdbc.queryForObject("select count(*) from worker w join community c"
                    + " on c.code = w.community_code join street s on s.code = c.street_code where s.county_code = ?",
                    Long.class, county);
            results.put("import", ordered("rows", ROWS, "status", imported.statusCode(), "stored", stored,
                    "seconds", BenchReport.round(seconds), "rowsPerSecond", BenchReport.round(ROWS / seconds),
                    "refusedStatus", refused.statusCode(), "refusedSeconds", BenchReport.round(refusedSeconds)));
            results.put("backgroundImport", background(http, units, today));
            machine.put("loadAfter", loadAverage());
            machine.put("peakHeapMb", heap.peakMegabytes());
            BenchReport.write("import.json", ROWS, results);
        }
    }

    /**
     * The import page's way: a roster of as many rows for a second county, uploaded to {@code POST /api/roster-imports}
     * and followed (every quarter of a second, as often as the page's every second at most) to its end: the time to the
     * upload's 202, to the end, and how many distinct states of progress the uploader saw on the way.
     */
    private Map<String, Object> background(BenchHttp http, BenchUnits units, LocalDate today) throws Exception {
        String county = BenchUnits.randomCode("BJ", 8);
        List<String> communities = units.county(county, "后台导入县" + county, 100_000_000L,
                (ROWS + WORKERS_PER_COMMUNITY - 1) / WORKERS_PER_COMMUNITY);
        String user = units.user("u" + county + "sw", UnitGroups.countySocialWork(county));
        String roster = roster(communities, today, ROWS);
        long start = System.nanoTime();
        HttpResponse<String> accepted = http.post(user, "/api/roster-imports", "text/csv", roster);
        double acceptedSeconds = BaselineEngine.seconds(start);
        String location = accepted.headers().firstValue("Location").orElseThrow(
                () -> new IllegalStateException("no import started: " + accepted.statusCode() + " " + accepted.body()));
        Set<String> seen = new LinkedHashSet<>();
        JsonNode upload;
        do {
            Thread.sleep(250);
            upload = JSON.readTree(http.get(user, location).body());
            seen.add(upload.path("state").asText() + " " + upload.path("checked").asInt() + " "
                    + upload.path("stored").asInt());
        } while (!upload.has("finishedAt"));
        double seconds = BaselineEngine.seconds(start);
        log("the roster in the background: " + upload.path("state").asText() + " " + upload.path("imported").asInt()
                + " in " + BenchReport.round(seconds) + " s (202 after " + BenchReport.round(acceptedSeconds) + " s; "
                + seen.size() + " states of progress seen)");
        return ordered("rows", ROWS, "state", upload.path("state").asText(), "imported", upload.path("imported").asInt(),
                "acceptedSeconds", BenchReport.round(acceptedSeconds), "seconds", BenchReport.round(seconds),
                "rowsPerSecond", BenchReport.round(ROWS / seconds), "progressStatesSeen", seen.size());
    }

    /** A roster of {@code rows} workers, {@value #WORKERS_PER_COMMUNITY} to a community. */
    static String roster(List<String> communities, LocalDate today, int rows) {
        StringBuilder csv = new StringBuilder(HEADER);
        String area = String.valueOf(ThreadLocalRandom.current().nextInt(100_000, 1_000_000));
        for (int i = 0; i < rows; i++) {
            csv.append(row(i, communities.get(i / WORKERS_PER_COMMUNITY), today, area)).append('\n');
        }
        return csv.toString();
    }

    private static String row(int i, String community, LocalDate today) {
        return row(i, community, today, "110101");
    }

    /**
     * One worker: born on one of 12,000 days from 1967 on, so that the day and a sequence number make each identity
     * number of the file unique; community work from 22 on.
     */
    private static String row(int i, String community, LocalDate today, String area) {
        LocalDate born = LocalDate.of(1967, 1, 1).plusDays(i % 12_000);
        boolean probation = i % 33 == 32;
        LocalDate since = probation ? today.minusMonths(2) : born.plusYears(22);
        int year = today.getYear();
        return String.join(",", IdCardNumber.compose(area, born, i / 12_000), "导入" + i, born.toString(), community,
                POSTS.get(i % WORKERS_PER_COMMUNITY), EDUCATION.get(i % EDUCATION.size()),
                QUALIFICATION.get(i % QUALIFICATION.size()), String.valueOf(i % 2 == 0),
                probation ? "PROBATION" : "ACTIVE", since.toString(),
                probation ? today.plusMonths(4).toString() : "",
                i % 2 == 0 ? today.plusYears(1 + i % 3).withDayOfYear(1).toString() : "",
                probation ? "" : (year - 1) + ":QUALIFIED;" + (year - 2) + ":" + (i % 7 == 0 ? "EXCELLENT" : "QUALIFIED")
                        + ";" + (year - 3) + ":QUALIFIED");
    }
}
