package cn.communityworkers.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

import com.fasterxml.jackson.databind.JsonNode;

import cn.communityworkers.organisation.UnitGroups;
import cn.communityworkers.support.Api;
import cn.communityworkers.support.IdCards;
import cn.communityworkers.support.IntegrationTest;

/**
 * Who may call what, over HTTP with the application's real authentication and the engine's
 * authorizations. Tasks come from a probe process whose one task goes to a group given at start.
 */
@IntegrationTest
class SecurityIT {

    static final String EAST = "990101001";
    static final String WEST = "990101002";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;

    Api api;

    @BeforeAll
    static void deployProbe(@Autowired RepositoryService repositoryService) {
        repositoryService.createDeployment().name("routing-probe")
                .addClasspathResource("routing/routing-probe.bpmn").enableDuplicateFiltering(false).deploy();
    }

    @BeforeEach
    void setUp() {
        api = new Api(rest);
    }

    @Test
    void anonymousCallsAreRefusedWithAChallenge() {
        Api.Response engine = api.get(null, "/engine-rest/task");
        assertThat(engine.status()).isEqualTo(401);
        assertThat(engine.headers().getFirst("WWW-Authenticate")).startsWith("Basic");
        assertThat(api.get(null, "/api/workers/x").status()).isEqualTo(401);
        assertThat(api.get(null, "/api/counties/990101").status()).isEqualTo(401);
    }

    @Test
    void aWrongPasswordIsRefused() {
        assertThat(rest.withBasicAuth("eastparty", "wrong").getForEntity("/engine-rest/task", String.class)
                .getStatusCode().value()).isEqualTo(401);
        // The engine now refuses every login of the user for a few seconds (login delay): lift it for the other tests.
        assertThat(api.post(Api.ADMIN, "/engine-rest/user/eastparty/unlock", Map.of()).status()).isEqualTo(204);
        assertThat(api.get("eastparty", "/engine-rest/task?maxResults=1").status()).isEqualTo(200);
    }

    @Test
    void healthIsPublic() {
        Api.Response health = api.get(null, "/actuator/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().path("status").asText()).isEqualTo("UP");
    }

    @Test
    void aStreetApproverSeesAndCompletesTheTasksOfTheirOwnStreetOnly() {
        String eastTask = startProbeFor(UnitGroups.streetParty(EAST));
        String westTask = startProbeFor(UnitGroups.streetParty(WEST));

        assertThat(probeTaskIds("eastparty")).contains(eastTask).doesNotContain(westTask);
        assertThat(probeTaskIds("westparty")).contains(westTask).doesNotContain(eastTask);
        // Another street's task does not exist for this user at all.
        assertThat(api.get("eastparty", "/engine-rest/task/" + westTask).status()).isEqualTo(404);

        assertThat(api.post("eastparty", "/engine-rest/task/" + westTask + "/complete", Map.of()).status())
                .isEqualTo(403);
        assertThat(taskService.createTaskQuery().taskId(westTask).count()).isEqualTo(1);

        assertThat(api.post("eastparty", "/engine-rest/task/" + eastTask + "/complete", Map.of()).status())
                .isEqualTo(204);
        assertThat(taskService.createTaskQuery().taskId(eastTask).count()).isZero();
    }

    @Test
    void theAuditorReadsButCannotCompleteATask() {
        String task = startProbeFor(UnitGroups.streetHr(EAST));

        assertThat(api.get("auditor", "/engine-rest/task/" + task).status()).isEqualTo(200);
        Api.Response complete = api.post("auditor", "/engine-rest/task/" + task + "/complete", Map.of());
        assertThat(complete.status()).isEqualTo(403);
        assertThat(taskService.createTaskQuery().taskId(task).count()).isEqualTo(1);
    }

    @Test
    void theAuditorCannotWriteThroughEitherApi() {
        String task = startProbeFor(UnitGroups.streetHr(WEST));
        assertThat(api.post("auditor", "/engine-rest/process-definition/key/routingProbe/start",
                Map.of("variables", Map.of())).status()).isEqualTo(403);
        assertThat(api.post("auditor", "/engine-rest/task/" + task + "/claim", Map.of("userId", "auditor")).status())
                .isEqualTo(403);
        assertThat(api.post("auditor", "/engine-rest/user/create",
                Map.of("profile", Map.of("id", "intruder"), "credentials", Map.of("password", "x"))).status())
                .isEqualTo(403);
        assertThat(api.put("auditor", "/api/counties/990199",
                Map.of("name", "审计县", "urbanResidentPopulation", 1)).status()).isEqualTo(403);
        assertThat(api.post("auditor", "/api/workers", Map.of("idCardNumber", IdCards.of("1990-01-01"), "name", "审计", "birthDate", "1990-01-01",
                "communityCode", EAST + "001", "role", "STAFF", "education", "BACHELOR",
                "communityWorkSince", "2020-01-01")).status()).isEqualTo(403);
        assertThat(api.postCsv("auditor", "/api/workers/import",
                "name,birthDate,communityCode,role,education,communityWorkSince\n审计,1990-01-01,"
                        + EAST + "001,STAFF,BACHELOR,2020-01-01\n").status()).isEqualTo(403);
    }

    @Test
    void theAuditorReadsAnyWorker() {
        assertThat(api.get("auditor", "/api/workers/W001").status()).isEqualTo(200);
    }

    @Test
    void operationsOfAuthenticatedUsersAreLoggedWithTheirName() {
        String task = startProbeFor(UnitGroups.streetParty(WEST));
        assertThat(api.post("westparty", "/engine-rest/task/" + task + "/complete", Map.of()).status())
                .isEqualTo(204);
        JsonNode log = api.get(Api.ADMIN, "/engine-rest/history/user-operation?taskId=" + task).json();
        assertThat(log).isNotEmpty();
        assertThat(log.get(0).path("userId").asText()).isEqualTo("westparty");
        assertThat(log.get(0).path("operationType").asText()).isEqualTo("Complete");
    }

    private String startProbeFor(String group) {
        String instance = runtimeService.startProcessInstanceByKey("routingProbe", Map.of("candidateGroup", group))
                .getId();
        Task task = taskService.createTaskQuery().processInstanceId(instance).singleResult();
        return task.getId();
    }

    private List<String> probeTaskIds(String user) {
        Api.Response response = api.get(user, "/engine-rest/task?processDefinitionKey=routingProbe&maxResults=1000");
        assertThat(response.status()).isEqualTo(200);
        return response.json().findValuesAsText("id");
    }
}
