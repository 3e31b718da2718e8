package cn.communityworkers.bench;

import static cn.communityworkers.bench.BenchReport.log;
import static cn.communityworkers.bench.BenchReport.ordered;

import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.communityworkers.organisation.UnitGroups;
import cn.communityworkers.workforce.WorkerStatus;

/**
 * The statistics' benchmark (issue #22; not a test: it asserts nothing about speed).
 * {@code ./mvnw -Pbench verify -Dit.test=StatisticsBench}, on PostgreSQL with {@code -Pbench,postgres};
 * {@code -Dbench.workers=N} workers in the headcount (the target: 100,000). Sets up a city of counties of 20 streets
 * of 10 communities, N workers and ten years of their history ({@link SyntheticCareers}) in SQL batches, then asks
 * the statistics as one of the city's social-work department over HTTP with the real security: the city today and
 * three years back, its first county, and the city's workbook today and three years back. Prints a table and writes
 * {@code target/bench/statistics.json}.
 */
class StatisticsBench extends ApplicationBench {

    static final int WORKERS = Integer.getInteger("bench.workers", 100_000);
    /** As {@link CampaignBench}'s: a community of some thousands of residents has a few dozen workers at most. */
    static final int WORKERS_PER_COMMUNITY = Integer.getInteger("bench.workersPerCommunity", 20);
    static final int STREETS_PER_COUNTY = 20;
    static final int WARM_UP = 5;
    static final int SAMPLES = 20;
    static final int YEARS_BACK = 3;
    static final int BATCH = 2_000;
    /**
     * A city an earlier run of the same day set up in the same database ({@code -Dbench.city=BC…}): measured again
     * without a new set-up, e.g. before and after a change of the statistics' code.
     */
    static final String REUSED_CITY = System.getProperty("bench.city", "");

    @Autowired
    Clock clock;

    JdbcTemplate jdbc;

    @Test
    void run() throws Exception {
        jdbc = new JdbcTemplate(dataSource);
        BenchHttp http = new BenchHttp(port);
        LocalDate today = LocalDate.now(clock);
        LocalDate past = today.minusYears(YEARS_BACK);
        try (HeapWatch heap = new HeapWatch()) {
            long setUp = System.nanoTime();
            BenchUnits units = new BenchUnits(organisation, identityService);
            boolean reused = !REUSED_CITY.isEmpty();
            String city = reused ? REUSED_CITY : BenchUnits.randomCode("BC", 8);
            List<String> counties = new ArrayList<>();
            List<String> communities = reused ? existingCity(city, counties) : syntheticCity(units, city, counties);
            String user = "u" + city + "sw";
            SyntheticCareers careers = new SyntheticCareers(city, communities, WORKERS, today,
                    Timestamp.from(Instant.now(clock)));
            if (!reused) {
                units.user(user, UnitGroups.citySocialWork(city));
                insertRegistry(careers);
                insertChangeLog(careers);
                BenchDatabase.analyse(jdbc);
            }
            double setUpSeconds = BaselineEngine.seconds(setUp);
            log(String.format("set-up: city %s, %d counties, %d communities, %.0f s (not measured)", city,
                    counties.size(), communities.size(), setUpSeconds));

            Map<String, Object> results = new LinkedHashMap<>();
            results.put("database", BenchDatabase.name());
            results.put("setUp", ordered("city", city, "reused", reused, "headcount", WORKERS, "counties", counties.size(),
                    "streets", jdbc.queryForObject("select count(*) from street where county_code like ?", Long.class, city + "%"),
                    "communities", communities.size(), "years", SyntheticCareers.YEARS,
                    "worker", rows("worker"), "workerChange", rows("worker_change"),
                    "assessmentRecord", rows("assessment_record"), "secondment", rows("secondment"),
                    "trainingRecord", rows("training_record"), "seconds", BenchReport.round(setUpSeconds)));
            Map<String, Object> machine = machine();
            results.put("machine", machine);

            String cityPath = "/api/statistics/city/" + city;
            Map<String, JsonNode> bodies = new LinkedHashMap<>();
            results.put("cityToday", measure(http, user, cityPath, bodies));
            results.put("cityPast", measure(http, user, cityPath + "?date=" + past, bodies));
            results.put("county", measure(http, user, "/api/statistics/county/" + counties.get(0), bodies));
            results.put("checks", ordered("date", today.toString(), "headcountExpected", WORKERS,
                    "headcountReported", headcount(bodies.get(cityPath)),
                    "pastDate", past.toString(), "pastHeadcountExpected", headcountOn(careers, past),
                    "pastHeadcountReported", headcount(bodies.get(cityPath + "?date=" + past))));
            log("checks: " + results.get("checks"));
            results.put("workbookToday", measure(http, user, cityPath + "/workbook", bodies));
            results.put("workbookPast", measure(http, user, cityPath + "/workbook?date=" + past, bodies));
            machine.put("loadAfter", loadAverage());
            machine.put("peakHeapMb", heap.peakMegabytes());

            BenchReport.write("statistics.json", WORKERS, results);
        }
    }

