package cn.communityworkers.resignation;

import static cn.communityworkers.support.Api.variables;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

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
 * A resignation over HTTP with the real security, in a county of its own (so that the demo county's headcount stays
 * as the other tests expect): its street personnel office registers the notice, its community party committee hands
 * over, the timer ends the contract and the staffing view counts one worker less; another street's office, the
 * street party committee and forged variables are refused.
 */
@IntegrationTest
class ResignationIT {

    static final String START = "/engine-rest/process-definition/key/resignation/start";

    @Autowired TestRestTemplate rest;
    @Autowired IdentityService identityService;
    Api api;
    TestUnits units;
    String streetHr;
    String party;
    String worker;
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @BeforeEach
    void setUp() {
        api = new Api(rest);
        units = TestUnits.create(api, 100_000);
        streetHr = units.user(identityService, "rhr", UnitGroups.streetHr(units.street()));
        party = units.user(identityService, "rparty", UnitGroups.communityParty(units.community()));
        Api.Response registered = api.post(Api.ADMIN, "/api/workers", Map.of("name", "辞职测试",
                "idCardNumber", IdCards.of("1990-01-01"), "birthDate", "1990-01-01",
                "communityCode", units.community(), "role", "STAFF", "education", "BACHELOR",
                "communityWorkSince", "2020-01-01"));
        assertThat(registered.status()).as(registered.text()).isEqualTo(201);
        worker = registered.json().path("workerId").asText();
    }

    Map<String, Object> notice(LocalDate received, LocalDate lastWorkingDay) {
        Map<String, Object> notice = new HashMap<>();
        notice.put("workerId", worker);
        notice.put("noticeReceivedOn", received.toString());
        notice.put("lastWorkingDay", lastWorkingDay.toString());
        notice.put("resignationReason", "另谋职业");
        return notice;
    }

    String onlyTask(String user, String instance) {
        JsonNode tasks = api.get(user, "/engine-rest/task?processInstanceId=" + instance).json();
        assertThat(tasks).as("tasks of %s", user).hasSize(1);
        return tasks.get(0).path("id").asText();
    }

    long headcount() {
        return staffing().path("headcount").asLong();
    }

    JsonNode staffing() {
        return api.get(Api.ADMIN, "/api/counties/" + units.county() + "/staffing").json();
    }

    long resignations() {
        return api.get(Api.ADMIN, "/engine-rest/history/process-instance/count?processDefinitionKey=resignation")
                .json().path("count").asLong();
    }

    String status() {
        return api.get(Api.ADMIN, "/api/workers/" + worker).json().path("status").asText();
    }

    @Test
    void theStreetRegistersTheCommunityHandsOverAndTheHeadcountDropsWhenTheContractEnds() {
        assertThat(headcount()).isEqualTo(1);
        long vacancies = staffing().path("vacancies").asLong();
        Api.Response started = api.post(streetHr, START, variables(notice(today.minusDays(30), today)));
        assertThat(started.status()).as(started.text()).isEqualTo(200);
        String instance = started.json().path("id").asText();
        assertThat(started.json().path("businessKey").asText()).isEqualTo("R-" + worker + "-" + today.minusDays(30));

        // The community party committee hands over; another community's committee and another street see nothing.
        assertThat(api.get("chunhui", "/engine-rest/task?processInstanceId=" + instance).json()).isEmpty();
        assertThat(api.get("westhr", "/engine-rest/task?processInstanceId=" + instance).json()).isEmpty();
        String handover = onlyTask(party, instance);
        assertThat(api.get(party, "/engine-rest/task/" + handover + "/deployed-form").json().path("id").asText())
                .isEqualTo("resignation-handover");
        assertThat(api.post("chunhui", "/engine-rest/task/" + handover + "/complete",
                variables(Map.of("handoverNote", "已交接"))).status()).isIn(403, 404);
        Api.Response noNote = api.post(party, "/engine-rest/task/" + handover + "/complete", variables(Map.of()));
        assertThat(noNote.status()).as(noNote.text()).isEqualTo(400);
        assertThat(noNote.text()).contains("handoverNote");
        Api.Response forged = api.post(party, "/engine-rest/task/" + handover + "/complete",
                variables(Map.of("handoverNote", "已交接", "withdrawn", true)));
        assertThat(forged.status()).as(forged.text()).isEqualTo(400);
        assertThat(forged.json().path("violations").get(0).path("field").asText()).isEqualTo("withdrawn");
        assertThat(api.post(party, "/engine-rest/task/" + handover + "/submit-form",
                variables(Map.of("handoverNote", "经手的台账和公章已交给社区主任"))).status()).isEqualTo(204);

        // The street personnel office confirms; another street's office can neither see nor answer it.
        String confirm = onlyTask(streetHr, instance);
        assertThat(api.post("westhr", "/engine-rest/task/" + confirm + "/complete",
                variables(Map.of("withdrawn", true, "withdrawalNote", "撤回"))).status()).isIn(403, 404);
        Api.Response forgedDate = api.post(streetHr, "/engine-rest/task/" + confirm + "/complete",
                variables(Map.of("withdrawn", false, "lastWorkingDay", today.plusYears(1).toString())));
        assertThat(forgedDate.status()).as(forgedDate.text()).isEqualTo(400);
        assertThat(forgedDate.json().path("violations").get(0).path("field").asText()).isEqualTo("lastWorkingDay");
        assertThat(api.post(streetHr, "/engine-rest/task/" + confirm + "/complete",
                variables(Map.of("withdrawn", false))).status()).isEqualTo(204);
        assertThat(status()).isEqualTo("ACTIVE");
        assertThat(headcount()).isEqualTo(1);

        // Tomorrow 00:00 the timer fires (here: run by the administrator) and the contract has ended today.
        JsonNode jobs = api.get(Api.ADMIN, "/engine-rest/job?processInstanceId=" + instance).json();
        assertThat(jobs).hasSize(1);
        assertThat(jobs.get(0).path("dueDate").asText()).startsWith(today + "T16:00:00.000");
        Api.Response fired = api.post(Api.ADMIN, "/engine-rest/job/" + jobs.get(0).path("id").asText() + "/execute", Map.of());
        assertThat(fired.status()).as(fired.text()).isEqualTo(204);

        JsonNode left = api.get(streetHr, "/api/workers/" + worker).json();
        assertThat(left.path("status").asText()).isEqualTo("TERMINATED");
        assertThat(left.path("contractEnd").asText()).isEqualTo(today.toString());
        assertThat(headcount()).isZero();
        assertThat(staffing().path("vacancies").asLong()).as("the seat is free").isEqualTo(vacancies + 1);
        assertThat(api.get(Api.ADMIN, "/engine-rest/history/process-instance/" + instance).json().path("state").asText())
                .isEqualTo("COMPLETED");
        JsonNode trail = api.get("auditor", "/api/audit/process-instances/" + instance).json();
        assertThat(trail.path("outcome").path("outcome").asText()).isEqualTo("解除劳动合同");
        assertThat(api.get("auditor", "/api/audit/workers/" + worker).json().toString())
                .contains(instance, "第三十七条");
    }

