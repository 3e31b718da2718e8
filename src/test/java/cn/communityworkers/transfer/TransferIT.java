package cn.communityworkers.transfer;

import static cn.communityworkers.support.Api.variables;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

import com.fasterxml.jackson.databind.JsonNode;

import cn.communityworkers.support.Api;
import cn.communityworkers.support.IntegrationTest;

/** Transfers and an arrival over HTTP as the demo county's people, each with their own login, and the attacks. */
@IntegrationTest
class TransferIT {

    static final String START = "/engine-rest/process-definition/key/transfer/start";
    /** ACTIVE full-time staff of 和平社区 (东城街道) in the demo roster. */
    static final String WITHIN = "W038";
    static final String BETWEEN = "W040";
    static final String ARRIVED = "W039";
    static final String CHAOYANG = "990101001002";
    static final String XINHUA = "990101002001";

    @Autowired
    TestRestTemplate rest;
    Api api;
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @BeforeEach
    void setUp() {
        api = new Api(rest);
    }

    String onlyTask(String user, String processInstanceId) {
        JsonNode tasks = api.get(user, "/engine-rest/task?processInstanceId=" + processInstanceId).json();
        assertThat(tasks).as("tasks of %s", user).hasSize(1);
        return tasks.get(0).path("id").asText();
    }

    void complete(String user, String instance, Map<String, Object> answer) {
        String task = onlyTask(user, instance);
        Api.Response done = api.post(user, "/engine-rest/task/" + task + "/complete", variables(answer));
        assertThat(done.status()).as(done.text()).isEqualTo(204);
    }

    String started(String workerId, String target) {
        Api.Response started = api.post("easthr", START, variables(Map.of("workerId", workerId,
                "targetCommunityCode", target, "transferDate", today.toString(), "reason", "统筹调配,加强社区力量")));
        assertThat(started.status()).as(started.text()).isEqualTo(200);
        assertThat(started.json().path("businessKey").asText()).isEqualTo("T-" + workerId + "-" + today);
        return started.json().path("id").asText();
    }

    /** The worker's community once the transfer date's timer has run (the job executor runs it). */
    String communityAfterTheTimer(String instance, String workerId) throws InterruptedException {
        for (int i = 0; i < 120 && "ACTIVE".equals(api.get(Api.ADMIN, "/engine-rest/history/process-instance/"
                + instance).json().path("state").asText()); i++) {
            Thread.sleep(500);
        }
        assertThat(api.get(Api.ADMIN, "/engine-rest/history/activity-instance?processInstanceId=" + instance
                + "&activityId=EndEvent_WorkerTransferred").json()).hasSize(1);
        return api.get(Api.ADMIN, "/api/workers/" + workerId).json().path("communityCode").asText();
    }

    @Test
    void withinTheStreetBothCommunitiesGiveOpinionsAndTheStreetDecides() throws InterruptedException {
        String instance = started(WITHIN, CHAOYANG);

        assertThat(api.get("chaoyang", "/engine-rest/task?processInstanceId=" + instance).json()).isEmpty();
        assertThat(api.get("westparty", "/engine-rest/task?processInstanceId=" + instance).json()).isEmpty();
        String first = onlyTask("heping", instance);
        assertThat(api.get("heping", "/engine-rest/task/" + first + "/deployed-form").json().path("id").asText())
                .isEqualTo("transfer-source-community-opinion");
        Api.Response noWithoutReason = api.post("heping", "/engine-rest/task/" + first + "/complete",
                variables(Map.of("sourceCommunityAgrees", false)));
        assertThat(noWithoutReason.status()).isEqualTo(400);
        assertThat(noWithoutReason.json().path("detail").asText()).contains("不同意时必须填写");
        Api.Response forged = api.post("heping", "/engine-rest/task/" + first + "/complete",
                variables(Map.of("sourceCommunityAgrees", true, "targetCommunityCode", XINHUA)));
        assertThat(forged.status()).as(forged.text()).isEqualTo(400);
        assertThat(forged.text()).contains("targetCommunityCode");
        assertThat(api.post("westhr", "/engine-rest/task/" + first + "/complete",
                variables(Map.of("sourceCommunityAgrees", true))).status()).isIn(403, 404);
        complete("heping", instance, Map.of("sourceCommunityAgrees", true, "sourceCommunityOpinion", "工作已安排接替"));

        complete("chaoyang", instance, Map.of("targetCommunityAgrees", true));
        String decision = onlyTask("eastparty", instance);
        assertThat(api.post("westparty", "/engine-rest/task/" + decision + "/complete",
                variables(Map.of("streetApproves", true))).status()).isIn(403, 404);
        complete("eastparty", instance, Map.of("streetApproves", true, "streetOpinion", "同意调配"));
        assertThat(api.get(Api.ADMIN, "/engine-rest/history/activity-instance?processInstanceId=" + instance
                + "&activityId=Task_ApproveTransferAtCounty").json()).isEmpty();

        assertThat(communityAfterTheTimer(instance, WITHIN)).isEqualTo(CHAOYANG);
        JsonNode worker = api.get("easthr", "/api/workers/" + WITHIN).json();
        assertThat(worker.path("communityName").asText()).isEqualTo("朝阳社区");
        assertThat(worker.path("role").asText()).isEqualTo("STAFF");
        // The worker's career shows the move and the instance behind it.
        JsonNode moved = placement(WITHIN).get(0);
        assertThat(moved.path("summary").asText()).isEqualTo("调动:东城街道和平社区 → 东城街道朝阳社区");
        assertThat(moved.path("processInstanceId").asText()).isEqualTo(instance);
    }

