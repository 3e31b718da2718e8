package cn.communityworkers.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;

import cn.communityworkers.support.Api;
import cn.communityworkers.support.IntegrationTest;

/** The audit page and every call it makes, as the auditor; the search filters; the CSV with its Chinese text. */
@IntegrationTest
class AuditPageIT {

    @Autowired
    TestRestTemplate rest;
    Api api;
    Drive drive;
    String instance;
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @BeforeEach
    void setUp() {
        api = new Api(rest);
        drive = new Drive(api);
        LocalDate start = LocalDate.of(2031, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(3000));
        // A secondment its community does not agree to: a finished instance with a short path.
        instance = drive.secondmentTheCommunityRefuses(start, "页面测试,含逗号");
        drive.sealedTrail(instance);
    }

    @Test
    void thePageAndItsDataCalls() {
        Api.Response page = api.get(Drive.AUDITOR, "/audit/");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.headers().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
        assertThat(page.text()).contains("流程审计", "查找流程实例", "封存校验", "audit.js",
                "/webjars/bpmn-js/8.0.0/dist/bpmn-navigated-viewer.production.min.js");
        assertThat(api.get(Drive.AUDITOR, "/audit").status()).isIn(200, 302);
        Api.Response script = api.get(Drive.AUDITOR, "/audit/audit.js");
        assertThat(script.status()).isEqualTo(200);
        assertThat(script.text()).contains("/api/audit/process-instances", "/diagram", "/api/audit/workers/", "/api/audit/verifications",
                "addMarker");
        assertThat(api.get(Drive.AUDITOR, "/audit/audit.css").status()).isEqualTo(200);
        Api.Response viewer = api.get(null, "/webjars/bpmn-js/8.0.0/dist/bpmn-navigated-viewer.production.min.js");
        assertThat(viewer.status()).isEqualTo(200);
        assertThat(viewer.bytes().length).isGreaterThan(100_000);
        assertThat(api.get(null, "/webjars/bpmn-js/8.0.0/dist/assets/diagram-js.css").status()).isEqualTo(200);

        // The search the page starts with, then the instance it shows: trail, diagram with the path taken, seal.
        JsonNode found = api.get(Drive.AUDITOR, "/api/audit/process-instances?processKey=secondment&workerId=W015&user=easthr&from="
                + today + "&to=" + today + "&page=0").json();
        assertThat(found.path("items").findValuesAsText("id")).contains(instance);
        JsonNode view = api.get(Drive.AUDITOR, "/api/audit/process-instances/" + instance).json();
        Api.Response diagram = api.get(Drive.AUDITOR, "/api/audit/process-instances/" + instance + "/diagram");
        assertThat(diagram.status()).isEqualTo(200);
        assertThat(diagram.text()).contains("bpmndi:BPMNDiagram");
        view.path("trail").path("steps").forEach(step -> {
            if (step.hasNonNull("activityId")) {
                assertThat(diagram.text()).as("the diagram shows " + step.path("activityId").asText())
                        .contains("id=\"" + step.path("activityId").asText() + "\"");
            }
        });
        assertThat(view.path("trail").path("steps").findValuesAsText("activityId")).contains("EndEvent_SecondmentRejected");
        assertThat(view.path("seal").path("status").asText()).isEqualTo("INTACT");
        assertThat(api.get(Drive.AUDITOR, "/api/audit/workers/W015").json().path("processes").findValuesAsText("id"))
                .contains(instance);
        assertThat(api.get(Drive.AUDITOR, "/api/audit/verifications").status()).isEqualTo(200);
    }

    @Test
    void theSearchFilters() {
        String list = "/api/audit/process-instances?";
        assertThat(ids(list + "workerId=W015")).contains(instance);
        assertThat(ids(list + "workerId=W013")).doesNotContain(instance);
        assertThat(ids(list + "user=easthr&processKey=secondment")).contains(instance);
        assertThat(ids(list + "user=westhr")).doesNotContain(instance);
        assertThat(ids(list + "processKey=probation")).doesNotContain(instance);
        assertThat(ids(list + "from=" + today.plusDays(1))).doesNotContain(instance);
        assertThat(ids(list + "to=" + today.minusDays(1))).doesNotContain(instance);
        assertThat(ids(list + "from=" + today.minusDays(1) + "&to=" + today)).contains(instance);
        JsonNode first = api.get(Drive.AUDITOR, list + "page=0").json();
        assertThat(first.path("size").asInt()).isEqualTo(50);
        assertThat(first.path("total").asLong()).isGreaterThanOrEqualTo(first.path("items").size());
    }

    List<String> ids(String path) {
        Api.Response response = api.get(Drive.AUDITOR, path);
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        return response.json().path("items").findValuesAsText("id");
    }

    @Test
    void theTrailAsCsvKeepsItsChineseText() {
        HttpHeaders headers = new HttpHeaders();
        headers.setAccept(List.of(MediaType.parseMediaType("text/csv")));
        ResponseEntity<byte[]> csv = rest.withBasicAuth(Drive.AUDITOR, Api.PASSWORD).exchange(
                "/api/audit/process-instances/" + instance, HttpMethod.GET, new HttpEntity<>(headers), byte[].class);
        assertThat(csv.getStatusCode().value()).isEqualTo(200);
        assertThat(csv.getHeaders().getContentType().isCompatibleWith(MediaType.parseMediaType("text/csv"))).isTrue();
        byte[] bytes = csv.getBody();
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        List<String> lines = text.lines().toList();
        assertThat(lines.get(0)).contains(instance, "社区工作者借调审批");
        assertThat(lines.get(1)).startsWith("时间,类型,环节编号,环节名称,执行人,候选组");
        String start = lines.stream().filter(line -> line.contains(",启动,")).findFirst().orElseThrow();
        assertThat(start).contains("easthr", "借调申请已提出", "\"", "页面测试,含逗号", "东城街道办公室");
        assertThat(text).contains("判定借调资格", "借调单位层级=STREET", "Rule_", "决策", "社区近期工作任务重");
    }
}
