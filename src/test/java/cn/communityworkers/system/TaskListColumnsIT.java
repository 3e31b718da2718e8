package cn.communityworkers.system;

import static cn.communityworkers.support.Api.variables;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.diagnostics.CommandCounter;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.communityworkers.organisation.UnitGroups;
import cn.communityworkers.support.Api;
import cn.communityworkers.support.IntegrationTest;
import cn.communityworkers.support.TasklistSession;
import cn.communityworkers.support.TestUnits;

/**
 * The shared filter "本组待办" as Tasklist lists it for an approver (HAL, the filter's variables embedded): the worker,
 * community and street columns are filled from the process, although the approver may not read the process instance,
 * and without copies on the task; over {@code /engine-rest} and over the webapps' engine API that Tasklist calls. A
 * column is what the task itself sees: a variable of an enclosing scope before the process's. Another group's user
 * listing the same process instance gets neither its task nor its variables.
 */
@IntegrationTest
class TaskListColumnsIT {

    static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    IdentityService identityService;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    HistoryService historyService;
    @Autowired
    ProcessEngine processEngine;

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

        String filter = groupTasksFilter(api, "chunhui");
        String query = "{\"processInstanceIdIn\":[\"" + instance + "\"]}";
        JsonNode tasks = listed(restList("chunhui", filter, query));
        assertThat(tasks).hasSize(1);
        assertThat(columns(tasks.get(0))).containsEntry("workerName", "徐晓东").containsEntry("communityName", "春晖社区")
                .containsEntry("streetName", "东城街道");

        // Tasklist's own calls (a webapps session with its CSRF token) show the same columns.
        TasklistSession tasklist = new TasklistSession(port, "chunhui", Api.PASSWORD);
        JsonNode inTasklist = listed(tasklist.post("/filter/" + filter + "/list?firstResult=0&maxResults=15", query, true)
                .body());
        assertThat(inTasklist).hasSize(1);
        assertThat(columns(inTasklist.get(0))).isEqualTo(columns(tasks.get(0)));

        // Nothing the approver could not read anyway: the task's variables give the same values ...
        String task = tasks.get(0).path("id").asText();
        JsonNode variables = api.get("chunhui", "/engine-rest/task/" + task + "/variables").json();
        assertThat(variables.path("workerName").path("value").asText()).isEqualTo("徐晓东");
        // ... and they are the process's, not copies kept on the task.
        assertThat(taskService.getVariablesLocal(task)).isEmpty();
        assertThat(historyService.createHistoricVariableInstanceQuery().taskIdIn(task).count()).isZero();

