package cn.communityworkers.organisation;

import static cn.communityworkers.support.Api.variables;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

import com.fasterxml.jackson.databind.JsonNode;

import cn.communityworkers.support.Api;
import cn.communityworkers.support.IdCards;
import cn.communityworkers.support.IntegrationTest;
import cn.communityworkers.support.TestUnits;

/**
 * The approved total (核定总量): set by the county's organisation department with a reason, logged, shown in the
 * staffing view, and the bound of a recruitment; refused to another county, another department, the street and a
 * negative number.
 */
@IntegrationTest
class ApprovedTotalIT {

    @Autowired TestRestTemplate rest;
    @Autowired IdentityService identityService;
    Api api;
    TestUnits units;
    String organization;
    String hrss;
    String streetHr;

    @BeforeEach
    void setUp() {
        api = new Api(rest);
        units = TestUnits.create(api, 100_000);          // standard 180
        organization = units.user(identityService, "org", UnitGroups.countyOrganization(units.county()));
        hrss = units.user(identityService, "hrss", UnitGroups.countyHrss(units.county()));
        streetHr = units.user(identityService, "hr", UnitGroups.streetHr(units.street()));
    }

    Api.Response change(String user, Object approvedTotal, String reason) {
        Map<String, Object> body = new HashMap<>();
        body.put("approvedTotal", approvedTotal);
        body.put("reason", reason);
        return api.put(user, "/api/counties/" + units.county() + "/approved-total", body);
    }

    JsonNode staffing() {
        return api.get(organization, "/api/counties/" + units.county() + "/staffing").json();
    }

    void register(int workers) {
        for (int i = 0; i < workers; i++) {
            assertThat(api.post(Api.ADMIN, "/api/workers", Map.of("idCardNumber", IdCards.of("1990-01-01"), "name", "员工" + i, "birthDate", "1990-01-01",
                    "communityCode", units.community(), "role", "STAFF", "education", "BACHELOR",
                    "communityWorkSince", "2020-01-01")).status()).isEqualTo(201);
        }
    }

    @Test
    void theOrganisationDepartmentSetsTheApprovedTotalWithAReason() {
        JsonNode before = staffing();
        assertThat(before.path("standardHeadcount").asLong()).isEqualTo(180);
        assertThat(before.path("approvedTotal").asLong()).isEqualTo(180);
        assertThat(before.path("approvedTotalSet").asBoolean()).isFalse();
        assertThat(before.path("workersPerTenThousand").asInt()).isEqualTo(18);

        Api.Response changed = change(organization, 150, "县委编委2026年第3号文件核定");
        assertThat(changed.status()).as(changed.text()).isEqualTo(200);
        assertThat(changed.json().path("oldValue").asText()).isEqualTo("180");
        assertThat(changed.json().path("newValue").asText()).isEqualTo("150");

        register(2);
        JsonNode after = staffing();
        assertThat(after.path("standardHeadcount").asLong()).isEqualTo(180);
        assertThat(after.path("approvedTotal").asLong()).isEqualTo(150);
        assertThat(after.path("approvedTotalSet").asBoolean()).isTrue();
        assertThat(after.path("headcount").asLong()).isEqualTo(2);
        assertThat(after.path("reservedSeats").asLong()).isZero();
        assertThat(after.path("vacancies").asLong()).isEqualTo(148);

        JsonNode log = api.get("auditor", "/api/counties/" + units.county() + "/changes").json();
        assertThat(log).hasSize(1);
        assertThat(log.get(0).path("attribute").asText()).isEqualTo("APPROVED_TOTAL");
        assertThat(log.get(0).path("oldValue").asText()).isEqualTo("180");
        assertThat(log.get(0).path("newValue").asText()).isEqualTo("150");
        assertThat(log.get(0).path("reason").asText()).isEqualTo("县委编委2026年第3号文件核定");
        assertThat(log.get(0).path("changedBy").asText()).isEqualTo(organization);
        assertThat(log.get(0).path("changedAt").asText()).isNotEmpty();
        assertThat(api.get("easthr", "/api/counties/" + units.county() + "/changes").status()).isEqualTo(403);
    }

