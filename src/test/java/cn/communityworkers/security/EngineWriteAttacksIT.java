package cn.communityworkers.security;

import static cn.communityworkers.support.Api.variables;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;


import cn.communityworkers.support.Api;
import cn.communityworkers.support.IntegrationTest;
import cn.communityworkers.support.Secondments;

/**
 * Issue #17: writing variables of running instances, tasks or executions other than through a task's form, and
 * messages, signals or modifications, are for administrators and the system only; comments and attachments only on a
 * task the user may work on; {@code identity/verify} for administrators only. Secondments of 和平社区 (东城街道).
 */
@IntegrationTest
class EngineWriteAttacksIT {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    HistoryService historyService;
    @Autowired
    IdentityService identityService;

    /**
     * Camunda's REST API answers every refused deletion of an attachment "404, no such attachment", dropping the
     * reason; that the attachment is still there is checked after.
     */
    static final int DELETE_ATTACHMENT_REFUSED = 404;

    /** A process that anyone deploying it could run. */
    static final String PROBE = "<definitions xmlns=\"http://www.omg.org/spec/BPMN/20100524/MODEL\" targetNamespace=\"x\">"
            + "<process id=\"auditorProbe\" isExecutable=\"true\"><startEvent id=\"s\"/></process></definitions>";

    Api api;
    Secondments secondments;

    @BeforeEach
    void setUp() {
        api = new Api(rest);
        secondments = new Secondments(api);
    }

    /** An approver may not write a variable of their task or its instance except by completing the task's form. */
    @Test
    void anApproverCannotWriteVariablesOutsideTheForm() {
        String instance = secondments.requested(FormContractAttacksIT.HEPING);
        String task = secondments.onlyTask("heping", instance);
        String execution = runtimeService.createExecutionQuery().processInstanceId(instance).list().get(0).getId();
        Map<String, Object> central = Map.of("value", "CENTRAL");

        List<Api.Response> attempts = List.of(
                api.put("heping", "/engine-rest/task/" + task + "/variables/borrowingOrgLevel", central),
                api.post("heping", "/engine-rest/task/" + task + "/variables",
                        Map.of("modifications", Map.of("borrowingOrgLevel", central))),
                api.put("heping", "/engine-rest/task/" + task + "/localVariables/borrowingOrgLevel", central),
                api.call("heping", HttpMethod.DELETE, "/engine-rest/task/" + task + "/variables/purpose", null, null),
                api.put("heping", "/engine-rest/process-instance/" + instance + "/variables/borrowingOrgLevel", central),
                api.post("heping", "/engine-rest/process-instance/" + instance + "/variables",
                        Map.of("modifications", Map.of("borrowingOrgLevel", central))),
                api.put("heping", "/engine-rest/execution/" + execution + "/localVariables/borrowingOrgLevel", central));

        assertThat(attempts).allSatisfy(response -> assertThat(response.status()).as(response.text()).isEqualTo(403));
        assertThat(runtimeService.getVariable(instance, "borrowingOrgLevel")).isEqualTo("STREET");
        assertThat(runtimeService.getVariable(instance, "purpose")).isEqualTo("专项整治");
        assertThat(taskService.getVariablesLocal(task)).doesNotContainKey("borrowingOrgLevel");
    }

