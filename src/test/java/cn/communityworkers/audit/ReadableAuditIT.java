package cn.communityworkers.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

import com.fasterxml.jackson.databind.JsonNode;

import cn.communityworkers.support.Api;
import cn.communityworkers.support.IntegrationTest;
import cn.communityworkers.support.Secondments;

/**
 * The audit in the words an auditor reads: a secondment that the community agreed to and the street refused is found
 * by its worker's name with its outcome (不批准, with the street's opinion); its trail comes with the labels of the
 * forms, the option labels, the unit and person names and the rules' Chinese names; its approval sheet lists every
 * opinion with person, unit, time and decision; the CSV keeps the raw values; the worker's registry changes give
 * their grounds in Chinese.
 */
@IntegrationTest
class ReadableAuditIT {

    static final String EAST_CHUNHUI = "990101001001";
    static final String STREET_OPINION = "辖区人手紧张,暂不同意借调";

    @Autowired
    TestRestTemplate rest;
    Api api;
    Drive drive;

    @BeforeEach
    void setUp() {
        api = new Api(rest);
        drive = new Drive(api);
    }

    /** A worker of 春晖社区 with a name no other test uses. */
    static String newWorker(Api api, String name) {
        return new Secondments(api).newWorker(EAST_CHUNHUI, name);
    }

    /** A name of three Chinese characters, different each time. */
    static String uniqueName() {
        String given = "明华国建文军平志伟强磊洋勇艳杰娟涛超秀霞刚敏静丽";
        long n = System.nanoTime();
        StringBuilder name = new StringBuilder("审");
        for (int i = 0; i < 3; i++) {
            name.append(given.charAt((int) (n % given.length())));
            n /= given.length();
        }
        return name.toString();
    }

    @Test
    void anAuditorReadsACaseInWords() {
        String name = uniqueName();
        String worker = newWorker(api, name);
        String instance = drive.start("easthr", "secondment", Secondments.request(worker));
        drive.complete("chunhui", drive.onlyTask("chunhui", instance, "Task_GiveCommunityOpinion"),
                Map.of("communityAgrees", true, "communityOpinion", "同意"));
        drive.complete("eastparty", drive.onlyTask("eastparty", instance, "Task_ReviewAtStreet"),
                Map.of("streetApproves", false, "streetOpinion", STREET_OPINION));

        // Found by the worker's name, with the name and the outcome in the list.
        JsonNode found = api.get(Drive.AUDITOR, "/api/audit/process-instances?worker=" + name).json();
        assertThat(found.path("total").asInt()).isEqualTo(1);
        JsonNode item = found.path("items").get(0);
        assertThat(item.path("id").asText()).isEqualTo(instance);
        assertThat(item.path("workerName").asText()).isEqualTo(name);
        assertThat(item.path("startedBy").asText()).isEqualTo("陈静 东城街道组织人事办");
        assertThat(item.path("outcome").path("outcome").asText()).isEqualTo("不批准");
        assertThat(item.path("outcome").path("ended").asText()).isEqualTo("借调未获同意");
        assertThat(item.path("outcome").path("reason").asText()).isEqualTo(STREET_OPINION);

        // The trail as recorded, with its glossary.
        JsonNode view = api.get(Drive.AUDITOR, "/api/audit/process-instances/" + instance).json();
        assertThat(Drive.written(view.path("trail"), "borrowingOrgLevel").asText()).isEqualTo("STREET");
        JsonNode labels = view.path("labels");
        assertThat(labels.path("steps").path("StartEvent_SecondmentRequested").path("borrowingOrgLevel").asText())
                .isEqualTo("借调单位层级");
        assertThat(labels.path("steps").path("Task_ReviewAtStreet").path("streetApproves").asText())
                .isEqualTo("街道是否同意借调");
        assertThat(labels.path("options").path("borrowingOrgLevel").path("STREET").asText()).isEqualTo("街道(乡镇)");
        assertThat(labels.path("options").path("streetApproves").path("false").asText()).isEqualTo("不同意借调");
        assertThat(labels.path("fields").path("secondmentAllowed").asText()).as("a decision's output").isEqualTo("允许借调");
        assertThat(labels.path("groups").path("community990101001001Party").asText()).isEqualTo("春晖社区党组织");
        assertThat(labels.path("groups").path("street990101001Party").asText()).isEqualTo("东城街道党工委");
        assertThat(labels.path("users").path("eastparty").asText()).isEqualTo("刘卫东 东城街道党工委");
        assertThat(labels.path("rules").path("secondmentEligibility/Rule_Allowed").asText()).isEqualTo("街道(乡镇)借调,报县级审批");
        assertThat(labels.path("inputs").path("secondmentEligibility/Input_BorrowingOrgLevel").asText())
                .isEqualTo("borrowingOrgLevel");
        assertThat(view.path("outcome").path("outcome").asText()).isEqualTo("不批准");

        // The approval sheet: the request in the form's words, each opinion with person, unit, time and decision.
        JsonNode sheet = api.get(Drive.AUDITOR, "/api/audit/process-instances/" + instance + "/sheet").json();
        assertThat(sheet.path("process").asText()).isEqualTo("社区工作者借调审批");
        assertThat(sheet.path("worker").path("workerName").asText()).isEqualTo(name);
        assertThat(sheet.path("worker").path("communityName").asText()).isEqualTo("春晖社区");
        assertThat(sheet.path("applicant").asText()).isEqualTo("陈静 东城街道组织人事办");
        assertThat(sheet.path("applicantUnit").asText()).isEqualTo("东城街道");
        assertThat(items(sheet.path("request"))).contains("借调单位层级:街道(乡镇)", "借调单位类型:党政机关",
                "借调单位名称:东城街道综合行政执法队", "社区工作者:" + name + "(" + worker + ")");
        JsonNode opinions = sheet.path("opinions");
        assertThat(opinions).hasSize(2);
        assertThat(opinions.get(0).path("step").asText()).isEqualTo("提出社区意见");
        assertThat(opinions.get(0).path("unit").asText()).isEqualTo("春晖社区党组织");
        assertThat(opinions.get(0).path("person").asText()).isEqualTo("黄春晖 春晖社区党委");
        assertThat(items(opinions.get(0).path("decision"))).containsExactly("社区是否同意借调:同意借调");
        assertThat(opinions.get(1).path("unit").asText()).isEqualTo("东城街道党工委");
        assertThat(opinions.get(1).path("time").asText()).isNotBlank();
        assertThat(items(opinions.get(1).path("decision"))).containsExactly("街道是否同意借调:不同意借调");
        assertThat(items(opinions.get(1).path("remarks"))).containsExactly("街道审核意见(不同意时必填):" + STREET_OPINION);
        assertThat(sheet.path("outcome").path("outcome").asText()).isEqualTo("不批准");

        // The CSV keeps the raw values.
        HttpHeaders headers = new HttpHeaders();
        headers.setAccept(List.of(MediaType.parseMediaType("text/csv")));
        String csv = new String(rest.withBasicAuth(Drive.AUDITOR, Api.PASSWORD).exchange("/api/audit/process-instances/"
                + instance, HttpMethod.GET, new HttpEntity<>(headers), byte[].class).getBody(), StandardCharsets.UTF_8);
        assertThat(csv).contains("borrowingOrgLevel=STREET", "streetApproves=false");

        // The worker's registry entry: grounds in Chinese.
        JsonNode changes = api.get(Drive.AUDITOR, "/api/audit/workers/" + worker).json();
        assertThat(changes.path("name").asText()).isEqualTo(name);
        assertThat(changes.path("changes")).isNotEmpty();
        changes.path("changes").forEach(change -> assertThat(change.path("reason").asText())
                .as("the ground of a change").doesNotContainPattern("[A-Za-z]").isNotBlank());
    }

