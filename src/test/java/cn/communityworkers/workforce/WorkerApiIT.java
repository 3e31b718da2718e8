package cn.communityworkers.workforce;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.fasterxml.jackson.databind.JsonNode;

import cn.communityworkers.support.Api;
import cn.communityworkers.support.IdCards;
import cn.communityworkers.support.IntegrationTest;
import cn.communityworkers.support.TestUnits;
import cn.communityworkers.system.ClockConfiguration;

@IntegrationTest
class WorkerApiIT {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcClient jdbc;
    Api api;
    TestUnits units;

    @BeforeEach
    void setUp() {
        api = new Api(rest);
        units = TestUnits.create(api, 100_000);
    }

    Map<String, Object> worker() {
        Map<String, Object> worker = new HashMap<>();
        worker.put("workerId", "T" + UUID.randomUUID().toString().substring(0, 8));
        worker.put("name", "张三");
        worker.put("idCardNumber", IdCards.of("1990-05-01"));
        worker.put("birthDate", "1990-05-01");
        worker.put("communityCode", units.community());
        worker.put("role", "STAFF");
        worker.put("education", "BACHELOR");
        worker.put("qualification", "SOCIAL_WORKER");
        worker.put("partyMember", true);
        worker.put("communityWorkSince", LocalDate.now(ClockConfiguration.CHINA).minusYears(7).minusDays(1).toString());
        worker.put("contractEnd", "2030-12-31");
        worker.put("secretaryTerms", List.of(Map.of("start", "2015-01-01", "end", "2019-12-31", "completed", true)));
        worker.put("assessmentHistory", List.of(Map.of("year", 2024, "rating", "EXCELLENT"),
                Map.of("year", 2023, "rating", "QUALIFIED")));
        return worker;
    }

    /**
     * #21 a worker registered before the registry kept identity numbers gets one from the personnel office of their
     * street: checked like a registration's, agreeing with the registered birth date, unique, never rewritten, and
     * masked in the change log; nobody else may record it.
     */
    @Test
    void theStreetsPersonnelOfficeRecordsTheNumberOfAWorkerRegisteredWithoutOne() {
        Map<String, Object> worker = worker();
        worker.put("communityCode", "990101001001");
        assertThat(api.post(Api.ADMIN, "/api/workers", worker).status()).isEqualTo(201);
        Map<String, Object> other = worker();
        String taken = (String) other.get("idCardNumber");
        assertThat(api.post(Api.ADMIN, "/api/workers", other).status()).isEqualTo(201);
        String workerId = (String) worker.get("workerId");
        jdbc.sql("update worker set id_card_number = null, sex = null where worker_id = :w").param("w", workerId).update();
        String path = "/api/workers/" + workerId + "/id-card-number";
        String number = IdCards.of("1990-05-01");

        assertThat(api.put("westhr", path, Map.of("idCardNumber", number)).status()).isEqualTo(403);
        assertThat(api.put("chunhui", path, Map.of("idCardNumber", number)).status()).isEqualTo(403);
        char wrongCheck = number.charAt(17) == '1' ? '2' : '1';
        assertThat(api.put("easthr", path, Map.of("idCardNumber", number.substring(0, 17) + wrongCheck)).violations())
                .containsExactly("idCardNumber id-card-checksum");
        assertThat(api.put("easthr", path, Map.of("idCardNumber", IdCards.of("1970-01-01"))).violations())
                .containsExactly("idCardNumber agrees-with-birth-date");
        Api.Response duplicate = api.put("easthr", path, Map.of("idCardNumber", taken));
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.text()).doesNotContain(taken);
        assertThat(api.get(Api.ADMIN, "/api/workers/" + workerId).json().path("idCardNumber").isTextual()).isFalse();