    /** Messages, signals and modifications carrying variables are for administrators and the system. */
    @Test
    void anApproverCannotSteerAnInstanceByMessageSignalOrModification() {
        String instance = secondments.requested(FormContractAttacksIT.HEPING);
        String businessKey = runtimeService.createProcessInstanceQuery().processInstanceId(instance).singleResult()
                .getBusinessKey();

        List<Api.Response> attempts = List.of(
                api.post("easthr", "/engine-rest/message", Map.of("messageName", "SecondmentEndedEarly",
                        "businessKey", businessKey, "processVariables", Map.of("endDate", Map.of("value", "2099-01-01")))),
                api.post("easthr", "/engine-rest/signal", Map.of("name", "anything",
                        "variables", Map.of("borrowingOrgLevel", Map.of("value", "CENTRAL")))),
                api.post("easthr", "/engine-rest/process-instance/" + instance + "/modification", Map.of(
                        "instructions", List.of(Map.of("type", "startBeforeActivity", "activityId", "Task_RecordSecondment",
                                "variables", Map.of("countyApproves", Map.of("value", true)))))));

        assertThat(attempts).allSatisfy(response -> assertThat(response.status()).as(response.text()).isEqualTo(403));
        assertThat(runtimeService.getVariable(instance, "endDate")).isNotEqualTo("2099-01-01");
        assertThat(runtimeService.createExecutionQuery().processInstanceId(instance).activityId("Task_RecordSecondment")
                .count()).isZero();
        assertThat(api.get("easthr", "/api/workers/" + runtimeService.getVariable(instance, "workerId")).json()
                .path("status").asText()).isEqualTo("ACTIVE");
    }

    /** Auditors could write comments and attachments (create and delete) into any instance's trail. */
    @Test
    void onlyThoseWhoWorkATaskWriteItsCommentsAndAttachments() {
        String instance = secondments.requested(FormContractAttacksIT.HEPING);
        String task = secondments.onlyTask("heping", instance);
        Api.Response attached = attach(Api.ADMIN, task);
        assertThat(attached.status()).as(attached.text()).isEqualTo(200);
        String attachment = attached.json().path("id").asText();
        Api.Response noted = api.post(Api.ADMIN, "/engine-rest/task/" + task + "/comment/create",
                Map.of("message", "已与本人谈话"));
        assertThat(noted.status()).as(noted.text()).isEqualTo(200);
        String comment = noted.json().path("id").asText();

        Map<String, Api.Response> byAuditor = new LinkedHashMap<>();
        byAuditor.put("comment", api.post("auditor", "/engine-rest/task/" + task + "/comment/create",
                Map.of("message", "审计意见")));
        byAuditor.put("attach", attach("auditor", task));
        byAuditor.put("delete attachment", api.call("auditor", HttpMethod.DELETE, "/engine-rest/task/" + task
                + "/attachment/" + attachment, null, null));
        byAuditor.put("delete comment", api.call("auditor", HttpMethod.DELETE, "/engine-rest/task/" + task
                + "/comment/" + comment, null, null));
        Map<String, Api.Response> byOthers = new LinkedHashMap<>();
        byOthers.put("another street's comment", api.post("westparty", "/engine-rest/task/" + task + "/comment/create",
                Map.of("message", "伪造的意见")));
        byOthers.put("another street's attachment", attach("westparty", task));
        byOthers.put("another street deletes", api.call("westparty", HttpMethod.DELETE, "/engine-rest/task/" + task
                + "/attachment/" + attachment, null, null));
        byOthers.put("the approver edits", api.put("heping", "/engine-rest/task/" + task + "/comment",
                Map.of("id", comment, "message", "改写过的意见")));

        byAuditor.forEach((attempt, response) -> assertThat(response.status()).as(attempt + ": " + response.text())
                .isEqualTo(attempt.startsWith("delete attachment") ? DELETE_ATTACHMENT_REFUSED : 403));
        byOthers.forEach((attempt, response) -> assertThat(response.status()).as(attempt + ": " + response.text())
                .isIn(400, 403, 404));
        assertThat(taskService.getTaskComments(task)).extracting("fullMessage").containsExactly("已与本人谈话");
        assertThat(taskService.getTaskAttachments(task)).hasSize(1);
    }

