package cn.communityworkers.workforce;

import static cn.communityworkers.support.Api.variables;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;

import org.awaitility.Awaitility;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

import com.fasterxml.jackson.databind.JsonNode;

import cn.communityworkers.organisation.UnitGroups;
import cn.communityworkers.support.Api;
import cn.communityworkers.support.IdCards;
import cn.communityworkers.support.IntegrationTest;
import cn.communityworkers.support.TestUnits;

/**
 * The pay run over HTTP with the real security: the county's HRSS starts it and follows it to the end, the auditor
 * reads it in the audit trail; another county's HRSS, the county's social-work department and the street cannot start
 * it, and a bad wage starts nothing.
 */
@IntegrationTest
class PayAdjustmentIT {

    static final String START = "/engine-rest/process-definition/key/payAdjustment/start";

    @Autowired TestRestTemplate rest;
    @Autowired IdentityService identityService;
    Api api;
    TestUnits units;
    String hrss;
    String socialWork;
    String streetHr;
    String workerId;

    @BeforeEach
    void setUp() {
        api = new Api(rest);
        units = TestUnits.create(api, 100_000);
        hrss = units.user(identityService, "hrss", UnitGroups.countyHrss(units.county()));
        socialWork = units.user(identityService, "sw", UnitGroups.countySocialWork(units.county()));
        streetHr = units.user(identityService, "hr", UnitGroups.streetHr(units.street()));
        Api.Response registered = api.post(Api.ADMIN, "/api/workers", Map.of("idCardNumber", IdCards.of("1990-01-01"), "name", "薪酬测试", "birthDate", "1990-01-01",
                "communityCode", units.community(), "role", "STAFF", "education", "BACHELOR",
                "communityWorkSince", "2020-01-01"));
        assertThat(registered.status()).isEqualTo(201);
        workerId = registered.json().path("workerId").asText();
    }

    Map<String, Object> request(Object wage) {
        return variables(Map.of("countyCode", units.county(), "averageMonthlyWage", wage, "effectiveDate", "2026-01-01",
                "ground", "县人社局2026年第1号通知"));
    }

    @Test
    void theCountyHrssAdjustsThePayAndTheAuditorReadsTheRun() {
        BigDecimal before = new BigDecimal(api.get(Api.ADMIN, "/api/workers/" + workerId).json().path("monthlyPay").asText());
        Api.Response started = api.post(hrss, START, request(9_900));
        assertThat(started.status()).as(started.text()).isEqualTo(200);
        String run = started.json().path("id").asText();

        JsonNode progress = Awaitility.await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(300))
                .until(() -> api.get(hrss, "/api/pay-adjustments/" + run).json(),
                        json -> json.path("run").path("status").asText().equals("DONE"));
        assertThat(progress.path("run").path("startedBy").asText()).isEqualTo(hrss);
        assertThat(progress.path("total").asLong()).isEqualTo(1);
        assertThat(progress.path("recomputed").asLong()).isEqualTo(1);
        assertThat(progress.path("changed").asLong()).isEqualTo(1);
        BigDecimal after = new BigDecimal(api.get(Api.ADMIN, "/api/workers/" + workerId).json().path("monthlyPay").asText());
        assertThat(after).isEqualByComparingTo(before.multiply(new BigDecimal("1.1")));
        assertThat(api.get(socialWork, "/api/counties/" + units.county() + "/pay-adjustments").json()).hasSize(1);
        assertThat(api.get("countyhrss", "/api/pay-adjustments/" + run).status()).isEqualTo(403);

        JsonNode trail = api.get("auditor", "/api/audit/process-instances/" + run).json();
        assertThat(trail.path("outcome").path("outcome").asText()).isEqualTo("办结");
        JsonNode worker = api.get("auditor", "/api/audit/workers/" + workerId).json();
        assertThat(worker.toString()).contains(run, "第12条");
    }

    @Test
    void onlyTheCountysHrssStartsIt() {
        assertThat(api.post("countyhrss", START, request(9_900)).status()).as("another county's HRSS").isEqualTo(400);
        assertThat(api.post(socialWork, START, request(9_900)).status()).as("the social-work department").isEqualTo(403);
        assertThat(api.post(streetHr, START, request(9_900)).status()).as("the street").isIn(400, 403);
        assertThat(api.get(Api.ADMIN, "/api/counties/" + units.county() + "/pay-adjustments").json()).isEmpty();
    }

    @Test
    void aBadWageStartsNothing() {
        Api.Response refused = api.post(hrss, START, request(-100));
        assertThat(refused.status()).as(refused.text()).isEqualTo(400);
        assertThat(refused.text()).contains("averageMonthlyWage");
        assertThat(api.get(Api.ADMIN, "/api/counties/" + units.county()).json().path("averageMonthlyWage").isMissingNode())
                .isTrue();
        assertThat(api.get(Api.ADMIN, "/api/counties/" + units.county() + "/pay-adjustments").json()).isEmpty();
    }
}