        // Another street's committee asking for the same process instance gets neither the task nor its columns.
        String foreign = restList("xinhua", groupTasksFilter(api, "xinhua"), query);
        assertThat(listed(foreign)).isEmpty();
        assertThat(foreign).doesNotContain("徐晓东");
    }

    @Test
    void aColumnIsTheVariableTheTaskSeesTheNearestScopeFirst() throws Exception {
        Api api = new Api(rest);
        TestUnits units = TestUnits.create(api, 10_000);
        String group = UnitGroups.communityParty(units.community());
        String approver = units.user(identityService, "columns", group);
        // The task in a parallel branch of a sub-process (its execution is a child of the sub-process's), which has
        // a worker of its own; the community only the process has.
        String key = "columns" + units.county();
        BpmnModelInstance model = Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(1)
                .startEvent()
                .subProcess().camundaInputParameter("workerName", "子流程中的工作者")
                .embeddedSubProcess().startEvent().parallelGateway("fork")
                .userTask("inner").name("核对").camundaCandidateGroups(group).endEvent()
                .moveToNode("fork").userTask("beside").name("旁路").endEvent()
                .subProcessDone()
                .endEvent().done();
        repositoryService.createDeployment().addModelInstance(key + ".bpmn", model).deploy();
        String instance = runtimeService.startProcessInstanceByKey(key,
                Map.of("workerName", "流程中的工作者", "communityName", "测试社区")).getId();

        JsonNode tasks = listed(restList(approver, groupTasksFilter(api, approver),
                "{\"processInstanceIdIn\":[\"" + instance + "\"]}"));
        assertThat(tasks).hasSize(1);
        assertThat(columns(tasks.get(0))).containsEntry("workerName", "子流程中的工作者")
                .containsEntry("communityName", "测试社区").doesNotContainKey("streetName");
        JsonNode seen = api.get(approver, "/engine-rest/task/" + tasks.get(0).path("id").asText() + "/variables").json();
        assertThat(seen.path("workerName").path("value").asText()).as("what the task itself sees")
                .isEqualTo("子流程中的工作者");
    }

    /**
     * A task page as Tasklist loads it, the list (with its count) and the count call, reads the filter once per call,
     * with the approver's permission to read it (Camunda's filter commands read it again for the list and for the
     * count); the list's count is the count call's, and the tasks are the group's.
     */
    @Test
    void aTaskPageReadsItsFilterOncePerCall() throws Exception {
        Api api = new Api(rest);
        String filter = groupTasksFilter(api, "chunhui");
        String query = "{\"sorting\":[{\"sortBy\":\"created\",\"sortOrder\":\"desc\"}]}";

        long before = filterReads();
        JsonNode page = JSON.readTree(restList("chunhui", filter, query));
        long afterList = filterReads();
        Api.Response count = api.post("chunhui", "/engine-rest/filter/" + filter + "/count", JSON.readTree(query));
        long afterCount = filterReads();

        assertThat(afterList - before).as("reads of the filter by the list").isEqualTo(1);
        assertThat(afterCount - afterList).as("reads of the filter by the count").isEqualTo(1);
        assertThat(count.status()).as(count.text()).isEqualTo(200);
        String group = UnitGroups.communityParty("990101001001");
        assertThat(count.json().path("count").asLong()).isEqualTo(page.path("count").asLong())
                .isEqualTo(taskService.createTaskQuery().taskCandidateGroup(group).count());
        // 春晖社区's committee sees its own group's tasks.
        page.path("_embedded").path("task").forEach(task -> assertThat(taskService.getIdentityLinksForTask(
                task.path("id").asText())).anyMatch(link -> group.equals(link.getGroupId())));
    }

    /**
     * An extending query may not carry expressions (Camunda's rule for queries sent over REST, checked as the filter
     * is extended): refused as bad input by the list and by the count, nothing evaluated.
     */
    @Test
    void anExpressionSentToExtendTheFilterIsRefused() throws Exception {
        Api api = new Api(rest);
        String filter = groupTasksFilter(api, "chunhui");
        JsonNode forged = JSON.readTree("{\"candidateGroupExpression\":\"${currentUserGroups()}\"}");

        for (String call : List.of("/list?firstResult=0&maxResults=15", "/count")) {
            Api.Response refused = api.post("chunhui", "/engine-rest/filter/" + filter + call, forged);
            assertThat(refused.status()).as(refused.text()).isEqualTo(400);
        }
    }

    long filterReads() {
        Map<String, CommandCounter> commands = ((ProcessEngineConfigurationImpl) processEngine
                .getProcessEngineConfiguration()).getDiagnosticsRegistry().getCommands();
        return Stream.of("GetFilterCmd", "ExecuteFilterListCmd", "ExecuteFilterListPageCmd", "ExecuteFilterCountCmd",
                "ExecuteFilterSingleResultCmd").map(commands::get).filter(Objects::nonNull)
                .mapToLong(CommandCounter::get).sum();
    }

    String groupTasksFilter(Api api, String user) {
        JsonNode filters = api.get(user, "/engine-rest/filter?name=" + PlatformSetup.GROUP_TASKS).json();
        assertThat(filters).hasSize(1);
        return filters.get(0).path("id").asText();
    }

    String restList(String user, String filter, String query) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setAccept(List.of(MediaType.valueOf("application/hal+json")));
        byte[] body = rest.withBasicAuth(user, Api.PASSWORD).exchange(
                "/engine-rest/filter/" + filter + "/list?firstResult=0&maxResults=15", HttpMethod.POST,
                new HttpEntity<>(query, headers), byte[].class).getBody();
        return new String(body, StandardCharsets.UTF_8);
    }

    static JsonNode listed(String hal) throws Exception {
        JsonNode page = JSON.readTree(hal);
        assertThat(page.has("count")).as(hal).isTrue();
        return page.path("_embedded").path("task");
    }

    static Map<String, String> columns(JsonNode task) {
        Map<String, String> columns = new HashMap<>();
        task.path("_embedded").path("variable").forEach(v -> columns.put(v.path("name").asText(), v.path("value").asText()));
        return columns;
    }
}