    @Test
    void outcomesComeFromTheModels() {
        String worker = newWorker(api, uniqueName());
        String instance = drive.start("easthr", "secondment", Secondments.request(worker));
        JsonNode running = api.get(Drive.AUDITOR, "/api/audit/process-instances/" + instance).json().path("outcome");
        assertThat(running.hasNonNull("outcome")).as("nothing decided yet").isFalse();
        assertThat(running.path("open").get(0).path("name").asText()).isEqualTo("提出社区意见");
        assertThat(running.path("open").get(0).path("units").get(0).asText()).isEqualTo("春晖社区党组织");

        drive.complete("chunhui", drive.onlyTask("chunhui", instance, "Task_GiveCommunityOpinion"),
                Map.of("communityAgrees", true));
        drive.complete("eastparty", drive.onlyTask("eastparty", instance, "Task_ReviewAtStreet"),
                Map.of("streetApproves", true));
        drive.complete("countysocialwork", drive.onlyTask("countysocialwork", instance, "Task_ApproveAtCounty"),
                Map.of("countyApproves", true));
        JsonNode approved = api.get(Drive.AUDITOR, "/api/audit/process-instances/" + instance).json().path("outcome");
        assertThat(approved.path("outcome").asText()).as("marked by the step that registers it").isEqualTo("批准");
        assertThat(approved.path("open").findValuesAsText("name")).containsExactly("借调期满或借调提前结束");

        // Withdrawn: deleted by an administrator.
        String withdrawn = drive.start("easthr", "secondment", Secondments.request(newWorker(api, uniqueName())));
        assertThat(api.call(Api.ADMIN, HttpMethod.DELETE, "/engine-rest/process-instance/" + withdrawn, null, null).status())
                .isEqualTo(204);
        assertThat(api.get(Drive.AUDITOR, "/api/audit/process-instances/" + withdrawn).json().path("outcome")
                .path("outcome").asText()).isEqualTo("撤回");
    }

    static List<String> items(JsonNode list) {
        List<String> texts = new ArrayList<>();
        list.forEach(item -> texts.add(item.path("label").asText() + ":" + item.path("value").asText()));
        return texts;
    }
}