    /** Anyone logged in could test passwords, and lock accounts, with identity/verify. */
    @Test
    void onlyAdministratorsVerifyPasswords() {
        Map<String, Object> guess = Map.of("username", "countysocialwork", "password", "guess");

        assertThat(api.post("heping", "/engine-rest/identity/verify", guess).status()).isEqualTo(403);
        assertThat(api.post("auditor", "/engine-rest/identity/verify", guess).status()).isEqualTo(403);
        Api.Response admin = api.post(Api.ADMIN, "/engine-rest/identity/verify",
                Map.of("username", "countysocialwork", "password", Api.PASSWORD));
        assertThat(admin.status()).isEqualTo(200);
        assertThat(admin.json().path("authenticated").asBoolean()).isTrue();
    }

    /** Auditors change nothing at all: every write a read permission might allow, over the engine's API. */
    @Test
    void theAuditorChangesNothingAtAll() {
        String instance = secondments.requested(FormContractAttacksIT.HEPING);
        String task = secondments.onlyTask("heping", instance);
        String execution = runtimeService.createExecutionQuery().processInstanceId(instance).list().get(0).getId();
        String comment = api.post(Api.ADMIN, "/engine-rest/task/" + task + "/comment/create",
                Map.of("message", "审阅前的意见")).json().path("id").asText();
        String attachment = attach(Api.ADMIN, task).json().path("id").asText();
        String profileBefore = api.get("auditor", "/engine-rest/user/auditor/profile").text();
        long operationsBefore = historyService.createUserOperationLogQuery().count();
        String operation = historyService.createUserOperationLogQuery().list().get(0).getOperationId();
        String decision = historyService.createHistoricDecisionInstanceQuery().list().get(0).getDecisionDefinitionKey();
        Map<String, Object> value = Map.of("value", "x");

        String taskPath = "/engine-rest/task/" + task;
        String instancePath = "/engine-rest/process-instance/" + instance;
        Map<String, Api.Response> attempts = new LinkedHashMap<>();
        attempts.put("comment", api.post("auditor", taskPath + "/comment/create", Map.of("message", "x")));
        attempts.put("edit comment", api.put("auditor", taskPath + "/comment", Map.of("id", comment, "message", "x")));
        attempts.put("delete comment", delete(taskPath + "/comment/" + comment));
        attempts.put("delete comments", delete(taskPath + "/comment"));
        attempts.put("edit instance comment", api.put("auditor", instancePath + "/comment",
                Map.of("id", comment, "message", "x")));
        attempts.put("delete instance comments", delete(instancePath + "/comment"));
        attempts.put("attach", attach("auditor", task));
        attempts.put("delete attachment", delete(taskPath + "/attachment/" + attachment));
        attempts.put("task variable", api.put("auditor", taskPath + "/variables/purpose", value));
        attempts.put("task local variable", api.put("auditor", taskPath + "/localVariables/purpose", value));
        attempts.put("instance variable", api.put("auditor", instancePath + "/variables/purpose", value));
        attempts.put("execution variable", api.put("auditor", "/engine-rest/execution/" + execution
                + "/localVariables/purpose", value));
        attempts.put("claim", api.post("auditor", taskPath + "/claim", Map.of("userId", "auditor")));
        attempts.put("assign", api.post("auditor", taskPath + "/assignee", Map.of("userId", "auditor")));
        attempts.put("delegate", api.post("auditor", taskPath + "/delegate", Map.of("userId", "auditor")));
        attempts.put("candidate group", api.post("auditor", taskPath + "/identity-links",
                Map.of("groupId", "auditors", "type", "candidate")));
        attempts.put("edit task", api.put("auditor", taskPath, Map.of("name", "x", "priority", 1)));
        attempts.put("complete", api.post("auditor", taskPath + "/complete", Map.of()));
        attempts.put("message", api.post("auditor", "/engine-rest/message",
                Map.of("messageName", "SecondmentEndedEarly", "processInstanceId", instance)));
        attempts.put("suspend", api.put("auditor", instancePath + "/suspended", Map.of("suspended", true)));
        attempts.put("delete instance", delete(instancePath));
        attempts.put("filter", api.post("auditor", "/engine-rest/filter/create",
                Map.of("resourceType", "Task", "name", "审计", "query", Map.of())));
        attempts.put("own profile", api.put("auditor", "/engine-rest/user/auditor/profile",
                Map.of("id", "auditor", "firstName", "x")));
        attempts.put("own password", api.put("auditor", "/engine-rest/user/auditor/credentials",
                Map.of("password", "Another-Passw0rd!", "authenticatedUserPassword", Api.PASSWORD)));
        attempts.put("user", api.post("auditor", "/engine-rest/user/create",
                Map.of("profile", Map.of("id", "intruder"), "credentials", Map.of("password", "x"))));
        attempts.put("group", api.post("auditor", "/engine-rest/group/create", Map.of("id", "intruders", "name", "x")));
        attempts.put("authorization", api.post("auditor", "/engine-rest/authorization/create", Map.of("type", 1,
                "permissions", List.of("ALL"), "groupId", "auditors", "resourceType", 0, "resourceId", "*")));
        attempts.put("annotate operation", api.put("auditor", "/engine-rest/history/user-operation/" + operation
                + "/set-annotation", Map.of("annotation", "x")));
        attempts.put("delete history", delete("/engine-rest/history/process-instance/" + instance));
        attempts.put("evaluate decision", api.post("auditor", "/engine-rest/decision-definition/key/" + decision
                + "/evaluate", Map.of("variables", Map.of())));
        attempts.put("fetch external tasks", api.post("auditor", "/engine-rest/external-task/fetchAndLock",
                Map.of("workerId", "auditor", "maxTasks", 1, "topics", List.of(Map.of("topicName", "x",
                        "lockDuration", 1000)))));
        attempts.put("verify password", api.post("auditor", "/engine-rest/identity/verify",
                Map.of("username", "demo", "password", "x")));
        attempts.put("deploy", api.call("auditor", HttpMethod.POST, "/engine-rest/deployment/create",
                multipart("deployment-name", "x", "data\"; filename=\"probe.bpmn", PROBE),
                MediaType.parseMediaType("multipart/form-data; boundary=B")));

        attempts.forEach((attempt, response) -> assertThat(response.status()).as(attempt + ": " + response.text())
                .isEqualTo(attempt.startsWith("delete attachment") ? DELETE_ATTACHMENT_REFUSED : 403));
        assertThat(taskService.getTaskComments(task)).extracting("fullMessage").containsExactly("审阅前的意见");
        assertThat(taskService.getTaskAttachments(task)).hasSize(1);
        assertThat(taskService.createTaskQuery().taskId(task).singleResult().getAssignee()).isNull();
        assertThat(taskService.getIdentityLinksForTask(task)).extracting("groupId").doesNotContain("auditors");
        assertThat(runtimeService.getVariable(instance, "purpose")).isEqualTo("专项整治");
        assertThat(api.get("auditor", "/engine-rest/user/auditor/profile").text()).isEqualTo(profileBefore);
        assertThat(identityService.checkPassword("auditor", Api.PASSWORD)).isTrue();
        assertThat(identityService.createUserQuery().userId("intruder").count()).isZero();
        assertThat(historyService.createUserOperationLogQuery().count()).isEqualTo(operationsBefore);
    }

    private Api.Response delete(String path) {
        return api.call("auditor", HttpMethod.DELETE, path, null, null);
    }

    private Api.Response attach(String user, String task) {
        return api.call(user, HttpMethod.POST, "/engine-rest/task/" + task + "/attachment/create",
                multipart("attachment-name", "谈话记录", "url", "http://example.invalid/note"),
                MediaType.parseMediaType("multipart/form-data; boundary=B"));
    }

    private static byte[] multipart(String... nameValues) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < nameValues.length; i += 2) {
            body.append("--B\r\nContent-Disposition: form-data; name=\"").append(nameValues[i]).append("\"\r\n\r\n")
                    .append(nameValues[i + 1]).append("\r\n");
        }
        return body.append("--B--\r\n").toString().getBytes(StandardCharsets.UTF_8);
    }
}