    // --- the synthetic city ---------------------------------------------------------------------------------------

    /**
     * A city of its own (table {@code city}, written directly) and its counties ({@code county.city_code}), each
     * through {@link BenchUnits#county}: enough communities of {@link #WORKERS_PER_COMMUNITY} workers for N, counties
     * of {@link #STREETS_PER_COUNTY} streets (at least two counties). Returns the communities in code order.
     */
    List<String> syntheticCity(BenchUnits units, String city, List<String> counties) {
        jdbc.update("insert into city (code, name, version) values (?, ?, 0)", city, "压测市" + city);
        int communityCount = Math.max(2, (WORKERS + WORKERS_PER_COMMUNITY - 1) / WORKERS_PER_COMMUNITY);
        int perCounty = STREETS_PER_COUNTY * BenchUnits.COMMUNITIES_PER_STREET;
        int countyCount = Math.max(2, (communityCount + perCounty - 1) / perCounty);
        List<String> communities = new ArrayList<>();
        for (int k = 0; k < countyCount; k++) {
            String county = city + String.format("%02d", k + 1);
            int from = communityCount * k / countyCount;
            int to = communityCount * (k + 1) / countyCount;
            long residents = (to - from) * (long) WORKERS_PER_COMMUNITY * 10_000 / 18;
            communities.addAll(units.county(county, "压测区" + county, residents, to - from));
            jdbc.update("update county set city_code = ? where code = ?", city, county);
            counties.add(county);
        }
        return communities;
    }

    /** The counties and communities of a city set up by an earlier run, in code order as it made them. */
    List<String> existingCity(String city, List<String> counties) {
        counties.addAll(jdbc.queryForList("select code from county where city_code = ? order by code", String.class, city));
        return jdbc.queryForList("""
                select c.code from community c join street s on s.code = c.street_code join county k on k.code = s.county_code
                 where k.city_code = ? order by c.code""", String.class, city);
    }

