package cn.communityworkers.contractexpiry;

import static cn.communityworkers.support.Api.variables;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

import com.fasterxml.jackson.databind.JsonNode;

import cn.communityworkers.demo.DemoDay;
import cn.communityworkers.support.Api;
import cn.communityworkers.support.IdCards;
import cn.communityworkers.support.IntegrationTest;
import cn.communityworkers.system.ClockConfiguration;

/**
 * Over HTTP as the demo county's users: 东城街道's personnel office decides on a contract the daily check found
 * expiring, its party working committee approves, the worker's answer is recorded; 西城街道 can neither see nor
 * complete it, nobody starts one over REST, and a variable the form does not declare is refused naming it.
 */
@IntegrationTest
class ContractExpiryIT {

    /** 春晖社区, 东城街道. */
    static final String CHUNHUI = "990101001001";

    @Autowired TestRestTemplate rest;
    @Autowired ContractExpiryCheck check;
    Api api;
    LocalDate today = LocalDate.now(ClockConfiguration.CHINA);

    @BeforeEach
    void setUp() {
        api = new Api(rest);
    }

    /** A worker and the decision the daily check opened on the contract. */
    record Expiring(String workerId, String instance) {
    }

    /** A new worker of 春晖社区 whose contract ends in 20 days, and the decision the daily check opens for it. */
    Expiring expiring(String name) {
        Map<String, Object> worker = new LinkedHashMap<>();
        worker.put("workerId", "T" + UUID.randomUUID().toString().substring(0, 8));
        worker.put("name", name);
        worker.put("idCardNumber", IdCards.of("1990-05-01"));
        worker.put("birthDate", "1990-05-01");
        worker.put("communityCode", CHUNHUI);
        worker.put("role", "STAFF");
        worker.put("education", "BACHELOR");
        worker.put("communityWorkSince", today.minusYears(3).toString());
        worker.put("contractEnd", today.plusDays(20).toString());
        Api.Response created = api.post(Api.ADMIN, "/api/workers", worker);
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        String workerId = created.json().path("workerId").asText();
        check.openDue();
        JsonNode instances = api.get(Api.ADMIN, "/engine-rest/process-instance?processDefinitionKey="
                + ContractExpiryProcess.KEY + "&businessKey=" + ContractExpiryProcess.businessKey(workerId,
                        today.plusDays(20))).json();
        assertThat(instances).hasSize(1);
        return new Expiring(workerId, instances.get(0).path("id").asText());
    }

    String onlyTask(String user, String instance) {
        JsonNode tasks = api.get(user, "/engine-rest/task?processInstanceId=" + instance).json();
        assertThat(tasks).as("tasks of %s", user).hasSize(1);
        return tasks.get(0).path("id").asText();
    }

    Api.Response complete(String user, String task, Map<String, Object> answers) {
        return api.post(user, "/engine-rest/task/" + task + "/complete", variables(answers));
    }

    @Test
    void theStreetRenewsAndTheWorkerAccepts() {
        Expiring expiring = expiring("续订测试");
        String instance = expiring.instance();

        String decision = onlyTask("easthr", instance);
        assertThat(api.get("easthr", "/engine-rest/task/" + decision + "/deployed-form").json().path("id").asText())
                .isEqualTo("contract-expiry-decision");
        Api.Response noReason = complete("easthr", decision, Map.of("renew", false));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().path("message").asText()).contains("不续订劳动合同时必须填写不续订的理由(endReason)");
        LocalDate newEnd = today.plusDays(20).plusYears(3);
        assertThat(complete("easthr", decision, Map.of("renew", true, "contractKind", "FIXED_TERM",
                "newContractEnd", newEnd.toString())).status()).isEqualTo(204);

        String approval = onlyTask("eastparty", instance);
        assertThat(api.get("easthr", "/engine-rest/task?processInstanceId=" + instance).json()).isEmpty();
        assertThat(complete("eastparty", approval, Map.of("partyApproves", true)).status()).isEqualTo(204);

        String answer = onlyTask("easthr", instance);
        assertThat(complete("easthr", answer, Map.of("workerAccepts", true)).status()).isEqualTo(204);

