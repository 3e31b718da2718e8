package cn.communityworkers.secondment;

import static cn.communityworkers.support.Api.variables;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

import com.fasterxml.jackson.databind.JsonNode;

import cn.communityworkers.support.Api;
import cn.communityworkers.support.IntegrationTest;
import cn.communityworkers.support.Secondments;
import cn.communityworkers.system.ClockConfiguration;

/** The whole chain over HTTP as the demo county's approvers, each with their own login. */
@IntegrationTest
class SecondmentIT {

    /** An ACTIVE full-time staff member of 春晖社区, 东城街道 in the demo roster. */
    static final String WORKER = "W013";

    @Autowired
    TestRestTemplate rest;
    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(rest);
    }

    String onlyTask(String user, String processInstanceId) {
        JsonNode tasks = api.get(user, "/engine-rest/task?processInstanceId=" + processInstanceId).json();
        assertThat(tasks).as("tasks of %s", user).hasSize(1);
        return tasks.get(0).path("id").asText();
    }

    @Test
    void theThreeApproversSecondAWorkerWhoComesBackEarly() {
        LocalDate start = LocalDate.now(ClockConfiguration.CHINA).plusDays(7);
        Api.Response started = api.post("easthr", "/engine-rest/process-definition/key/secondment/start", variables(Map.of(
                "workerId", WORKER, "borrowingOrganization", "东城街道综合行政执法队", "borrowingOrgLevel", "STREET",
                "borrowingOrgType", "PARTY_GOVERNMENT_ORGAN", "startDate", start.toString(),
                "endDate", start.plusMonths(2).toString(), "purpose", "创建文明城市专项工作")));
        assertThat(started.status()).as(started.text()).isEqualTo(200);
        String instance = started.json().path("id").asText();
        assertThat(started.json().path("businessKey").asText()).isEqualTo("S-" + WORKER + "-" + start);

        // 春晖社区 gives its opinion; nobody of another street sees the task.
        assertThat(api.get("westparty", "/engine-rest/task?processInstanceId=" + instance).json()).isEmpty();
        assertThat(api.get("xinhua", "/engine-rest/task?processInstanceId=" + instance).json()).isEmpty();
        String communityTask = onlyTask("chunhui", instance);
        Api.Response form = api.get("chunhui", "/engine-rest/task/" + communityTask + "/deployed-form");
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.json().path("id").asText()).isEqualTo("secondment-community-opinion");
        Api.Response noWithoutReason = api.post("chunhui", "/engine-rest/task/" + communityTask + "/complete",
                variables(Map.of("communityAgrees", false)));
        assertThat(noWithoutReason.status()).isEqualTo(400);
        assertThat(noWithoutReason.json().path("message").asText()).contains("不同意借调时必须填写意见");
        assertThat(api.post("westparty", "/engine-rest/task/" + communityTask + "/complete",
                variables(Map.of("communityAgrees", true))).status()).isIn(403, 404);
        assertThat(api.post("chunhui", "/engine-rest/task/" + communityTask + "/complete",
                variables(Map.of("communityAgrees", true, "communityOpinion", "同意,工作已安排他人接替"))).status()).isEqualTo(204);

        // The street party working committee of 东城; 西城 can neither see nor complete it.
        String streetTask = onlyTask("eastparty", instance);
        assertThat(api.get("westparty", "/engine-rest/task/" + streetTask).status()).isEqualTo(404);
        assertThat(api.post("westparty", "/engine-rest/task/" + streetTask + "/complete",
                variables(Map.of("streetApproves", true))).status()).isIn(403, 404);
        assertThat(api.post("auditor", "/engine-rest/task/" + streetTask + "/complete",
                variables(Map.of("streetApproves", true))).status()).isEqualTo(403);
        assertThat(api.post("eastparty", "/engine-rest/task/" + streetTask + "/complete",
                variables(Map.of("streetApproves", true))).status()).isEqualTo(204);

        // The county party social-work department approves.
        String countyTask = onlyTask("countysocialwork", instance);
        assertThat(api.get("countyorganization", "/engine-rest/task?processInstanceId=" + instance).json()).isEmpty();
        assertThat(api.post("countysocialwork", "/engine-rest/task/" + countyTask + "/complete",
                variables(Map.of("countyApproves", true, "countyOpinion", "准予借调,期满按时返岗"))).status()).isEqualTo(204);

        JsonNode worker = api.get("easthr", "/api/workers/" + WORKER).json();
        assertThat(worker.path("status").asText()).isEqualTo("SECONDED");
        assertThat(worker.path("currentSecondment").path("borrowingOrganization").asText()).isEqualTo("东城街道综合行政执法队");
        JsonNode ledger = api.get("countysocialwork", "/api/secondments?status=ACTIVE&countyCode=990101").json();
        assertThat(ledger.findValuesAsText("workerId")).contains(WORKER);
        assertThat(api.get("eastparty", "/api/secondments?status=ACTIVE&countyCode=990101").status()).isEqualTo(403);

        // Ended early by message, then the street personnel office confirms the return.
        Api.Response message = api.post(Api.ADMIN, "/engine-rest/message", Map.of(
                "messageName", "SecondmentEndedEarly", "businessKey", "S-" + WORKER + "-" + start));
        assertThat(message.status()).as(message.text()).isIn(200, 204);
        String confirm = onlyTask("easthr", instance);
        assertThat(api.post("easthr", "/engine-rest/task/" + confirm + "/complete",
                variables(Map.of("returnNote", "已回原岗位"))).status()).isEqualTo(204);

        assertThat(api.get("easthr", "/api/workers/" + WORKER).json().path("status").asText()).isEqualTo("ACTIVE");
        JsonNode history = api.get(Api.ADMIN, "/engine-rest/history/process-instance/" + instance).json();
        assertThat(history.path("state").asText()).isEqualTo("COMPLETED");
        assertThat(api.get(Api.ADMIN, "/engine-rest/history/activity-instance?processInstanceId=" + instance
                + "&activityId=EndEvent_WorkerReturned").json()).hasSize(1);
        assertThat(api.get(Api.ADMIN, "/engine-rest/history/user-operation?processInstanceId=" + instance
                + "&operationType=Complete").json().findValuesAsText("userId"))
                .containsExactlyInAnyOrder("chunhui", "eastparty", "countysocialwork", "easthr");
    }

    /** A "同意" written without the decision chosen used to end the request rejected, silently. */
    @Test
    void aDecisionLeftOutIsRefusedNotTakenAsANo() {
        Secondments secondments = new Secondments(api);
        String instance = secondments.requested("990101001001");
        String task = secondments.onlyTask("chunhui", instance);

        Api.Response refused = api.post("chunhui", "/engine-rest/task/" + task + "/complete",
                variables(Map.of("communityOpinion", "同意")));

        assertThat(refused.status()).as(refused.text()).isEqualTo(400);
        assertThat(refused.json().path("detail").asText()).contains("社区是否同意借调").contains("必须选择");
        assertThat(api.get("chunhui", "/engine-rest/task/" + task).status()).isEqualTo(200);
        assertThat(api.get(Api.ADMIN, "/engine-rest/history/process-instance/" + instance).json().path("state").asText())
                .isEqualTo("ACTIVE");
    }

    @Test
    void aStreetCannotRequestTheSecondmentOfAnotherStreetsWorker() {
        Api.Response refused = api.post("westhr", "/engine-rest/process-definition/key/secondment/start", variables(Map.of(
                "workerId", WORKER, "borrowingOrganization", "西城某单位", "borrowingOrgLevel", "STREET",
                "borrowingOrgType", "OTHER", "startDate", "2030-01-01", "endDate", "2030-02-01", "purpose", "借用")));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("detail").asText()).contains("社区工作者", "只能从给出的选项中选择");
        assertThat(refused.json().path("violations").get(0).path("field").asText()).isEqualTo("workerId");
    }

    /** Refused at once: said at the start, with the reason, the field and the rule; nothing is started or recorded. */
    @Test
    void aCountyLevelBorrowerIsRefusedWhenSubmittedWithTheReason() {
        long before = api.get(Api.ADMIN, "/engine-rest/history/process-instance/count?processDefinitionKey=secondment")
                .json().path("count").asLong();
        Api.Response refused = api.post("easthr", "/engine-rest/process-definition/key/secondment/start",
                variables(Map.of("workerId", WORKER, "borrowingOrganization", "示范县委办公室", "borrowingOrgLevel", "COUNTY",
                        "borrowingOrgType", "PARTY_GOVERNMENT_ORGAN", "startDate", "2030-01-01", "endDate", "2030-02-01",
                        "purpose", "文稿起草")));
        assertThat(refused.status()).as(refused.text()).isEqualTo(400);
        assertThat(refused.headers().getContentType().toString()).startsWith("application/problem+json");
        assertThat(refused.json().path("detail").asText()).startsWith("不予受理:").contains("第17条");
        JsonNode violation = refused.json().path("violations").get(0);
        assertThat(violation.path("field").asText()).isEqualTo("borrowingOrgLevel");
        assertThat(violation.path("rule").asText()).isEqualTo("county-level-or-above");
        assertThat(violation.path("message").asText()).contains("县级以上");
        assertThat(api.get(Api.ADMIN, "/engine-rest/history/process-instance/count?processDefinitionKey=secondment")
                .json().path("count").asLong()).isEqualTo(before);
        assertThat(api.get("easthr", "/api/workers/" + WORKER).json().path("status").asText()).isNotEqualTo("SECONDED");

        // Too long a term: the end date and its rule, through the form's own path (submit-form, as Tasklist sends it).
        String definition = api.get("easthr", "/engine-rest/process-definition/key/secondment").json().path("id").asText();
        Api.Response tooLong = api.post("easthr", "/engine-rest/process-definition/" + definition + "/submit-form",
                variables(Map.of("workerId", WORKER, "borrowingOrganization", "东城街道办公室", "borrowingOrgLevel", "STREET",
                        "borrowingOrgType", "PARTY_GOVERNMENT_ORGAN", "startDate", "2030-01-01", "endDate", "2030-12-01",
                        "purpose", "专项工作")));
        assertThat(tooLong.status()).as(tooLong.text()).isEqualTo(400);
        assertThat(tooLong.json().path("detail").asText()).contains("6个月");
        assertThat(tooLong.json().path("violations").get(0).path("field").asText()).isEqualTo("endDate");
        assertThat(tooLong.json().path("violations").get(0).path("rule").asText()).isEqualTo("at-most-6-months");
        assertThat(api.get(Api.ADMIN, "/engine-rest/history/process-instance/count?processDefinitionKey=secondment")
                .json().path("count").asLong()).isEqualTo(before);
    }
}