    @Test
    void onlyTheWorkersStreetPersonnelOfficeRegistersANoticeAndForgedOrShortNoticesStartNothing() {
        long before = resignations();
        Map<String, Object> notice = notice(today.minusDays(1), today.plusDays(28));

        Api.Response otherStreet = api.post("westhr", START, variables(notice));
        assertThat(otherStreet.status()).as(otherStreet.text()).isIn(400, 403);
        if (otherStreet.status() == 400) {
            assertThat(otherStreet.json().path("violations").get(0).path("field").asText()).isEqualTo("workerId");
        }
        assertThat(api.post("easthr", START, variables(notice)).status()).as("another street's office").isIn(400, 403);
        assertThat(api.post(party, START, variables(notice)).status()).as("the community").isEqualTo(403);

        Map<String, Object> forged = new HashMap<>(notice);
        forged.put("streetCode", "990101001");
        Api.Response forgedStart = api.post(streetHr, START, variables(forged));
        assertThat(forgedStart.status()).as(forgedStart.text()).isEqualTo(400);
        assertThat(forgedStart.json().path("violations").get(0).path("field").asText()).isEqualTo("streetCode");

        String definition = api.get(streetHr, "/engine-rest/process-definition/key/resignation").json().path("id").asText();
        Api.Response tooShort = api.post(streetHr, "/engine-rest/process-definition/" + definition + "/submit-form",
                variables(notice));
        assertThat(tooShort.status()).as(tooShort.text()).isEqualTo(400);
        assertThat(tooShort.json().path("violations").get(0).path("field").asText()).isEqualTo("lastWorkingDay");
        assertThat(tooShort.json().path("detail").asText()).contains("第三十七条", "提前30日");

        assertThat(resignations()).isEqualTo(before);
        assertThat(status()).isEqualTo("ACTIVE");
    }

    @Test
    void aWithdrawnResignationChangesNothingAndSaysWithdrawn() {
        Api.Response started = api.post(streetHr, START, variables(notice(today, today.plusDays(30))));
        assertThat(started.status()).as(started.text()).isEqualTo(200);
        String instance = started.json().path("id").asText();
        assertThat(api.post(streetHr, START, variables(notice(today, today.plusDays(31)))).status())
                .as("a second notice while one runs").isEqualTo(400);

        String confirm = onlyTask(streetHr, instance);
        Api.Response noNote = api.post(streetHr, "/engine-rest/task/" + confirm + "/complete",
                variables(Map.of("withdrawn", true)));
        assertThat(noNote.status()).as(noNote.text()).isEqualTo(400);
        assertThat(noNote.json().path("violations").get(0).path("field").asText()).isEqualTo("withdrawalNote");
        assertThat(api.post(streetHr, "/engine-rest/task/" + confirm + "/complete",
                variables(Map.of("withdrawn", true, "withdrawalNote", "本人书面撤回,街道同意"))).status()).isEqualTo(204);

        assertThat(api.get(party, "/engine-rest/task?processInstanceId=" + instance).json()).isEmpty();
        assertThat(status()).isEqualTo("ACTIVE");
        assertThat(headcount()).isEqualTo(1);
        JsonNode outcome = api.get("auditor", "/api/audit/process-instances/" + instance).json().path("outcome");
        assertThat(outcome.path("outcome").asText()).isEqualTo("撤回");
        assertThat(outcome.path("reason").asText()).isEqualTo("本人书面撤回,街道同意");
    }
}
