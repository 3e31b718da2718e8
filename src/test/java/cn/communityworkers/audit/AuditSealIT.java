package cn.communityworkers.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;

import com.fasterxml.jackson.databind.JsonNode;

import cn.communityworkers.support.Api;
import cn.communityworkers.support.IntegrationTest;
import cn.communityworkers.support.SealVerification;

/**
 * Seals and their verification: history edited or deleted with SQL after an instance was sealed is named by verify;
 * concurrent sealers add to one chain; the sealed trail outlives the history; retention is the configured one.
 */
@IntegrationTest
class AuditSealIT {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Seals seals;
    @Autowired
    Retention retention;
    @Autowired
    Environment environment;
    Api api;
    Drive drive;

    @BeforeEach
    void setUp() {
        api = new Api(rest);
        drive = new Drive(api);
    }

    /** A secondment its community did not agree to, ended and sealed. */
    String endedSecondment() {
        return drive.sealedSecondment("封存测试");
    }

    Map<String, JsonNode> problems() {
        JsonNode verification = SealVerification.full(api, Drive.AUDITOR);
        assertThat(verification.path("checked").asInt()).isPositive().isEqualTo(verification.path("total").asInt());
        return SealVerification.problemsByInstance(verification);
    }

    @Test
    void verifyNamesEveryInstanceWhoseHistoryWasEditedOrDeleted() {
        String untouched = endedSecondment();
        String editedDetail = endedSecondment();
        String editedVariable = endedSecondment();
        String deletedActivity = endedSecondment();
        String deletedHistory = endedSecondment();
        String editedSeal = endedSecondment();
        assertThat(problems()).doesNotContainKeys(untouched, editedDetail, editedVariable, deletedActivity, deletedHistory, editedSeal);

        assertThat(jdbc.update("update act_hi_detail set text_ = '篡改的用途' where proc_inst_id_ = ? and name_ = 'purpose'",
                editedDetail)).isEqualTo(1);
        assertThat(jdbc.update("update act_hi_varinst set text_ = 'EXCELLENT' where proc_inst_id_ = ? and name_ = 'borrowingOrgLevel'",
                editedVariable)).isEqualTo(1);
        assertThat(jdbc.update("delete from act_hi_actinst where proc_inst_id_ = ? and act_id_ = 'Task_CheckEligibility'",
                deletedActivity)).isEqualTo(1);
        assertThat(api.call(Api.ADMIN, HttpMethod.DELETE, "/engine-rest/history/process-instance/" + deletedHistory, null, null)
                .status()).isEqualTo(204);
        assertThat(jdbc.update("update audit_seal set trail = replace(trail, '封存测试', '改过的') where process_instance_id = ?",
                editedSeal)).isEqualTo(1);

        Map<String, JsonNode> problems = problems();
        assertThat(problems).doesNotContainKey(untouched);
        assertThat(problems.get(editedDetail).path("status").asText()).isEqualTo("CHANGED");
        assertThat(problems.get(editedDetail).path("detail").asText()).contains("step " + editedDetail);
        assertThat(problems.get(editedVariable).path("status").asText()).isEqualTo("CHANGED");
        assertThat(problems.get(editedVariable).path("detail").asText()).contains("variable borrowingOrgLevel");
        assertThat(problems.get(deletedActivity).path("status").asText()).isEqualTo("CHANGED");
        assertThat(problems.get(deletedActivity).path("detail").asText()).contains("step Task_CheckEligibility:");
        assertThat(problems.get(deletedHistory).path("status").asText()).isEqualTo("DELETED");
        assertThat(problems.get(editedSeal).path("status").asText()).isEqualTo("SEAL_ALTERED");
        assertThat(problems.values()).noneMatch(p -> p.path("status").asText().equals("CHAIN_BROKEN"));

        // The instance's own view says so too; the deleted history's trail is still there, from its seal.
        assertThat(api.get(Drive.AUDITOR, "/api/audit/process-instances/" + editedDetail).json().path("seal").path("status")
                .asText()).isEqualTo("CHANGED");
        assertThat(api.get(Drive.AUDITOR, "/api/audit/process-instances/" + untouched).json().path("seal").path("status")
                .asText()).isEqualTo("INTACT");
        JsonNode kept = api.get(Drive.AUDITOR, "/api/audit/process-instances/" + deletedHistory).json();
        assertThat(kept.path("source").asText()).isEqualTo("SEAL");
        assertThat(kept.path("seal").path("status").asText()).isEqualTo("DELETED");
        assertThat(kept.path("trail").path("steps").get(0).path("actor").asText()).isEqualTo("easthr");
        assertThat(kept.path("trail").path("steps").get(0).path("values").path("purpose").asText()).isEqualTo("封存测试");
    }