    /** An administrator's update of the county keeps the approved total, and a wage changed there is logged too. */
    @Test
    void theRegistrysUpdateKeepsTheApprovedTotalAndLogsTheWage() {
        assertThat(change(organization, 150, "核定").status()).isEqualTo(200);
        assertThat(api.put(Api.ADMIN, "/api/counties/" + units.county(), Map.of("name", "测试县",
                "urbanResidentPopulation", 200_000, "averageMonthlyWage", 9_500)).status()).isEqualTo(200);
        assertThat(staffing().path("standardHeadcount").asLong()).isEqualTo(360);
        assertThat(staffing().path("approvedTotal").asLong()).isEqualTo(150);
        JsonNode log = api.get(Api.ADMIN, "/api/counties/" + units.county() + "/changes").json();
        assertThat(log).hasSize(2);
        assertThat(log.get(1).path("attribute").asText()).isEqualTo("AVERAGE_MONTHLY_WAGE");
        assertThat(log.get(1).path("oldValue").isMissingNode()).isTrue();
        assertThat(log.get(1).path("newValue").asText()).isEqualTo("9500");
        assertThat(log.get(1).path("reason").asText()).contains("未重算薪酬");
    }

    @Test
    void anotherCountyAnotherDepartmentAndTheStreetAreRefused() {
        for (String user : new String[] {"countyorganization", hrss, streetHr, "eastparty"}) {
            Api.Response refused = change(user, 500, "自行扩编");
            assertThat(refused.status()).as(user + ": " + refused.text()).isEqualTo(403);
            assertThat(refused.headers().getContentType().toString()).startsWith("application/problem+json");
        }
        assertThat(change("auditor", 500, "审计").status()).isEqualTo(403);
        assertThat(staffing().path("approvedTotal").asLong()).isEqualTo(180);
        assertThat(api.get(Api.ADMIN, "/api/counties/" + units.county() + "/changes").json()).isEmpty();
    }

    @Test
    void badInputIsAProblemDetailNamingTheField() {
        Api.Response negative = change(organization, -1, "减编");
        assertThat(negative.status()).isEqualTo(400);
        assertThat(negative.headers().getContentType().toString()).startsWith("application/problem+json");
        assertThat(negative.violations()).singleElement().asString().startsWith("approvedTotal ");
        assertThat(negative.json().path("violations").get(0).path("message").asText()).contains("不能为负数");

        Api.Response noReason = change(organization, 150, " ");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.violations()).singleElement().asString().startsWith("reason ");

        assertThat(change(organization, "很多", "理由").status()).isEqualTo(400);
        assertThat(change(organization, 1.5, "理由").status()).isEqualTo(400);
        assertThat(staffing().path("approvedTotalSet").asBoolean()).isFalse();
    }

    /** Headcount + reserved + positions exactly the approved total is accepted; one more is refused with the figures. */
    @Test
    void aRecruitmentIsCheckedAgainstTheApprovedTotalAtItsBoundary() {
        register(1);
        assertThat(change(organization, 3, "试点核定").status()).isEqualTo(200);

        Api.Response over = api.post(streetHr, "/engine-rest/process-definition/key/recruitment/start",
                variables(Map.of("streetCode", units.street(), "positions", 3)));
        assertThat(over.status()).as(over.text()).isEqualTo(400);
        assertThat(over.violations()).containsExactly("positions within-approved-total");
        assertThat(over.json().path("detail").asText()).startsWith("不予受理:超出核定总量").contains("核定总量为3人",
                "编制标准180人", "现有在编1人", "本次申请3个名额", "超出1人");

        Api.Response exactly = api.post(streetHr, "/engine-rest/process-definition/key/recruitment/start",
                variables(Map.of("streetCode", units.street(), "positions", 2)));
        assertThat(exactly.status()).as(exactly.text()).isEqualTo(200);
        JsonNode after = staffing();
        assertThat(after.path("reservedSeats").asLong()).isEqualTo(2);
        assertThat(after.path("vacancies").asLong()).isZero();
    }
}
