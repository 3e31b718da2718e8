package cn.communityworkers.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.ServletContext;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.context.WebApplicationContext;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.communityworkers.support.Api;
import cn.communityworkers.support.IntegrationTest;
import cn.communityworkers.support.Secondments;
import cn.communityworkers.support.TasklistSession;

/**
 * The webapps' engine API, which Tasklist calls, is the application's registration ({@link WebappEngineApi}: one object
 * mapper for every call, {@code /engine-rest}'s errors), and it answers Tasklist's calls as Camunda's own does: the
 * group's task page in HAL with its count, 办结 as a form's submission; a lost race is a 409 in Chinese, not a 500.
 */
@IntegrationTest
class WebappEngineApiIT {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String CHUNHUI = "990101001001";

    @LocalServerPort
    int port;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    WebApplicationContext context;

    @Test
    void theWebappsEngineApiIsTheApplicationsOwn() {
        ServletContext servlets = context.getServletContext();
        assertThat(servlets.getServletRegistration(WebappEngineApi.NAME).getInitParameter("jakarta.ws.rs.Application"))
                .isEqualTo(WebappEngineApi.Application.class.getName());
        assertThat(servlets.getServletRegistration(WebappEngineApi.NAME).getMappings())
                .containsExactly("/camunda/api/engine/*");
        assertThat(new WebappEngineApi.Application().getClasses())
                .contains(EngineRestResources.OneObjectMapper.class, EngineRestResources.ProblemDetails.class)
                .doesNotContainAnyElementsOf(EngineRestResources.REPLACED);
    }

    @Test
    void tasklistListsTheGroupsTasksAndCompletesOne() throws Exception {
        Api api = new Api(rest);
        Secondments secondments = new Secondments(api);
        String instance = secondments.requested(CHUNHUI);
        String task = secondments.onlyTask("chunhui", instance);
        String filter = api.get("chunhui", "/engine-rest/filter?name=" + PlatformSetup.GROUP_TASKS).json().get(0)
                .path("id").asText();
        TasklistSession tasklist = new TasklistSession(port, "chunhui", Api.PASSWORD);

        String page = "{\"processInstanceIdIn\":[\"" + instance + "\"],\"sorting\":[{\"sortBy\":\"created\","
                + "\"sortOrder\":\"desc\"}]}";
        HttpResponse<String> listed = tasklist.post("/filter/" + filter + "/list?firstResult=0&maxResults=15", page, true);
        assertThat(listed.statusCode()).as(listed.body()).isEqualTo(200);
        JsonNode hal = JSON.readTree(listed.body());
        List<String> ids = new ArrayList<>();
        hal.path("_embedded").path("task").forEach(each -> ids.add(each.path("id").asText()));
        assertThat(ids).containsExactly(task);
        assertThat(hal.path("_embedded").path("task").get(0).path("created").asText())
                .as("Camunda's date format").matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}[+-]\\d{4}");
        HttpResponse<String> counted = tasklist.post("/filter/" + filter + "/count", page, false);
        assertThat(JSON.readTree(counted.body()).path("count").asLong()).isEqualTo(1);

        HttpResponse<String> done = tasklist.post("/task/" + task + "/submit-form", "{\"variables\":{"
                + "\"communityAgrees\":{\"value\":false},\"communityOpinion\":{\"value\":\"不同意\"}}}", false);
        assertThat(done.statusCode()).as(done.body()).isEqualTo(204);
        // A colleague's 办结 a moment later lost the race: 409 in Chinese, as on /engine-rest (Camunda's own said 500).
        HttpResponse<String> again = tasklist.post("/task/" + task + "/submit-form", "{\"variables\":{}}", false);
        assertThat(again.statusCode()).as(again.body()).isEqualTo(409);
        JsonNode refusal = JSON.readTree(again.body());
        assertThat(refusal.path("detail").asText()).isEqualTo("该任务已由他人办结,不能再次提交");
        assertThat(refusal.path("message").asText()).as("what Tasklist shows").contains("该任务已由他人办结");
        assertThat(api.post("chunhui", "/engine-rest/task/" + task + "/submit-form", Map.of("variables", Map.of()))
                .json().path("detail").asText()).isEqualTo(refusal.path("detail").asText());
    }
}
