package cn.communityworkers.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.fasterxml.jackson.databind.JsonNode;

import cn.communityworkers.organisation.UnitGroups;
import cn.communityworkers.support.Api;
import cn.communityworkers.support.IntegrationTest;
import cn.communityworkers.support.TestUnits;
import cn.communityworkers.system.ClockConfiguration;
import cn.communityworkers.workforce.CareerChanges;
import cn.communityworkers.workforce.IdCardNumber;
import cn.communityworkers.workforce.LeavingCause;
import cn.communityworkers.workforce.WorkerStatus;

/**
 * The statistics over HTTP with the real security, against a county of its own whose answers are known: two streets
 * (一街道 with two communities, 二街道 with one), seven workers registered on 3 March 2025, and then, each on its day,
 * a role change, an approved total lowered and two transfers (16 June), a confirmation, a leaving, a hire and a
 * transfer recorded late, effective 15 April (2 September), trainings recorded on 1 December ("today"). Every table is checked against figures computed by hand,
 * today and on 1 May 2025 (before the changes); the lists behind figures; and the attacks. The application's clock is
 * moved by the test (so this class has an application, and a JVM, of its own).
 */
@Tag("own-application")
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatisticsIT {

    /** The application's clock, which the test moves forward from day to day. */
    static final class MovableClock extends Clock {

        private volatile Instant now = Instant.now();

        void set(LocalDate day) {
            now = day.atTime(LocalTime.of(10, 0)).atZone(ClockConfiguration.CHINA).toInstant();
        }

        @Override
        public ZoneId getZone() {
            return ClockConfiguration.CHINA;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.fixed(now, zone);
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @TestConfiguration
    static class Moved {

        @Bean
        @Primary
        MovableClock movableClock() {
            return new MovableClock();
        }
    }

    static final LocalDate REGISTERED = LocalDate.of(2025, 3, 3);
    static final LocalDate MOVED_BACKDATED = LocalDate.of(2025, 4, 15);
    static final LocalDate PAST = LocalDate.of(2025, 5, 1);
    static final LocalDate CHANGED = LocalDate.of(2025, 6, 16);
    static final LocalDate LEFT = LocalDate.of(2025, 9, 2);
    static final LocalDate TODAY = LocalDate.of(2025, 12, 1);

    @Autowired
    HistoryService history;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    MovableClock clock;
    @Autowired
    CareerChanges careerChanges;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    IdentityService identityService;

    Api api;
    String county;
    String city;
    String s1;
    String s2;
    String c11;
    String c12;
    String c21;
    /** The workers by their name in this test: W1 … W7. */
    final Map<String, String> ids = new HashMap<>();
    String countyUser;
    String cityUser;
    String s1Hr;
    String s2Party;
    String communityUser;

    @BeforeAll
    void roster() {
        api = new Api(rest);
        clock.set(REGISTERED);
        county = "S" + ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L);
        s1 = county + "01";
        s2 = county + "02";
        c11 = s1 + "001";
        c12 = s1 + "002";
        c21 = s2 + "001";
        put("/api/counties/" + county, Map.of("name", "统计县", "urbanResidentPopulation", 100_000));
        put("/api/streets/" + s1, Map.of("name", "一街道", "countyCode", county));
        put("/api/streets/" + s2, Map.of("name", "二街道", "countyCode", county));
        put("/api/communities/" + c11, Map.of("name", "一一社区", "streetCode", s1));
        put("/api/communities/" + c12, Map.of("name", "一二社区", "streetCode", s1));
        put("/api/communities/" + c21, Map.of("name", "二一社区", "streetCode", s2));
        city = "C" + county.substring(1);
        jdbc.sql("insert into city (code, name, version) values (:code, '统计市', 0)").param("code", city).update();
        jdbc.sql("update county set city_code = :city where code = :county").param("city", city)
                .param("county", county).update();

        register("W1", c11, "SECRETARY", "BACHELOR", "SOCIAL_WORKER", true, "ACTIVE", "1980-06-01", true, 10,
                List.of(Map.of("year", 2024, "rating", "EXCELLENT"), Map.of("year", 2023, "rating", "QUALIFIED")));
        register("W2", c11, "STAFF", "JUNIOR_COLLEGE", "NONE", false, "PROBATION", "2000-01-10", false, 2, List.of());
        register("W3", c12, "DIRECTOR", "MASTER", "ASSISTANT_SOCIAL_WORKER", true, "ACTIVE", "1970-02-02", false, 8,
                List.of(Map.of("year", 2024, "rating", "QUALIFIED")));
        register("W4", c12, "STAFF", "BACHELOR", "NONE", false, "SECONDED", "1992-07-07", true, 3, List.of());
        register("W5", c21, "COMMITTEE_MEMBER", "HIGH_SCHOOL", "NONE", true, "ACTIVE", "1965-05-05", true, 5,
                List.of(Map.of("year", 2024, "rating", "BASICALLY_QUALIFIED")));
        register("W6", c21, "STAFF", "BACHELOR", "NONE", false, "ACTIVE", "1995-12-31", false, 3,
                List.of(Map.of("year", 2024, "rating", "QUALIFIED")));
        secondment("W4", LocalDate.of(2025, 1, 10), null);
        secondment("W3", LocalDate.of(2025, 2, 1), LocalDate.of(2025, 4, 1));

        clock.set(CHANGED);
        assertThat(api.put(Api.ADMIN, "/api/workers/" + ids.get("W6") + "/role",
                Map.of("role", "DEPUTY", "ground", "社区居民委员会选举")).status()).isEqualTo(200);
        assertThat(api.put(Api.ADMIN, "/api/counties/" + county + "/approved-total",
                Map.of("approvedTotal", 150, "reason", "核减")).status()).isEqualTo(200);
        assertThat(careerChanges.transfer(ids.get("W2"), c11, c12, CHANGED, "街道内调配", null)).isTrue();
        assertThat(careerChanges.transfer(ids.get("W6"), c21, c11, CHANGED, "跨街道调配", null)).isTrue();

        clock.set(LEFT);
        assertThat(careerChanges.changeStatus(ids.get("W2"), WorkerStatus.PROBATION, WorkerStatus.ACTIVE,
                "试用期满转正", null)).isTrue();
        careerChanges.endContract(ids.get("W5"), LEFT, LeavingCause.OTHER, "解除劳动合同", null, null);
        // recorded late: on 1 May W4 was in 一一社区 already, but the registry did not know it yet
        assertThat(careerChanges.transfer(ids.get("W4"), c12, c11, MOVED_BACKDATED, "街道内调配(补录)", null)).isTrue();
        register("W7", c21, "DEPUTY", "BACHELOR", "NONE", true, "PROBATION", "1988-08-08", true, 4, List.of());

        clock.set(TODAY);
        training("W1", "2025-11-20");
        training("W4", "2024-05-01");

        // the city's groups, as the city's registration (not this branch's) creates them
        Group cityGroup = identityService.newGroup(UnitGroups.cityOrganization(city));
        cityGroup.setName("统计市委组织部");
        identityService.saveGroup(cityGroup);
        TestUnits units = new TestUnits(county, s1, c11);
        countyUser = units.user(identityService, "statcounty", UnitGroups.countySocialWork(county));
        cityUser = units.user(identityService, "statcity", UnitGroups.cityOrganization(city));
        s1Hr = units.user(identityService, "stats1hr", UnitGroups.streetHr(s1));
        s2Party = units.user(identityService, "stats2party", UnitGroups.streetParty(s2));
        communityUser = units.user(identityService, "statcommunity", UnitGroups.communityParty(c11));
    }

    private void put(String path, Map<String, Object> body) {
        assertThat(api.put(Api.ADMIN, path, body).status()).isEqualTo(201);
    }

    private void register(String name, String community, String role, String education, String qualification,
            boolean party, String status, String birthDate, boolean male, int grade, List<Map<String, Object>> ratings) {
        LocalDate born = LocalDate.parse(birthDate);
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String idCard = IdCardNumber.compose(String.valueOf(random.nextInt(100_000, 1_000_000)), born,
                random.nextInt(500) * 2 + (male ? 1 : 0));
        Map<String, Object> worker = new LinkedHashMap<>();
        worker.put("idCardNumber", idCard);
        worker.put("name", name);
        worker.put("birthDate", birthDate);
        worker.put("communityCode", community);
        worker.put("role", role);
        worker.put("education", education);
        worker.put("qualification", qualification);
        worker.put("partyMember", party);
        worker.put("status", status);
        worker.put("communityWorkSince", "2020-01-01");
        worker.put("gradeLevel", grade);
        worker.put("assessmentHistory", ratings);
        if ("PROBATION".equals(status)) {
            worker.put("probationEnd", LocalDate.now(clock).plusMonths(6).toString());
        }
        Api.Response response = api.post(Api.ADMIN, "/api/workers", worker);
        assertThat(response.status()).as(response.text()).isEqualTo(201);
        ids.put(name, response.json().path("workerId").asText());
    }

    private void secondment(String worker, LocalDate start, LocalDate returnedOn) {
        jdbc.sql("""
                insert into secondment (worker_id, process_instance_id, borrowing_organization, borrowing_org_level,
                  borrowing_org_type, start_date, end_date, status, returned_on)
                values (:worker, :process, '区民政局', 'COUNTY', 'GOVERNMENT', :start, :end, :status, :back)""")
                .param("worker", ids.get(worker)).param("process", "stat-" + ids.get(worker))
                .param("start", start).param("end", start.plusMonths(6))
                .param("status", returnedOn == null ? "ACTIVE" : "ENDED").param("back", returnedOn).update();
    }

    private void training(String worker, String completedOn) {
        Api.Response response = api.post(Api.ADMIN, "/api/workers/" + ids.get(worker) + "/trainings",
                Map.of("course", "社区治理", "level", "COUNTY", "hours", 8, "completedOn", completedOn));
        assertThat(response.status()).as(response.text()).isEqualTo(201);
    }

    private JsonNode statistics(String user, String level, String code, LocalDate date) {
        Api.Response response = api.get(user, "/api/statistics/" + level + "/" + code
                + (date == null ? "" : "?date=" + date));
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        return response.json();
    }

    private static JsonNode table(JsonNode statistics, String key) {
        for (JsonNode table : statistics.path("tables")) {
            if (table.path("key").asText().equals(key)) {
                return table;
            }
        }
        throw new AssertionError("no table " + key + " in " + statistics);
    }

    /** The keys of the tables, rows or columns of an array. */
    private static List<String> keys(JsonNode array) {
        List<String> keys = new ArrayList<>();
        array.forEach(element -> keys.add(element.path("key").asText()));
        return keys;
    }

    /** A null field: the application leaves it out of its JSON. */
    private static boolean absent(JsonNode node) {
        return node.isMissingNode() || node.isNull();
    }

    /** A row's figures by column key; the total row is {@code total}. */
    private static Map<String, Long> row(JsonNode statistics, String table, String row) {
        JsonNode found = table(statistics, table);
        JsonNode line = "total".equals(row) ? found.path("total") : null;
        for (JsonNode each : found.path("rows")) {
            if (each.path("key").asText().equals(row)) {
                line = each;
            }
        }
        assertThat(line).as("row " + row + " of " + table).isNotNull();
        Map<String, Long> figures = new LinkedHashMap<>();
        JsonNode columns = found.path("columns");
        for (int i = 0; i < columns.size(); i++) {
            JsonNode value = line.path("values").get(i);
            figures.put(columns.get(i).path("key").asText(), value.isNull() ? null : value.asLong());
        }
        return figures;
    }

    /** The row has these figures (column, figure, column, figure …) and 0 in every other column. */
    private static void expect(JsonNode statistics, String table, String row, Object... figures) {
        Map<String, Long> actual = row(statistics, table, row);
        Map<String, Long> expected = new LinkedHashMap<>();
        actual.keySet().forEach(column -> expected.put(column, 0L));
        for (int i = 0; i < figures.length; i += 2) {
            assertThat(actual).as(table + " has column " + figures[i]).containsKey((String) figures[i]);
            expected.put((String) figures[i], figures[i + 1] == null ? null : ((Number) figures[i + 1]).longValue());
        }
        assertThat(actual).as(table + " " + row).isEqualTo(expected);
    }

    private List<String> names(String user, String level, String code, String query) {
        Api.Response response = api.get(user, "/api/statistics/" + level + "/" + code + "/workers?" + query);
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        List<String> names = new ArrayList<>();
        response.json().forEach(line -> names.add(line.path("name").asText()));
        return names;
    }

    @Test
    void countyTodayByEveryDimension() {
        JsonNode today = statistics(countyUser, "county", county, null);
        assertThat(today.path("asOf").asText()).isEqualTo(TODAY.toString());
        assertThat(today.path("unit").path("name").asText()).isEqualTo("统计县");
        assertThat(absent(today.path("parent"))).as("a county department does not see its city").isTrue();
        assertThat(today.path("workersVisible").asBoolean()).isTrue();
        assertThat(today.path("children").findValuesAsText("code")).containsExactly(s1, s2);
        assertThat(keys(today.path("tables"))).containsExactly("staffing", "headcount", "age", "sex", "education", "qualification", "party",
                "role", "category", "grade", "movement", "assessment", "secondment", "training");
        List<String> charts = new ArrayList<>();
        today.path("tables").forEach(table -> {
            assertThat(table.path("note").asText()).as("the note of " + table.path("key")).isNotBlank();
            charts.add(table.path("chart").asText());
        });
        assertThat(charts).containsExactly("NONE", "STACKED_BAR", "PIE", "PIE", "PIE", "PIE", "PIE", "PIE", "PIE",
                "STACKED_BAR", "LINE", "STACKED_BAR", "STACKED_BAR", "STACKED_BAR");

        // 一街道: W1, W2 (moved in from 一一 to 一二, confirmed), W3, W4 (seconded), W6 (moved in from 二街道, deputy);
        // 二街道: W7 (hired in probation); W5 left.
        expect(today, "staffing", county, "population", 100_000, "standard", 180, "approvedTotal", 150,
                "headcount", 6, "reserved", 0, "vacancies", 144);
        assertThat(absent(table(today, "staffing").path("total"))).as("a county's staffing has no total row").isTrue();
        expect(today, "headcount", s1, "total", 5, "ACTIVE", 4, "SECONDED", 1);
        expect(today, "headcount", s2, "total", 1, "PROBATION", 1);
        expect(today, "headcount", "total", "total", 6, "PROBATION", 1, "ACTIVE", 4, "SECONDED", 1);
        expect(today, "age", s1, "0-30", 2, "31-35", 1, "41-45", 1, "51-55", 1);
        expect(today, "age", s2, "36-40", 1);
        assertThat(table(today, "age").path("columns").findValuesAsText("label")).containsExactly("30岁及以下",
                "31至35岁", "36至40岁", "41至45岁", "46至50岁", "51至55岁", "56岁及以上");
        expect(today, "sex", s1, "MALE", 2, "FEMALE", 3);
        expect(today, "sex", s2, "MALE", 1);
        expect(today, "education", s1, "JUNIOR_COLLEGE", 1, "BACHELOR", 3, "MASTER", 1);
        expect(today, "education", s2, "BACHELOR", 1);
        expect(today, "qualification", s1, "NONE", 3, "ASSISTANT_SOCIAL_WORKER", 1, "SOCIAL_WORKER", 1);
        expect(today, "party", s1, "MEMBER", 2, "OTHER", 3);
        expect(today, "party", s2, "MEMBER", 1);
        expect(today, "role", s1, "SECRETARY", 1, "DIRECTOR", 1, "DEPUTY", 1, "STAFF", 2);
        expect(today, "role", s2, "DEPUTY", 1);
        expect(today, "category", s1, "A", 2, "B", 1, "C", 2);
        expect(today, "category", "total", "A", 2, "B", 2, "C", 2);
        int w6Grade = api.get(Api.ADMIN, "/api/workers/" + ids.get("W6")).json().path("gradeLevel").asInt();
        Map<String, Long> grades = new LinkedHashMap<>(row(today, "grade", s1));
        assertThat(grades.keySet()).as("levels 1 to the highest in use").containsExactly("1", "2", "3", "4", "5",
                "6", "7", "8", "9", "10");
        grades.merge(String.valueOf(w6Grade), -1L, Long::sum);
        assertThat(grades).containsEntry("10", 1L).containsEntry("8", 1L).containsEntry("2", 1L)
                .containsEntry("3", 1L);
        assertThat(grades.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(4);
        expect(today, "grade", s2, "4", 1);
        expect(today, "secondment", s1, "ACTIVE", 1, "ENDED", 1);
        expect(today, "secondment", s2);
        // due in 2025: secretary W1 and director W3 every year; W2, W6, W7 (no training 2023–2024); W4 trained in 2024
        expect(today, "training", s1, "DUE", 4, "TRAINED", 1, "OUTSTANDING", 3);
        expect(today, "training", s2, "DUE", 1, "OUTSTANDING", 1);
    }

    @Test
    void movementsAndAssessments() {
        JsonNode today = statistics(countyUser, "county", county, null);
        assertThat(keys(table(today, "movement").path("rows")))
                .containsExactly("2021", "2022", "2023", "2024", "2025");
        expect(today, "movement", "2025", "HIRED", 2, "REGISTERED", 5, "CONFIRMED", 1, "LEFT_OTHER", 1,
                "TRANSFER_WITHIN", 3);
        expect(today, "movement", "2024");
        expect(today, "movement", "total", "HIRED", 2, "REGISTERED", 5, "CONFIRMED", 1, "LEFT_OTHER", 1,
                "TRANSFER_WITHIN", 3);
        JsonNode street2 = statistics(countyUser, "street", s2, null);
        expect(street2, "movement", "2025", "HIRED", 1, "REGISTERED", 2, "LEFT_OTHER", 1, "TRANSFER_OUT", 1);
        JsonNode street1 = statistics(countyUser, "street", s1, null);
        expect(street1, "movement", "2025", "HIRED", 1, "REGISTERED", 3, "CONFIRMED", 1, "TRANSFER_IN", 1,
                "TRANSFER_WITHIN", 2);

        assertThat(keys(table(today, "assessment").path("rows"))).hasSize(10)
                .startsWith("2020:" + s1, "2020:" + s2).endsWith("2024:" + s1, "2024:" + s2);
        expect(today, "assessment", "2024:" + s1, "EXCELLENT", 1, "QUALIFIED", 1);
        expect(today, "assessment", "2023:" + s1, "QUALIFIED", 1);
        // W6 was in 二街道 at the end of 2024 and moved to 一街道 in 2025: the rating stays with 二街道
        expect(today, "assessment", "2024:" + s2, "BASICALLY_QUALIFIED", 1, "QUALIFIED", 1);
        expect(street1, "assessment", "2024:" + c11, "EXCELLENT", 1);
        expect(street2, "assessment", "2024:" + c21, "BASICALLY_QUALIFIED", 1, "QUALIFIED", 1);
        assertThat(absent(table(today, "assessment").path("total"))).isTrue();
        assertThat(names(countyUser, "county", county, "table=movement&row=2025&column=TRANSFER_WITHIN"))
                .as("in the communities they moved to").containsExactly("W4", "W6", "W2");
        assertThat(names(countyUser, "county", county, "table=movement&row=2025&column=LEFT_OTHER"))
                .containsExactly("W5");
    }

    @Test
    void aPastDateUndoesTheLaterChanges() {
        JsonNode past = statistics(countyUser, "county", county, PAST);
        assertThat(past.path("asOf").asText()).isEqualTo(PAST.toString());
        // on 1 May: W1–W4 in 一街道 (W2 in probation), W5 and W6 (staff) in 二街道; W7 not yet registered
        expect(past, "staffing", county, "population", 100_000, "standard", 180, "approvedTotal", 180,
                "headcount", 6, "reserved", null, "vacancies", 174);
        expect(past, "headcount", s1, "total", 4, "PROBATION", 1, "ACTIVE", 2, "SECONDED", 1);
        expect(past, "headcount", s2, "total", 2, "ACTIVE", 2);
        expect(past, "role", s1, "SECRETARY", 1, "DIRECTOR", 1, "STAFF", 2);
        expect(past, "role", s2, "COMMITTEE_MEMBER", 1, "STAFF", 1);
        expect(past, "category", "total", "A", 2, "C", 4);
        expect(past, "age", s1, "0-30", 1, "31-35", 1, "41-45", 1, "51-55", 1);
        expect(past, "age", s2, "0-30", 1, "56-", 1);
        expect(past, "grade", s2, "3", 1, "5", 1);
        expect(past, "movement", "2025", "HIRED", 1, "REGISTERED", 5);
        expect(past, "secondment", s1, "ACTIVE", 1, "ENDED", 1);
        expect(past, "training", s1, "DUE", 4, "OUTSTANDING", 4);
        expect(past, "training", s2, "DUE", 2, "OUTSTANDING", 2);

        // the transfer effective 15 April was recorded on 2 September: on 1 May W4 was counted in 一二社区
        JsonNode street1 = statistics(s1Hr, "street", s1, PAST);
        expect(street1, "headcount", c11, "total", 2, "PROBATION", 1, "ACTIVE", 1);
        expect(street1, "headcount", c12, "total", 2, "ACTIVE", 1, "SECONDED", 1);

        JsonNode today = statistics(countyUser, "county", county, TODAY);
        Map<String, Long> before = row(past, "role", "total");
        Map<String, Long> after = row(today, "role", "total");
        // W6 staff → deputy, W7 hired as deputy, W5 (committee member) left
        assertThat(after.get("DEPUTY") - before.get("DEPUTY")).isEqualTo(2);
        assertThat(after.get("STAFF") - before.get("STAFF")).isEqualTo(-1);
        assertThat(after.get("COMMITTEE_MEMBER") - before.get("COMMITTEE_MEMBER")).isEqualTo(-1);

        String query = "table=role&row=" + s2 + "&column=STAFF&date=" + PAST;
        Api.Response lines = api.get(countyUser, "/api/statistics/county/" + county + "/workers?" + query);
        assertThat(lines.status()).isEqualTo(200);
        assertThat(lines.json().findValuesAsText("name")).containsExactly("W6");
        assertThat(lines.json().get(0).path("communityName").asText()).isEqualTo("二一社区");
        assertThat(lines.json().get(0).path("streetName").asText()).isEqualTo("二街道");
        assertThat(lines.json().get(0).path("role").asText()).isEqualTo("社区专职工作人员");
        assertThat(lines.json().get(0).path("status").asText()).isEqualTo("正式在岗");
        JsonNode now = api.get(countyUser, "/api/statistics/county/" + county
                + "/workers?table=role&row=total&column=DEPUTY").json();
        assertThat(now.findValuesAsText("name")).containsExactly("W6", "W7");
        assertThat(now.get(0).path("communityName").asText()).isEqualTo("一一社区");
        assertThat(now.get(0).path("role").asText()).isEqualTo("副书记、副主任");
    }

    @Test
    void drillDownListsTheWorkersOfAFigure() {
        assertThat(names(countyUser, "county", county, "table=headcount&row=" + s1 + "&column=SECONDED"))
                .containsExactly("W4");
        assertThat(names(countyUser, "county", county, "table=staffing&row=" + county + "&column=headcount"))
                .containsExactly("W1", "W4", "W6", "W2", "W3", "W7");
        assertThat(names(countyUser, "county", county, "table=training&row=total&column=OUTSTANDING"))
                .containsExactly("W6", "W2", "W3", "W7");
        assertThat(names(s1Hr, "street", s1, "table=age&row=" + c12 + "&column=0-30")).containsExactly("W2");
        assertThat(names(cityUser, "city", city, "table=sex&row=" + county + "&column=FEMALE"))
                .containsExactly("W6", "W2", "W3");
    }

    /**
     * Every figure that counts workers has as many in its list as it says, at each level, today and on a past date:
     * the tables counted in the database and the lists produced one by one must agree. (No worker of this roster
     * counts twice in one cell, where a figure of movements counts person-times.)
     */
    @Test
    void everyFigureHasItsWorkersInItsList() {
        for (String[] view : new String[][] {{cityUser, "city", city, null}, {countyUser, "county", county, null},
                {countyUser, "county", county, PAST.toString()}, {s1Hr, "street", s1, null},
                {countyUser, "street", s2, PAST.toString()}}) {
            JsonNode statistics = statistics(view[0], view[1], view[2], view[3] == null ? null : LocalDate.parse(view[3]));
            int checked = 0;
            for (JsonNode table : statistics.path("tables")) {
                JsonNode columns = table.path("columns");
                List<JsonNode> rows = new ArrayList<>();
                table.path("rows").forEach(rows::add);
                if (!absent(table.path("total"))) {
                    rows.add(table.path("total"));
                }
                for (JsonNode row : rows) {
                    for (int i = 0; i < columns.size(); i++) {
                        JsonNode value = row.path("values").get(i);
                        boolean totalRow = "total".equals(row.path("key").asText());
                        if (!columns.get(i).path("drillable").asBoolean() || value.asLong() == 0 && !totalRow) {
                            continue;
                        }
                        String query = "table=" + table.path("key").asText() + "&row=" + row.path("key").asText()
                                + "&column=" + columns.get(i).path("key").asText()
                                + (view[3] == null ? "" : "&date=" + view[3]);
                        assertThat(names(view[0], view[1], view[2], query)).as(view[1] + " " + view[2] + " " + query)
                                .hasSize((int) value.asLong());
                        checked++;
                    }
                }
            }
            assertThat(checked).as("figures checked for " + view[2]).isGreaterThan(20);
        }
    }

    @Test
    void aPageViewAddsNoEvaluationOfTheTrainingRequirementToTheHistory() {
        statistics(countyUser, "county", county, null);
        long recorded = history.createHistoricDecisionInstanceQuery().decisionDefinitionKey("trainingRequirement")
                .count();
        assertThat(recorded).as("the first evaluation of the deployed decision is recorded").isPositive();
        statistics(countyUser, "county", county, null);
        statistics(cityUser, "city", city, PAST);
        assertThat(history.createHistoricDecisionInstanceQuery().decisionDefinitionKey("trainingRequirement").count())
                .isEqualTo(recorded);
    }

    @Test
    void theLevelsAndWhoSeesThem() {
        JsonNode ofCity = statistics(cityUser, "city", city, null);
        assertThat(ofCity.path("children").findValuesAsText("code")).containsExactly(county);
        expect(ofCity, "staffing", county, "population", 100_000, "standard", 180, "approvedTotal", 150,
                "headcount", 6, "reserved", 0, "vacancies", 144);
        expect(ofCity, "staffing", "total", "population", 100_000, "standard", 180, "approvedTotal", 150,
                "headcount", 6, "reserved", 0, "vacancies", 144);
        expect(ofCity, "headcount", county, "total", 6, "PROBATION", 1, "ACTIVE", 4, "SECONDED", 1);
        assertThat(statistics(cityUser, "county", county, null).path("parent").path("code").asText())
                .isEqualTo(city);

        JsonNode ofStreet = statistics(s1Hr, "street", s1, null);
        assertThat(keys(ofStreet.path("tables"))).doesNotContain("staffing").hasSize(13);
        assertThat(ofStreet.path("children").findValuesAsText("code")).containsExactly(c11, c12);
        assertThat(absent(ofStreet.path("parent"))).isTrue();
        expect(ofStreet, "headcount", c11, "total", 3, "ACTIVE", 2, "SECONDED", 1);
        expect(ofStreet, "headcount", c12, "total", 2, "ACTIVE", 2);
        assertThat(statistics(countyUser, "street", s1, null).path("parent").path("code").asText())
                .isEqualTo(county);

        assertThat(api.get(cityUser, "/api/statistics/units").json().findValuesAsText("code")).containsExactly(city);
        assertThat(api.get(countyUser, "/api/statistics/units").json().findValuesAsText("code"))
                .containsExactly(county);
        assertThat(api.get(s2Party, "/api/statistics/units").json().findValuesAsText("code")).containsExactly(s2);
        assertThat(api.get(communityUser, "/api/statistics/units").json().isEmpty()).isTrue();
        assertThat(api.get(Api.ADMIN, "/api/statistics/units").json().findValuesAsText("code")).contains(city)
                .doesNotContain(county);
    }

    @Test
    void attacks() {
        Api.Response otherStreet = api.get(s2Party, "/api/statistics/street/" + s1);
        assertThat(otherStreet.status()).isEqualTo(403);
        assertThat(otherStreet.json().path("detail").asText()).contains("一街道");
        assertThat(api.get(s2Party, "/api/statistics/street/" + s1 + "/workers?table=role&row=total&column=STAFF")
                .status()).isEqualTo(403);
        assertThat(api.get(s2Party, "/api/statistics/county/" + county).status()).isEqualTo(403);
        assertThat(api.get(communityUser, "/api/statistics/street/" + s1).status()).isEqualTo(403);
        assertThat(api.get(communityUser, "/api/statistics/county/" + county).status()).isEqualTo(403);
        assertThat(api.get(countyUser, "/api/statistics/city/" + city).status()).isEqualTo(403);
        assertThat(api.get(null, "/api/statistics/county/" + county).status()).isEqualTo(401);

        Api.Response future = api.get(countyUser, "/api/statistics/county/" + county + "?date=" + TODAY.plusDays(1));
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.violations()).containsExactly("date not-future");
        Api.Response malformed = api.get(countyUser, "/api/statistics/county/" + county + "?date=2025-13-01");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.violations()).containsExactly("date iso-date");
        assertThat(malformed.json().path("violations").get(0).path("message").asText()).contains("统计日期");

        assertThat(api.get(countyUser, "/api/statistics/county/NOSUCH" + county).status()).isEqualTo(404);
        assertThat(api.get(countyUser, "/api/statistics/province/" + county).status()).isEqualTo(404);
        String workers = "/api/statistics/county/" + county + "/workers?";
        assertThat(api.get(countyUser, workers + "table=nosuch&row=total&column=MALE").violations())
                .containsExactly("table one-of");
        assertThat(api.get(countyUser, workers + "table=sex&row=total&column=NOSUCH").violations())
                .containsExactly("column drillable");
        assertThat(api.get(countyUser, workers + "table=sex&row=total").violations())
                .containsExactly("column drillable");
        assertThat(api.get(countyUser, workers + "table=staffing&row=total&column=population").violations())
                .as("a county's staffing has no total row").containsExactly("row one-of");
        assertThat(api.get(countyUser, workers + "table=staffing&row=" + county + "&column=population").violations())
                .containsExactly("column drillable");
        assertThat(api.get(countyUser, workers + "table=sex&row=nosuch&column=MALE").violations())
                .containsExactly("row one-of");
        assertThat(api.get(s1Hr, "/api/statistics/street/" + s1 + "/workers?table=staffing&row=total&column=headcount")
                .violations()).as("a street has no staffing table").containsExactly("table one-of");
    }
}