    /** The entries of the worker's career page section 工作社区与工作年限, as the street's personnel office reads it. */
    JsonNode placement(String workerId) {
        for (JsonNode section : api.get("easthr", "/api/workers/" + workerId + "/career").json().path("sections")) {
            if (section.path("key").asText().equals("placement")) {
                return section.path("entries");
            }
        }
        throw new AssertionError("no section placement on " + workerId + "'s career page");
    }

    @Test
    void betweenStreetsTheReceivingStreetAgreesAndTheCountyApproves() throws InterruptedException {
        String instance = started(BETWEEN, XINHUA);
        complete("heping", instance, Map.of("sourceCommunityAgrees", true));
        complete("xinhua", instance, Map.of("targetCommunityAgrees", true, "targetCommunityOpinion", "欢迎"));
        complete("eastparty", instance, Map.of("sourceStreetAgrees", true));
        assertThat(api.get("eastparty", "/engine-rest/task?processInstanceId=" + instance).json()).isEmpty();
        complete("westparty", instance, Map.of("targetStreetAgrees", true, "targetStreetOpinion", "同意接收"));
        assertThat(api.get("countyorganization", "/engine-rest/task?processInstanceId=" + instance).json()).isEmpty();
        complete("countysocialwork", instance, Map.of("countyApproves", true));

        assertThat(communityAfterTheTimer(instance, BETWEEN)).isEqualTo(XINHUA);
        JsonNode worker = api.get("westhr", "/api/workers/" + BETWEEN).json();
        assertThat(worker.path("streetName").asText()).isEqualTo("西城街道");
        assertThat(api.get("easthr", "/api/workers/" + BETWEEN).status()).isEqualTo(403);
    }

    @Test
    void onlyTheWorkersStreetOfficeStartsItAndAForgedTargetCommunityIsRefused() {
        Api.Response otherStreet = api.post("westhr", START, variables(Map.of("workerId", WITHIN,
                "targetCommunityCode", XINHUA, "transferDate", today.toString(), "reason", "调入西城")));
        // another street's worker is not among the choices the form offers westhr: refused naming the field
        assertThat(otherStreet.status()).as(otherStreet.text()).isEqualTo(400);
        assertThat(otherStreet.json().path("violations").get(0).path("field").asText()).isEqualTo("workerId");
        // the street's party working committee decides, it does not request: no start for it
        Api.Response notTheOffice = api.post("eastparty", START, variables(Map.of("workerId", WITHIN,
                "targetCommunityCode", CHAOYANG, "transferDate", today.toString(), "reason", "调往朝阳")));
        assertThat(notTheOffice.status()).as(notTheOffice.text()).isEqualTo(403);

        Api.Response forgedTarget = api.post("easthr", START, variables(Map.of("workerId", ARRIVED,
                "targetCommunityCode", "990199001001", "transferDate", today.toString(), "reason", "调往外县")));
        assertThat(forgedTarget.status()).as(forgedTarget.text()).isEqualTo(400);
        assertThat(forgedTarget.json().path("violations").get(0).path("field").asText())
                .isEqualTo("targetCommunityCode");

        Api.Response elected = api.post("easthr", START, variables(Map.of("workerId", "W003",
                "targetCommunityCode", CHAOYANG, "transferDate", today.toString(), "reason", "书记调动")));
        assertThat(elected.status()).as(elected.text()).isEqualTo(400);
        assertThat(elected.json().path("detail").asText()).contains("选举产生的职务不随人调动");
        assertThat(api.get(Api.ADMIN, "/engine-rest/history/process-instance?processInstanceBusinessKey=T-W003-"
                + today).json()).isEmpty();
    }

    @Test
    void anArrivingWorkersEarlierCommunityWorkIsCreditedWithItsSource() {
        int before = api.get("easthr", "/api/workers/" + ARRIVED).json().path("creditedCommunityYears").asInt();
        String since = api.get("easthr", "/api/workers/" + ARRIVED).json().path("communityWorkSince").asText();
        LocalDate to = LocalDate.parse(since).minusDays(1);
        Api.Response started = api.post("easthr", "/engine-rest/process-definition/key/transferArrival/start",
                variables(Map.of("workerId", ARRIVED, "previousFrom", to.minusYears(3).plusDays(1).toString(),
                        "previousTo", to.toString(), "previousPlace", "本省某市某区", "previousUnit", "某街道和谐社区",
                        "proof", "原街道出具的工作经历证明")));
        assertThat(started.status()).as(started.text()).isEqualTo(200);
        String instance = started.json().path("id").asText();
        complete("eastparty", instance, Map.of("streetConfirms", true));
        complete("countysocialwork", instance, Map.of("countyConfirms", true, "countyOpinion", "予以认定"));

        JsonNode worker = api.get("easthr", "/api/workers/" + ARRIVED).json();
        assertThat(worker.path("creditedCommunityYears").asInt()).isEqualTo(before + 3);
        JsonNode work = worker.path("creditedCommunityWork").get(0);
        assertThat(work.path("unit").asText()).isEqualTo("某街道和谐社区");
        assertThat(work.path("proof").asText()).isEqualTo("原街道出具的工作经历证明");
        assertThat(work.path("processInstanceId").asText()).isEqualTo(instance);
        assertThat(placement(ARRIVED).findValuesAsText("summary")).anyMatch(summary -> summary.startsWith(
                "认定省内社区工作经历:" + to.minusYears(3).plusDays(1) + "至" + to + ",本省某市某区某街道和谐社区"));
        assertThat(placement(ARRIVED).findValuesAsText("processInstanceId")).containsOnly(instance);
    }
}