    /** The workers (today's row) and their assessments, secondments and trainings, a few thousand persons at a time. */
    void insertRegistry(SyntheticCareers careers) {
        String worker = """
                insert into worker (worker_id, version, name, birth_date, community_code, role, education, qualification,
                  qualification_at_last_grading, party_member, status, community_work_since, credited_community_years,
                  grade_level, monthly_pay, contract_end, probation_end, social_insurance_enrolled,
                  housing_fund_enrolled, sex, last_grade_step_year)
                values (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, true, true, ?, ?)""";
        int[] workerTypes = {Types.VARCHAR, Types.VARCHAR, Types.DATE, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
                Types.VARCHAR, Types.VARCHAR, Types.BOOLEAN, Types.VARCHAR, Types.DATE, Types.INTEGER, Types.NUMERIC,
                Types.DATE, Types.DATE, Types.VARCHAR, Types.INTEGER};
        String secondment = """
                insert into secondment (worker_id, process_instance_id, borrowing_organization, borrowing_org_level,
                  borrowing_org_type, start_date, end_date, purpose, status, returned_on)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
        int[] secondmentTypes = {Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.DATE,
                Types.DATE, Types.VARCHAR, Types.VARCHAR, Types.DATE};
        String training = """
                insert into training_record (worker_id, course, course_level, course_hours, completed_on, recorded_by,
                  recorded_at) values (?, ?, ?, ?, ?, ?, ?)""";
        int[] trainingTypes = {Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.INTEGER, Types.DATE, Types.VARCHAR,
                Types.TIMESTAMP};
        long start = System.nanoTime();
        for (int from = 0; from < careers.persons(); from += BATCH) {
            List<Object[]> workers = new ArrayList<>();
            List<Object[]> assessments = new ArrayList<>();
            List<Object[]> secondments = new ArrayList<>();
            List<Object[]> trainings = new ArrayList<>();
            for (int person = from; person < Math.min(careers.persons(), from + BATCH); person++) {
                SyntheticCareers.Career career = careers.career(person);
                workers.add(career.worker);
                assessments.addAll(career.assessments);
                secondments.addAll(career.secondments);
                trainings.addAll(career.trainings);
            }
            jdbc.batchUpdate(worker, workers, workerTypes);
            jdbc.batchUpdate("insert into assessment_record (worker_id, assessment_year, rating) values (?, ?, ?)",
                    assessments, new int[] {Types.VARCHAR, Types.INTEGER, Types.VARCHAR});
            jdbc.batchUpdate(secondment, secondments, secondmentTypes);
            jdbc.batchUpdate(training, trainings, trainingTypes);
        }
        log(String.format("set-up: %d persons (%d in the headcount) with assessments, secondments, trainings, %.0f s",
                careers.persons(), WORKERS, BaselineEngine.seconds(start)));
    }

    /**
     * The change log, one calendar year at a time in the order it was recorded, so that ids grow with time as in a
     * registry kept for ten years (the statistics undo changes by id).
     */
    void insertChangeLog(SyntheticCareers careers) {
        String sql = """
                insert into worker_change (worker_id, attribute, old_value, new_value, effective_date, reason, cause,
                  changed_by, changed_at) values (?, ?, ?, ?, ?, ?, ?, 'bench', ?)""";
        int[] types = {Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.DATE, Types.VARCHAR,
                Types.VARCHAR, Types.TIMESTAMP};
        long start = System.nanoTime();
        for (int year = careers.start().getYear(); year <= LocalDate.now(clock).getYear(); year++) {
            List<SyntheticCareers.Change> changes = new ArrayList<>();
            for (int person = 0; person < careers.persons(); person++) {
                for (SyntheticCareers.Change change : careers.career(person).changes) {
                    if (change.changedAt().toLocalDateTime().getYear() == year) {
                        changes.add(change);
                    }
                }
            }
            changes.sort(Comparator.comparing(SyntheticCareers.Change::changedAt));
            for (int from = 0; from < changes.size(); from += BATCH) {
                jdbc.batchUpdate(sql, changes.subList(from, Math.min(changes.size(), from + BATCH)).stream()
                        .map(change -> new Object[] {change.workerId(), change.attribute().name(), change.oldValue(),
                                change.newValue(), change.effective(), change.reason(),
                                change.cause() == null ? null : change.cause().name(), change.changedAt()})
                        .toList(), types);
            }
        }
        log(String.format("set-up: the change log, %.0f s", BaselineEngine.seconds(start)));
    }

    long rows(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    // --- the measurements -----------------------------------------------------------------------------------------

    /**
     * {@value #WARM_UP} calls to warm up, then {@value #SAMPLES} measured, one after another; keeps the last JSON body
     * (by path) for the checks.
     */
    Map<String, Object> measure(BenchHttp http, String user, String path, Map<String, JsonNode> bodies) throws Exception {
        long[] nanos = new long[SAMPLES];
        HttpResponse<byte[]> response = null;
        for (int i = -WARM_UP; i < SAMPLES; i++) {
            long start = System.nanoTime();
            response = http.get(user, path);
            long took = System.nanoTime() - start;
            if (response.statusCode() != 200) {
                throw new IllegalStateException(path + ": " + response.statusCode() + " " + new String(response.body()));
            }
            if (i >= 0) {
                nanos[i] = took;
            }
        }
        String type = response.headers().firstValue("Content-Type").orElse("");
        if (type.startsWith("application/json")) {
            bodies.put(path, new ObjectMapper().readTree(response.body()));
        }
        Map<String, Object> figures = BenchReport.percentiles(nanos);
        figures.put("bytes", response.body().length);
        log(path + ": " + figures);
        return figures;
    }

    /** The total of table {@code headcount}'s column {@code total}, as the API reported it. */
    static long headcount(JsonNode statistics) {
        for (JsonNode table : statistics.path("tables")) {
            if ("headcount".equals(table.path("key").asText())) {
                JsonNode columns = table.path("columns");
                for (int i = 0; i < columns.size(); i++) {
                    if ("total".equals(columns.get(i).path("key").asText())) {
                        return table.path("total").path("values").path(i).asLong(-1);
                    }
                }
            }
        }
        return -1;
    }

    /** The workers in the headcount on the date, by the careers' own history. */
    static long headcountOn(SyntheticCareers careers, LocalDate date) {
        long count = 0;
        for (int person = 0; person < careers.persons(); person++) {
            WorkerStatus status = careers.career(person).statusOn(date);
            if (status != null && WorkerStatus.IN_HEADCOUNT.contains(status)) {
                count++;
            }
        }
        return count;
    }
}