    @Test
    void concurrentSealersAddToOneChain() throws Exception {
        List<String> instances = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            LocalDate start = LocalDate.of(2031, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(3000));
            instances.add(drive.secondmentTheCommunityRefuses(start, "并发封存"));
        }
        ExecutorService nodes = Executors.newFixedThreadPool(3);
        try {
            List<Callable<Integer>> sealers = List.of(seals::sealPending, seals::sealPending, seals::sealPending);
            for (Future<Integer> sealed : nodes.invokeAll(sealers)) {
                sealed.get();
            }
        } finally {
            nodes.shutdown();
        }
        for (String instance : instances) {
            assertThat(jdbc.queryForObject("select count(*) from audit_seal where process_instance_id = ?", Integer.class,
                    instance)).isEqualTo(1);
        }
        assertThat(jdbc.queryForObject("select count(*) from audit_seal", Long.class))
                .isEqualTo(jdbc.queryForObject("select max(seq) from audit_seal", Long.class));
        assertThat(jdbc.queryForObject("select seq from audit_chain_head where id = 1", Long.class))
                .isEqualTo(jdbc.queryForObject("select max(seq) from audit_seal", Long.class));
        assertThat(problems().values()).noneMatch(p -> p.path("status").asText().equals("CHAIN_BROKEN"));
    }

    @Test
    void historyIsKeptAsLongAsConfiguredWhateverTheModelSays() {
        int days = Integer.parseInt(environment.getProperty("audit.history-time-to-live", "P10950D").replaceAll("\\D", ""));
        assertThat(days).isEqualTo(10950);
        for (JsonNode definition : api.get(Api.ADMIN, "/engine-rest/process-definition?latestVersion=true").json()) {
            assertThat(definition.path("historyTimeToLive").asInt()).as(definition.path("key").asText()).isEqualTo(days);
        }
        for (JsonNode definition : api.get(Api.ADMIN, "/engine-rest/decision-definition?latestVersion=true").json()) {
            assertThat(definition.path("historyTimeToLive").asInt()).as(definition.path("key").asText()).isEqualTo(days);
        }
        // A model deployed with a short time to live gets the configured one.
        String bpmn = """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_RetentionProbe" targetNamespace="test">
                  <bpmn:process id="retentionProbe" isExecutable="true" camunda:historyTimeToLive="P1D">
                    <bpmn:startEvent id="StartEvent_Probe" />
                  </bpmn:process>
                </bpmn:definitions>
                """;
        LinkedMultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("deployment-name", "retention-probe");
        form.add("enable-duplicate-filtering", "true");
        form.add("data", new ByteArrayResource(bpmn.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return "retention-probe.bpmn";
            }
        });
        var deployed = rest.withBasicAuth(Api.ADMIN, Api.PASSWORD).postForEntity("/engine-rest/deployment/create",
                new HttpEntity<>(form), String.class);
        assertThat(deployed.getStatusCode().value()).as(deployed.getBody()).isEqualTo(200);
        JsonNode probe = api.get(Api.ADMIN, "/engine-rest/process-definition/key/retentionProbe").json();
        assertThat(probe.path("historyTimeToLive").asInt()).isEqualTo(days);

        // A definition changed afterwards is set back at the next start.
        String secondment = api.get(Api.ADMIN, "/engine-rest/process-definition/key/secondment").json().path("id").asText();
        assertThat(api.put(Api.ADMIN, "/engine-rest/process-definition/" + secondment + "/history-time-to-live",
                Map.of("historyTimeToLive", 30)).status()).isEqualTo(204);
        retention.applyToDeployedDefinitions();
        assertThat(api.get(Api.ADMIN, "/engine-rest/process-definition/" + secondment).json().path("historyTimeToLive").asInt())
                .isEqualTo(days);
    }
}