        Api.Response recorded = api.put("easthr", path, Map.of("idCardNumber", number));
        assertThat(recorded.status()).as(recorded.text()).isEqualTo(200);
        assertThat(recorded.json().path("idCardNumber").asText()).isEqualTo(number);
        assertThat(recorded.json().path("sex").asText()).isNotBlank();
        assertThat(api.put("countyhrss", path, Map.of("idCardNumber", number)).status()).isEqualTo(409);
        assertThat(jdbc.sql("select new_value from worker_change where worker_id = :w and attribute = 'ID_CARD_NUMBER'")
                .param("w", workerId).query(String.class).single()).isEqualTo(IdCardNumber.mask(number));
    }

    @Test
    void registersAWorkerGradedByTheRulesAndReturnsWhatWasStored() {
        Map<String, Object> worker = worker();
        Api.Response created = api.post(Api.ADMIN, "/api/workers", worker);
        assertThat(created.status()).isEqualTo(201);

        JsonNode stored = api.get(Api.ADMIN, "/api/workers/" + worker.get("workerId")).json();
        assertThat(created.json()).isEqualTo(stored);
        assertThat(stored.path("name").asText()).isEqualTo("张三");
        assertThat(stored.path("status").asText()).isEqualTo("ACTIVE");
        assertThat(stored.path("postCategory").asText()).isEqualTo("C");
        // C base 1 + BACHELOR 1 + SOCIAL_WORKER 2 + 7 years (≥3, ≥6) 2 = 6
        assertThat(stored.path("gradeLevel").asInt()).isEqualTo(6);
        // default average wage 9000 × (0.80 + 0.03 × 5)
        assertThat(stored.path("monthlyPay").decimalValue()).isEqualByComparingTo("8550.00");
        assertThat(stored.path("creditedCommunityYears").asInt()).isZero();
        assertThat(stored.path("secretaryTerms").get(0).path("completed").asBoolean()).isTrue();
        assertThat(stored.path("assessmentHistory").findValuesAsText("year")).containsExactly("2023", "2024");
        JsonNode grading = stored.path("gradeHistory").get(0);
        assertThat(grading.path("to").asInt()).isEqualTo(6);
        assertThat(grading.has("from")).isFalse();
        assertThat(grading.path("reason").asText()).contains("初始岗位等级", "社区工作7年");
        assertThat(stored.path("countyCode").asText()).isEqualTo(units.county());
    }

    @Test
    void creditedYearsAndAGivenGradeAreKept() {
        Map<String, Object> worker = worker();
        worker.put("creditedCommunityYears", 8);   // 7 + 8 = 15 years: all five year steps
        worker.remove("workerId");
        JsonNode graded = api.post(Api.ADMIN, "/api/workers", worker).json();
        assertThat(graded.path("workerId").asText()).matches("W[0-9A-F]{12}");
        assertThat(graded.path("gradeLevel").asInt()).isEqualTo(1 + 1 + 2 + 5);

        worker.put("gradeLevel", 18);
        worker.put("role", "SECRETARY");
        worker.put("idCardNumber", IdCards.of("1990-05-01"));   // another person
        JsonNode given = api.post(Api.ADMIN, "/api/workers", worker).json();
        assertThat(given.path("gradeLevel").asInt()).isEqualTo(18);
        assertThat(given.path("postCategory").asText()).isEqualTo("A");
        assertThat(given.path("monthlyPay").decimalValue()).isEqualByComparingTo("16920.00"); // 9000 × (1.20 + 0.04 × 17)
    }

    @Test
    void payFollowsTheCountysOwnAverageWage() {
        api.put(Api.ADMIN, "/api/counties/" + units.county(),
                Map.of("name", "测试县", "urbanResidentPopulation", 100_000, "averageMonthlyWage", 10_000));
        Map<String, Object> worker = worker();
        worker.put("gradeLevel", 1);
        assertThat(api.post(Api.ADMIN, "/api/workers", worker).json().path("monthlyPay").decimalValue())
                .isEqualByComparingTo("8000.00");
    }

    @Test
    void aDuplicateIdIsAConflictAndChangesNothing() {
        Map<String, Object> worker = worker();
        assertThat(api.post(Api.ADMIN, "/api/workers", worker).status()).isEqualTo(201);
        worker.put("name", "李四");
        Api.Response duplicate = api.post(Api.ADMIN, "/api/workers", worker);
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.violations()).containsExactly("workerId unique");
        JsonNode stored = api.get(Api.ADMIN, "/api/workers/" + worker.get("workerId")).json();
        assertThat(stored.path("name").asText()).isEqualTo("张三");
        assertThat(stored.path("gradeHistory")).hasSize(1);
    }

    @Test
    void aStaffMemberElectedDeputyKeepsTheHigherLevelAndOnlyTheWorkersOfficesMayRecordIt() {
        Map<String, Object> worker = worker();
        worker.put("gradeLevel", 2);
        api.post(Api.ADMIN, "/api/workers", worker);
        String path = "/api/workers/" + worker.get("workerId") + "/role";

        Api.Response bad = api.put(Api.ADMIN, path, Map.of("role", "DEPUTY", "ground", " "));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.violations()).containsExactly("ground required");
        assertThat(api.put("westhr", path, Map.of("role", "DEPUTY", "ground", "当选居民委员会副主任")).status())
                .as("another street's office").isEqualTo(403);
        assertThat(api.put(Api.ADMIN, "/api/workers/NOBODY/role", Map.of("role", "DEPUTY", "ground", "当选")).status())
                .isEqualTo(404);

        Api.Response elected = api.put(Api.ADMIN, path, Map.of("role", "DEPUTY", "ground", "当选居民委员会副主任"));
        assertThat(elected.status()).as(elected.text()).isEqualTo(200);
        assertThat(elected.json().path("postCategory").asText()).isEqualTo("B");
        assertThat(elected.json().path("gradeLevel").asInt()).as("副职 start at 4").isEqualTo(4);
        JsonNode change = elected.json().path("gradeHistory").get(1);
        assertThat(change.path("from").asInt()).isEqualTo(2);
        assertThat(change.path("reason").asText()).startsWith("当选居民委员会副主任;转任副职岗位,岗位等级就高确定");
        assertThat(api.put(Api.ADMIN, path, Map.of("role", "DEPUTY", "ground", "再次当选")).status()).isEqualTo(409);
    }

    @Test
    void everyBrokenRuleIsNamedAndNothingIsStored() {
        Map<String, Object> worker = worker();
        worker.put("communityCode", "nowhere");
        worker.put("gradeLevel", 19);
        worker.put("name", "");
        Api.Response refused = api.post(Api.ADMIN, "/api/workers", worker);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.headers().getContentType().toString()).isEqualTo("application/problem+json");
        assertThat(refused.violations()).containsExactlyInAnyOrder(
                "communityCode exists", "gradeLevel within-category-range", "name NotBlank");
        assertThat(api.get(Api.ADMIN, "/api/workers/" + worker.get("workerId")).status()).isEqualTo(404);
    }

    @Test
    void malformedValuesNameTheirField() {
        Map<String, Object> worker = worker();
        worker.put("birthDate", "1990-13-01");
        assertThat(api.post(Api.ADMIN, "/api/workers", worker).violations()).containsExactly("birthDate iso-date");

        worker = worker();
        worker.put("communityWorkSince", "yesterday");
        assertThat(api.post(Api.ADMIN, "/api/workers", worker).violations())
                .containsExactly("communityWorkSince iso-date");

        worker = worker();
        worker.put("role", "MAYOR");
        Api.Response role = api.post(Api.ADMIN, "/api/workers", worker);
        assertThat(role.violations()).containsExactly("role one-of");
        assertThat(role.json().path("detail").asText()).contains("SECRETARY", "STAFF");

        worker = worker();
        worker.put("salary", 1);
        assertThat(api.post(Api.ADMIN, "/api/workers", worker).violations()).containsExactly("salary known-field");

        worker = worker();
        worker.put("assessmentHistory", List.of(Map.of("year", 2024, "rating", "GOOD")));
        assertThat(api.post(Api.ADMIN, "/api/workers", worker).violations())
                .containsExactly("assessmentHistory[0].rating one-of");

        assertThat(api.post(Api.ADMIN, "/api/workers", "{not json").violations()).containsExactly(" json");
    }

    @Test
    void rulesBetweenFields() {
        Map<String, Object> worker = worker();
        worker.put("status", "PROBATION");
        worker.put("birthDate", LocalDate.now(ClockConfiguration.CHINA).minusYears(20).toString());
        worker.put("idCardNumber", IdCards.of(LocalDate.now(ClockConfiguration.CHINA).minusYears(20)));
        worker.put("secretaryTerms", List.of(Map.of("start", "2020-01-01", "completed", true),
                Map.of("start", "2020-01-01", "end", "2019-01-01", "completed", false)));
        worker.put("assessmentHistory", List.of(Map.of("year", 2024, "rating", "EXCELLENT"),
                Map.of("year", 2024, "rating", "QUALIFIED"), Map.of("year", 2999, "rating", "QUALIFIED")));
        worker.put("creditedCommunityYears", 51);
        Api.Response refused = api.post(Api.ADMIN, "/api/workers", worker);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.violations()).containsExactlyInAnyOrder(
                "communityWorkSince minimum-working-age",
                "probationEnd required-in-probation",
                "secretaryTerms[0].end required-when-completed",
                "secretaryTerms[1].end end-after-start",
                "assessmentHistory[1].year unique-year",
                "assessmentHistory[2].year not-future",
                "assessmentHistory[2].year Max",
                "creditedCommunityYears Max");
    }

    @Test
    void streetHrRegistersInItsOwnStreetOnly() {
        Map<String, Object> east = worker();
        east.put("communityCode", "990101001002");
        Api.Response created = api.post("easthr", "/api/workers", east);
        assertThat(created.status()).isEqualTo(201);
        assertThat(api.get("eastparty", "/api/workers/" + east.get("workerId")).status()).isEqualTo(200);
        assertThat(api.get("westparty", "/api/workers/" + east.get("workerId")).status()).isEqualTo(403);

        Map<String, Object> west = worker();
        west.put("communityCode", "990101002001");
        assertThat(api.post("easthr", "/api/workers", west).status()).isEqualTo(403);
        assertThat(api.get(Api.ADMIN, "/api/workers/" + west.get("workerId")).status()).isEqualTo(404);

        assertThat(api.post("eastparty", "/api/workers", worker()).status()).isEqualTo(403);
    }

    @Test
    void anUnknownWorkerIsNotFound() {
        Api.Response missing = api.get(Api.ADMIN, "/api/workers/nobody");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().path("title").asText()).isEqualTo("Not found");
    }

    /** #21 the identity number: its birth date and sex are the worker's; a birth date that disagrees is refused. */
    @Test
    void theIdCardNumberGivesBirthDateAndSex() {
        Map<String, Object> worker = worker();
        worker.remove("birthDate");
        worker.put("idCardNumber", IdCardNumber.compose("440106", LocalDate.of(1991, 2, 28), 124));
        Api.Response created = api.post(Api.ADMIN, "/api/workers", worker);
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        assertThat(created.json().path("birthDate").asText()).isEqualTo("1991-02-28");
        assertThat(created.json().path("sex").asText()).isEqualTo("FEMALE");

        Map<String, Object> other = worker();
        other.put("birthDate", "1990-05-02");
        Api.Response refused = api.post(Api.ADMIN, "/api/workers", other);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.violations()).containsExactly("birthDate agrees-with-id-card");
        assertThat(refused.json().path("violations").get(0).path("message").asText())
                .isEqualTo("出生日期(birthDate)1990-05-02与身份证号码中的出生日期1990-05-01不一致");
    }

    /** #21 a bad number is a 400 naming the field and the rule, in Chinese; a missing one too. */
    @Test
    void aBadIdCardNumberIsRefusedNamingTheField() {
        String valid = IdCardNumber.compose("440106", LocalDate.of(1990, 5, 1), 123);
        char wrongCheck = valid.charAt(17) == '1' ? '2' : '1';
        Map<String, String> bad = Map.of(
                valid.substring(0, 17), "idCardNumber id-card-length",
                valid.substring(0, 16) + "A" + valid.charAt(17), "idCardNumber id-card-characters",
                "44010619900231123X", "idCardNumber id-card-birth-date",
                valid.substring(0, 17) + wrongCheck, "idCardNumber id-card-checksum",
                "", "idCardNumber required");
        bad.forEach((number, violation) -> {
            Map<String, Object> worker = worker();
            worker.put("idCardNumber", number);
            Api.Response refused = api.post(Api.ADMIN, "/api/workers", worker);
            assertThat(refused.status()).as(number).isEqualTo(400);
            assertThat(refused.violations()).as(number).containsExactly(violation);
            assertThat(refused.json().path("violations").get(0).path("message").asText()).as(number)
                    .contains("身份证号码(idCardNumber)");
            assertThat(api.get(Api.ADMIN, "/api/workers/" + worker.get("workerId")).status()).isEqualTo(404);
        });
    }

    /** #21 one person, one entry: the same number again (a lower-case x too) is a conflict, nothing stored. */
    @Test
    void aSecondWorkerWithTheSameIdCardNumberIsRefused() {
        Map<String, Object> first = worker();
        first.put("idCardNumber", numberEndingInX());
        assertThat(api.post(Api.ADMIN, "/api/workers", first).status()).isEqualTo(201);

        Map<String, Object> second = worker();
        second.put("idCardNumber", ((String) first.get("idCardNumber")).toLowerCase());
        Api.Response refused = api.post(Api.ADMIN, "/api/workers", second);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.violations()).containsExactly("idCardNumber unique");
        assertThat(refused.json().path("detail").asText()).contains("已登记在社区工作者名册中")
                .doesNotContain(((String) first.get("idCardNumber")).substring(6, 14));
        assertThat(api.get(Api.ADMIN, "/api/workers/" + second.get("workerId")).status()).isEqualTo(404);
    }

    /**
     * #21 the number whole only to the personnel offices (the street's 组织人事办, the county's social work and HRSS
     * departments); masked to the community's party committee, the street's party committee and auditors.
     */
    @Test
    void theIdCardNumberIsMaskedButToThePersonnelOffices() {
        Map<String, Object> worker = worker();
        worker.put("communityCode", "990101001001");
        String number = (String) worker.get("idCardNumber");
        assertThat(api.post(Api.ADMIN, "/api/workers", worker).status()).isEqualTo(201);
        String path = "/api/workers/" + worker.get("workerId");
        for (String user : List.of("easthr", "countysocialwork", "countyhrss")) {
            JsonNode seen = api.get(user, path).json();
            assertThat(seen.path("idCardNumber").asText()).as(user).isEqualTo(number);
            assertThat(seen.path("idCardNumberMasked").asBoolean()).as(user).isFalse();
        }
        for (String user : List.of("chunhui", "eastparty", "countyorganization", "auditor")) {
            JsonNode seen = api.get(user, path).json();
            assertThat(seen.path("idCardNumber").asText()).as(user)
                    .isEqualTo(number.substring(0, 6) + "********" + number.substring(14));
            assertThat(seen.path("idCardNumberMasked").asBoolean()).as(user).isTrue();
            assertThat(seen.toString()).as(user).doesNotContain(number);
        }
        assertThat(api.get("westhr", path).status()).isEqualTo(403);
    }

    static String numberEndingInX() {
        while (true) {
            String number = IdCards.of("1990-05-01");
            if (number.endsWith("X")) {
                return number;
            }
        }
    }
}
