package cn.communityworkers.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import com.fasterxml.jackson.databind.JsonNode;

import cn.communityworkers.support.Api;
import cn.communityworkers.support.IntegrationTest;

/** The audit API and page are for auditors and administrators; auditors change nothing, on either API. */
@IntegrationTest
class AuditAccessIT {

    static final List<String> AUDIT_CALLS = List.of("/api/audit/process-instances", "/api/audit/process-instances/x",
            "/api/audit/process-instances/x/diagram", "/api/audit/workers/W001", "/api/audit/verifications", "/audit/",
            "/audit/audit.js");

    @Autowired
    TestRestTemplate rest;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;
    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(rest);
    }

    @Test
    void onlyAuditorsAndAdministratorsReadTheAudit() {
        for (String call : AUDIT_CALLS) {
            assertThat(api.get(null, call).status()).as("anonymous " + call).isEqualTo(401);
            assertThat(api.get("eastparty", call).status()).as("street approver " + call).isEqualTo(403);
            assertThat(api.get("countysocialwork", call).status()).as("county approver " + call).isEqualTo(403);
            assertThat(api.get("designer", call).status()).as("process designer " + call).isEqualTo(403);
        }
        for (String reader : List.of(Drive.AUDITOR, Api.ADMIN)) {
            assertThat(api.get(reader, "/api/audit/process-instances").status()).isEqualTo(200);
            assertThat(api.get(reader, "/api/audit/verifications").status()).isEqualTo(200);
            assertThat(api.get(reader, "/api/audit/workers/W001").status()).isEqualTo(200);
            assertThat(api.get(reader, "/api/audit/process-instances/no-such-instance").status()).isEqualTo(404);
        }
    }

    /**
     * Every write endpoint of the project's API, whatever its own rules, refuses the auditor; except asking for a
     * verification of the seals, the auditor's own work, which changes no case, registry or history
     * ({@code VerificationIT}).
     */
    @Test
    void theAuditorWritesNothingThroughTheProjectApi() {
        int writes = 0;
        List<String> auditorsOwn = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, ?> mapping : mappings.getHandlerMethods().entrySet()) {
            for (String pattern : mapping.getKey().getPatternValues()) {
                for (var method : mapping.getKey().getMethodsCondition().getMethods()) {
                    if (!pattern.startsWith("/api/") || method.name().equals("GET")) {
                        continue;
                    }
                    if (pattern.startsWith("/api/audit/")) {
                        auditorsOwn.add(method + " " + pattern);
                        continue;
                    }
                    String path = pattern.replaceAll("\\{[^}]+}", "990101");
                    Api.Response refused = api.call(Drive.AUDITOR, HttpMethod.valueOf(method.name()), path,
                            "{}".getBytes(StandardCharsets.UTF_8), MediaType.APPLICATION_JSON);
                    assertThat(refused.status()).as(method + " " + path + ": " + refused.text()).isEqualTo(403);
                    writes++;
                }
            }
        }
        assertThat(writes).as("write endpoints of /api").isGreaterThanOrEqualTo(8);
        assertThat(auditorsOwn).containsExactly("POST /api/audit/verifications");
    }

    /** On the engine's REST API the auditors' grants are reading only. */
    @Test
    void theAuditorWritesNothingThroughTheEngineRestApi() {
        JsonNode instance = api.get(Api.ADMIN, "/engine-rest/process-instance?processDefinitionKey=secondment&maxResults=1").json().get(0);
        assertThat(instance).as("a running secondment (the demo county's)").isNotNull();
        String id = instance.path("id").asText();
        String definition = instance.path("definitionId").asText();
        JsonNode task = api.get(Api.ADMIN, "/engine-rest/task?maxResults=1").json();
        String deployment = api.get(Api.ADMIN, "/engine-rest/deployment?maxResults=1").json().get(0).path("id").asText();

        Map<String, Object> value = Map.of("value", "审计人员改的", "type", "String");
        assertThat(api.post(Drive.AUDITOR, "/engine-rest/process-definition/key/secondment/start",
                Api.variables(Map.of("workerId", "W015"))).status()).isEqualTo(403);
        assertThat(api.put(Drive.AUDITOR, "/engine-rest/process-instance/" + id + "/variables/auditProbe", value).status())
                .isEqualTo(403);
        assertThat(api.post(Drive.AUDITOR, "/engine-rest/process-instance/" + id + "/variables",
                Map.of("modifications", Map.of("auditProbe", value))).status()).isEqualTo(403);
        assertThat(api.put(Drive.AUDITOR, "/engine-rest/process-instance/" + id + "/suspended", Map.of("suspended", true))
                .status()).isEqualTo(403);
        assertThat(api.call(Drive.AUDITOR, HttpMethod.DELETE, "/engine-rest/process-instance/" + id, null, null).status())
                .isEqualTo(403);
        assertThat(api.call(Drive.AUDITOR, HttpMethod.DELETE, "/engine-rest/history/process-instance/" + id, null, null)
                .status()).isEqualTo(403);
        assertThat(api.put(Drive.AUDITOR, "/engine-rest/process-definition/" + definition + "/history-time-to-live",
                Map.of("historyTimeToLive", 1)).status()).isEqualTo(403);
        assertThat(api.call(Drive.AUDITOR, HttpMethod.DELETE, "/engine-rest/deployment/" + deployment, null, null).status())
                .isEqualTo(403);
        assertThat(api.post(Drive.AUDITOR, "/engine-rest/user/create", Map.of("profile", Map.of("id", "auditorsFriend"),
                "credentials", Map.of("password", "x"))).status()).isEqualTo(403);
        assertThat(api.put(Drive.AUDITOR, "/engine-rest/group/auditors/members/eastparty", Map.of()).status()).isEqualTo(403);
        assertThat(api.post(Drive.AUDITOR, "/engine-rest/task/create", Map.of("id", "auditorsTask", "name", "审计")).status())
                .isEqualTo(403);
        if (!task.isEmpty()) {
            String taskId = task.get(0).path("id").asText();
            assertThat(api.post(Drive.AUDITOR, "/engine-rest/task/" + taskId + "/complete", Map.of()).status()).isEqualTo(403);
            assertThat(api.post(Drive.AUDITOR, "/engine-rest/task/" + taskId + "/claim", Map.of("userId", "auditor")).status())
                    .isEqualTo(403);
        }

        // Nothing changed.
        assertThat(api.get(Api.ADMIN, "/engine-rest/process-instance/" + id).json().path("suspended").asBoolean()).isFalse();
        assertThat(api.get(Api.ADMIN, "/engine-rest/process-instance/" + id + "/variables/auditProbe").status()).isEqualTo(404);
        assertThat(api.get(Api.ADMIN, "/engine-rest/user/auditorsFriend/profile").status()).isEqualTo(404);
        assertThat(api.get(Api.ADMIN, "/engine-rest/task/auditorsTask").status()).isEqualTo(404);
        // Reading is allowed.
        assertThat(api.get(Drive.AUDITOR, "/engine-rest/history/process-instance/" + id).status()).isEqualTo(200);
    }
}
