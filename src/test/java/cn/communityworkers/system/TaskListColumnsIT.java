package cn.communityworkers.system;

import static cn.communityworkers.support.Api.variables;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.communityworkers.support.Api;
import cn.communityworkers.support.IntegrationTest;

/**
 * The shared filter "本组待办" as Tasklist lists it for an approver (HAL, the filter's variables embedded):
 * the worker, community and street columns are filled, although the approver may not read the process instance.
 */
@IntegrationTest
class TaskListColumnsIT {

    @Autowired
    TestRestTemplate rest;

    @Test
    void theApproversGroupTasksShowWorkerCommunityAndStreet() throws Exception {
        Api api = new Api(rest);
        // 徐晓东 (W018), 春晖社区, 东城街道: the community committee's opinion is the first task.
        LocalDate begins = LocalDate.now(ClockConfiguration.CHINA).plusDays(20);
        Api.Response started = api.post("easthr", "/engine-rest/process-definition/key/secondment/start", variables(Map.of(
                "workerId", "W018", "borrowingOrganization", "东城街道综合执法队", "borrowingOrgLevel", "STREET",
                "borrowingOrgType", "PARTY_GOVERNMENT_ORGAN", "startDate", begins.toString(),
                "endDate", begins.plusMonths(2).toString(), "purpose", "专项整治")));
        assertThat(started.status()).as(started.text()).isEqualTo(200);
        String instance = started.json().path("id").asText();
        // The approver cannot read the process instance itself.
        assertThat(api.get("chunhui", "/engine-rest/process-instance/" + instance).status()).isEqualTo(404);

        JsonNode filters = api.get("chunhui", "/engine-rest/filter?name=本组待办").json();
        assertThat(filters).hasSize(1);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setAccept(List.of(MediaType.valueOf("application/hal+json")));
        byte[] body = rest.withBasicAuth("chunhui", Api.PASSWORD).exchange(
                "/engine-rest/filter/" + filters.get(0).path("id").asText() + "/list?firstResult=0&maxResults=15",
                HttpMethod.POST, new HttpEntity<>("{\"processInstanceId\":\"" + instance + "\"}", headers), byte[].class)
                .getBody();
        JsonNode tasks = new ObjectMapper().readTree(new String(body, StandardCharsets.UTF_8)).path("_embedded").path("task");
        assertThat(tasks).as(new String(body, StandardCharsets.UTF_8)).hasSize(1);
        Map<String, String> columns = new HashMap<>();
        tasks.get(0).path("_embedded").path("variable").forEach(v -> columns.put(v.path("name").asText(), v.path("value").asText()));
        assertThat(columns).containsEntry("workerName", "徐晓东").containsEntry("communityName", "春晖社区")
                .containsEntry("streetName", "东城街道");
    }
}