        JsonNode history = api.get(Api.ADMIN, "/engine-rest/history/process-instance/" + instance).json();
        assertThat(history.path("state").asText()).isEqualTo("COMPLETED");
        assertThat(api.get(Api.ADMIN, "/engine-rest/history/activity-instance?processInstanceId=" + instance
                + "&activityId=" + ContractExpiryProcess.END_RENEWED).json()).hasSize(1);
        assertThat(api.get("easthr", "/api/workers/" + expiring.workerId()).json().path("contractEnd").asText())
                .isEqualTo(newEnd.toString());
        assertThat(api.get(Api.ADMIN, "/engine-rest/history/user-operation?processInstanceId=" + instance
                + "&operationType=Complete").json().findValuesAsText("userId"))
                .containsExactlyInAnyOrder("easthr", "eastparty", "easthr");
    }

    @Test
    void anotherStreetCanNeitherSeeNorDecide() {
        String instance = expiring("他街测试").instance();
        String decision = onlyTask("easthr", instance);

        assertThat(api.get("westhr", "/engine-rest/task?processInstanceId=" + instance).json()).isEmpty();
        assertThat(api.get("westhr", "/engine-rest/task/" + decision).status()).isEqualTo(404);
        assertThat(complete("westhr", decision, Map.of("renew", false, "endReason", "不续订")).status()).isIn(403, 404);
        assertThat(complete("westparty", decision, Map.of("renew", false, "endReason", "不续订")).status()).isIn(403, 404);
        assertThat(complete("auditor", decision, Map.of("renew", false, "endReason", "不续订")).status()).isEqualTo(403);
        assertThat(onlyTask("easthr", instance)).isEqualTo(decision);
    }

    /** Only the daily check starts one: neither the street nor an administrator can over REST. */
    @Test
    void nobodyStartsADecisionOverRest() {
        Map<String, Object> forged = Map.of("workerId", "W013", "contractEnd", today.plusDays(5).toString());
        for (String user : new String[] {"easthr", Api.ADMIN}) {
            Api.Response started = api.post(user, "/engine-rest/process-definition/key/" + ContractExpiryProcess.KEY
                    + "/start", variables(forged));
            assertThat(started.status()).as(user + ": " + started.text()).isEqualTo(403);
        }
        assertThat(api.get(Api.ADMIN, "/engine-rest/process-instance?processDefinitionKey="
                + ContractExpiryProcess.KEY + "&businessKey=CE-W013-" + today.plusDays(5)).json()).isEmpty();
    }

    /** A variable the form does not declare, by complete or by Tasklist's submit-form, is refused naming it. */
    @Test
    void forgedVariablesAreRefusedNamingTheField() {
        String instance = expiring("伪造测试").instance();
        String decision = onlyTask("easthr", instance);

        // A field shown for context may come back only as it was shown (3 years' service, no open-ended required).
        Api.Response forgedDecision = complete("easthr", decision, Map.of("renew", true, "contractKind", "FIXED_TERM",
                "newContractEnd", today.plusYears(3).toString(), "serviceYears", 12));
        assertThat(forgedDecision.status()).as(forgedDecision.text()).isEqualTo(400);
        assertThat(forgedDecision.json().path("message").asText()).contains("serviceYears");

        Api.Response forgedWorker = api.post("easthr", "/engine-rest/task/" + decision + "/submit-form",
                variables(Map.of("renew", false, "endReason", "不续订", "workerId", "W013")));
        assertThat(forgedWorker.status()).as(forgedWorker.text()).isEqualTo(400);
        assertThat(forgedWorker.json().path("message").asText()).contains("workerId");
        assertThat(onlyTask("easthr", instance)).isEqualTo(decision);

        assertThat(complete("easthr", decision, Map.of("renew", false, "endReason", "岗位撤并,不再续订")).status())
                .isEqualTo(204);
        String approval = onlyTask("eastparty", instance);
        Api.Response forgedApproval = complete("eastparty", approval, Map.of("partyApproves", true, "renew", true));
        assertThat(forgedApproval.status()).as(forgedApproval.text()).isEqualTo(400);
        assertThat(forgedApproval.json().path("message").asText()).contains("renew");
        assertThat(complete("eastparty", approval, Map.of("partyApproves", true)).status()).isEqualTo(204);

        String notice = onlyTask("easthr", instance);
        Api.Response forgedNotice = complete("easthr", notice, Map.of("noticeServedOn", today.toString(),
                "endGround", "双方协商一致"));
        assertThat(forgedNotice.status()).as(forgedNotice.text()).isEqualTo(400);
        assertThat(forgedNotice.json().path("message").asText()).contains("endGround");
        assertThat(complete("easthr", notice, Map.of("noticeServedOn", today.toString())).status()).isEqualTo(204);
        assertThat(api.get(Api.ADMIN, "/engine-rest/job?processInstanceId=" + instance + "&activityId="
                + ContractExpiryProcess.TIMER_CONTRACT_ENDS).json()).hasSize(1);
    }

    /** The demo county's W082 (宋佳怡, 朝阳社区): her contract ends in 40 days, and the decision is open after the start. */
    @Test
    void theDemoCountysExpiringContractIsOpenForEastStreet() {
        JsonNode demo = api.get(Api.ADMIN, "/engine-rest/process-instance?processDefinitionKey="
                + ContractExpiryProcess.KEY + "&businessKey=" + ContractExpiryProcess.businessKey("W082",
                        DemoDay.of(api).plusDays(40))).json();
        assertThat(demo).hasSize(1);
        JsonNode task = api.get("easthr", "/engine-rest/task/" + onlyTask("easthr", demo.get(0).path("id").asText())).json();
        assertThat(task.path("taskDefinitionKey").asText()).isEqualTo(ContractExpiryProcess.TASK_DECIDE);
        assertThat(task.path("name").asText()).isEqualTo("决定是否续订劳动合同");
    }
}
