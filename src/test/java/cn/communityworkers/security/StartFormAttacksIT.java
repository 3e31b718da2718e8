package cn.communityworkers.security;

import static cn.communityworkers.support.Api.variables;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

import com.fasterxml.jackson.databind.JsonNode;

import cn.communityworkers.support.Api;
import cn.communityworkers.support.IntegrationTest;
import cn.communityworkers.system.ClockConfiguration;

/**
 * Issue #18, "pick, don't type": a start form offers a street its own workers and units only, by name, and a start
 * may submit nothing else, whatever the path. 东城街道 ({@code easthr}) and 西城街道 ({@code westhr}) of the demo county.
 */
@IntegrationTest
class StartFormAttacksIT {

    /** 赵萍, an ACTIVE worker of 春晖社区, 东城街道. */
    static final String EAST_WORKER = "W013";

    @Autowired
    TestRestTemplate rest;
    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(rest);
    }

    JsonNode startForm(String user, String processKey) {
        Api.Response form = api.get(user, "/engine-rest/process-definition/key/" + processKey + "/deployed-start-form");
        assertThat(form.status()).as(form.text()).isEqualTo(200);
        return form.json();
    }

    static JsonNode field(JsonNode form, String key) {
        return StreamSupport.stream(form.path("components").spliterator(), false)
                .filter(component -> key.equals(component.path("key").asText())).findFirst().orElseThrow();
    }

    static List<String> values(JsonNode field) {
        return field.path("values").findValuesAsText("value");
    }

    long secondments() {
        return api.get(Api.ADMIN, "/engine-rest/history/process-instance/count?processDefinitionKey=secondment").json()
                .path("count").asLong();
    }

    @Test
    void eachStreetIsOfferedItsOwnWorkersByNameAndNoOneElse() {
        JsonNode east = field(startForm("easthr", "secondment"), "workerId");
        JsonNode west = field(startForm("westhr", "secondment"), "workerId");

        assertThat(east.path("type").asText()).isEqualTo("select");
        assertThat(east.path("searchable").asBoolean()).isTrue();
        assertThat(east.has("valuesKey")).isFalse();
        assertThat(values(east)).contains(EAST_WORKER).hasSizeGreaterThan(20);
        assertThat(east.path("values").findValuesAsText("label")).contains("赵萍 · 春晖社区 · 在岗");
        // 西城's list has none of 东城's workers, and no label names a community of 东城.
        assertThat(values(west)).isNotEmpty().doesNotContainAnyElementsOf(values(east));
        assertThat(west.path("values").findValuesAsText("label")).noneMatch(label -> label.contains("春晖社区"));
        // A community, which starts no secondment, is offered nobody (and may not start it).
        Api.Response community = api.get("chunhui", "/engine-rest/process-definition/key/secondment/deployed-start-form");
        assertThat(community.status() == 200 ? values(field(community.json(), "workerId")) : List.of()).isEmpty();
    }

    @Test
    void anotherStreetsWorkerForgedIntoTheStartIsRefusedByEveryPath() {
        long before = secondments();
        Map<String, Object> forged = Map.of("workerId", EAST_WORKER, "borrowingOrganization", "西城街道办公室",
                "borrowingOrgLevel", "STREET", "borrowingOrgType", "OTHER", "startDate", "2030-03-01",
                "endDate", "2030-04-01", "purpose", "借用");
        String definition = api.get("westhr", "/engine-rest/process-definition/key/secondment").json().path("id").asText();
        for (String path : List.of("/engine-rest/process-definition/key/secondment/start",
                "/engine-rest/process-definition/" + definition + "/submit-form")) {
            Api.Response refused = api.post("westhr", path, variables(forged));
            assertThat(refused.status()).as(path + " " + refused.text()).isEqualTo(400);
            assertThat(refused.json().path("detail").asText()).contains("只能从给出的选项中选择", EAST_WORKER);
        }
        // A worker nobody registered, a worker code as a number: not among the options either.
        assertThat(api.post("easthr", "/engine-rest/process-definition/key/secondment/start",
                variables(Map.of("workerId", "W999", "borrowingOrganization", "东城街道办公室", "borrowingOrgLevel", "STREET",
                        "borrowingOrgType", "OTHER", "startDate", "2030-03-01", "endDate", "2030-04-01",
                        "purpose", "借用"))).status()).isEqualTo(400);
        assertThat(secondments()).isEqualTo(before);
    }

    @Test
    void unitsAreFilledInFromWhoStartsAndNoOtherUnitIsAccepted() {
        JsonNode recruitment = startForm("easthr", "recruitment");
        JsonNode street = field(recruitment, "streetCode");
        assertThat(values(street)).containsExactly("990101001");
        assertThat(street.path("values").findValuesAsText("label")).containsExactly("东城街道");
        assertThat(street.path("defaultValue").asText()).isEqualTo("990101001");
        assertThat(values(field(recruitment, "communityCode"))).containsExactly("990101001001", "990101001002",
                "990101001003");

        JsonNode campaign = startForm("countysocialwork", "assessmentCampaign");
        assertThat(field(campaign, "countyCode").path("defaultValue").asText()).isEqualTo("990101");
        assertThat(field(campaign, "year").path("defaultValue").asInt()).isEqualTo(java.time.Year.now(ClockConfiguration.CHINA).getValue());
        assertThat(field(campaign, "excellentQuotaPercent").path("defaultValue").asInt()).isEqualTo(20);
        JsonNode promotion = startForm("countyorganization", "secretaryPromotion");
        assertThat(field(promotion, "countyCode").path("values").findValuesAsText("label")).containsExactly("示范县");
        assertThat(field(promotion, "year").path("defaultValue").asInt()).isEqualTo(java.time.Year.now(ClockConfiguration.CHINA).getValue());

        // 东城 cannot recruit for 西城, nor for a community of 西城.
        Api.Response otherStreet = api.post("easthr", "/engine-rest/process-definition/key/recruitment/start",
                variables(Map.of("streetCode", "990101002", "positions", 1)));
        assertThat(otherStreet.status()).as(otherStreet.text()).isEqualTo(400);
        assertThat(otherStreet.json().path("violations").get(0).path("field").asText()).isEqualTo("streetCode");
        assertThat(api.post("easthr", "/engine-rest/process-definition/key/recruitment/start",
                variables(Map.of("streetCode", "990101001", "communityCode", "990101002001", "positions", 1))).status())
                .isEqualTo(400);
        // A county department cannot start its process for a county it does not belong to.
        assertThat(api.post("countyorganization", "/engine-rest/process-definition/key/secondment/start",
                variables(Map.of())).status()).isIn(400, 403);
        assertThat(api.post("countyorganization", "/engine-rest/process-definition/key/secretaryPromotion/start",
                variables(Map.of("countyCode", "990102", "year", 2020, "posts", 1))).status()).isEqualTo(400);
    }
}
