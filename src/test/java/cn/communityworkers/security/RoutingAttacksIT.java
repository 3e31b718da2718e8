package cn.communityworkers.security;

import static cn.communityworkers.support.Api.variables;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
import cn.communityworkers.system.ClockConfiguration;

/** #17 "Any approver can rewrite the case": the case's variables rewritten mid-way steer neither routing nor the registry. */
@IntegrationTest
class RoutingAttacksIT {

    @Autowired
    TestRestTemplate rest;
    Api api;
    TestUnits units;
    TestUnits elsewhere;

    @BeforeEach
    void setUp() {
        api = new Api(rest);
        units = TestUnits.create(api, 100_000);
        elsewhere = TestUnits.create(api, 100_000);
    }

    String worker(TestUnits of) {
        Map<String, Object> worker = Map.of("idCardNumber", IdCards.of("1990-05-01"), "name", "借调对象", "birthDate", "1990-05-01", "communityCode", of.community(),
                "role", "STAFF", "education", "BACHELOR", "partyMember", true, "communityWorkSince", "2018-01-01",
                "contractEnd", "2030-12-31");
        Api.Response created = api.post(Api.ADMIN, "/api/workers", worker);
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created.json().path("workerId").asText();
    }

    String onlyTask(String instance) {
        JsonNode tasks = api.get(Api.ADMIN, "/engine-rest/task?processInstanceId=" + instance).json();
        assertThat(tasks).hasSize(1);
        return tasks.get(0).path("id").asText();
    }

    List<String> candidateGroups(String task) {
        return api.get(Api.ADMIN, "/engine-rest/task/" + task + "/identity-links?type=candidate").json()
                .findValuesAsText("groupId");
    }

    void complete(String task, Map<String, Object> answers) {
        Api.Response completed = api.post(Api.ADMIN, "/engine-rest/task/" + task + "/complete", variables(answers));
        assertThat(completed.status()).as(completed.text()).isEqualTo(204);
    }

    @Test
    void anAdministratorRewritingARunningSecondmentSteersNeitherItsApprovalsNorWhatIsRegistered() {
        String worker = worker(units);
        String otherStreetsWorker = worker(elsewhere);
        LocalDate start = LocalDate.now(ClockConfiguration.CHINA).plusDays(7);
        Api.Response started = api.post(Api.ADMIN, "/engine-rest/process-definition/key/secondment/start", variables(Map.of(
                "workerId", worker, "borrowingOrganization", "测试街道综合行政执法队", "borrowingOrgLevel", "STREET",
                "borrowingOrgType", "PARTY_GOVERNMENT_ORGAN", "startDate", start.toString(),
                "endDate", start.plusMonths(2).toString(), "purpose", "创建文明城市专项工作")));
        assertThat(started.status()).as(started.text()).isEqualTo(200);
        String instance = started.json().path("id").asText();

        // The forgery: another street's worker, five years, a central organ, the other county's units, and
        // the county's approval routed back to the community.
        Map<String, Object> forged = new LinkedHashMap<>();
        forged.put("workerId", otherStreetsWorker);
        forged.put("endDate", start.plusYears(5).toString());
        forged.put("borrowingOrgLevel", "CENTRAL");
        forged.put("borrowingOrganization", "某中央机关");
        forged.put("communityCode", elsewhere.community());
        forged.put("streetCode", elsewhere.street());
        forged.put("countyCode", elsewhere.county());
        forged.put("countyApproverGroup", UnitGroups.communityParty(units.community()));
        forged.forEach((name, value) -> {
            Api.Response put = api.put(Api.ADMIN, "/engine-rest/process-instance/" + instance + "/variables/" + name,
                    Map.of("value", value, "type", "String"));
            assertThat(put.status()).as(put.text()).isEqualTo(204);
        });

        complete(onlyTask(instance), Map.of("communityAgrees", true));
        String streetTask = onlyTask(instance);
        assertThat(candidateGroups(streetTask)).containsExactly(UnitGroups.streetParty(units.street()));
        complete(streetTask, Map.of("streetApproves", true));
        String countyTask = onlyTask(instance);
        assertThat(candidateGroups(countyTask)).containsExactly(UnitGroups.countySocialWork(units.county()));
        complete(countyTask, Map.of("countyApproves", true));

        JsonNode seconded = api.get(Api.ADMIN, "/api/workers/" + worker).json();
        assertThat(seconded.path("status").asText()).isEqualTo("SECONDED");
        JsonNode registered = seconded.path("currentSecondment");
        assertThat(registered.path("borrowingOrganization").asText()).isEqualTo("测试街道综合行政执法队");
        assertThat(registered.path("borrowingOrgLevel").asText()).isEqualTo("STREET");
        assertThat(registered.path("startDate").asText()).isEqualTo(start.toString());
        assertThat(registered.path("endDate").asText()).isEqualTo(start.plusMonths(2).toString());
        JsonNode untouched = api.get(Api.ADMIN, "/api/workers/" + otherStreetsWorker).json();
        assertThat(untouched.path("status").asText()).isEqualTo("ACTIVE");
        assertThat(untouched.has("currentSecondment")).isFalse();
        assertThat(api.get(Api.ADMIN, "/api/secondments?countyCode=" + elsewhere.county()).json()).isEmpty();
    }
}
