package cn.communityworkers.dismissal;

import static cn.communityworkers.support.Api.variables;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

import com.fasterxml.jackson.databind.JsonNode;

import cn.communityworkers.organisation.UnitGroups;
import cn.communityworkers.support.Api;
import cn.communityworkers.support.IdCards;
import cn.communityworkers.support.IntegrationTest;
import cn.communityworkers.support.TestUnits;
import cn.communityworkers.system.ClockConfiguration;

/**
 * The dismissal over HTTP with the real security: a county of its own with its street's personnel office, trade union
 * and party working committee as users, the demo county's 西城街道 as the other street; and the attacks.
 */
@IntegrationTest
class DismissalIT {

    static final String START = "/engine-rest/process-definition/key/dismissal/start";
    /** The secretary of 幸福社区, 西城街道, in the demo roster: elected, recalled and never dismissed. */
    static final String ELECTED_SECRETARY = "W081";

    @Autowired TestRestTemplate rest;
    @Autowired IdentityService identityService;
    Api api;
    TestUnits units;
    String hr;
    String union;
    String party;
    String workerId;
    LocalDate today = LocalDate.now(ClockConfiguration.CHINA);

    @BeforeEach
    void setUp() {
        api = new Api(rest);
        units = TestUnits.create(api, 100_000);
        hr = units.user(identityService, "hr", UnitGroups.streetHr(units.street()));
        union = units.user(identityService, "union", UnitGroups.streetUnion(units.street()));
        party = units.user(identityService, "party", UnitGroups.streetParty(units.street()));
        Api.Response registered = api.post(Api.ADMIN, "/api/workers", Map.of("name", "辞退测试",
                "idCardNumber", IdCards.of("1990-01-01"), "birthDate", "1990-01-01",
                "communityCode", units.community(), "role", "STAFF", "education", "BACHELOR",
                "communityWorkSince", "2020-01-01"));
        assertThat(registered.status()).as(registered.text()).isEqualTo(201);
        workerId = registered.json().path("workerId").asText();
    }

    Map<String, Object> proposal(String worker) {
        Map<String, Object> proposal = new LinkedHashMap<>();
        proposal.put("workerId", worker);
        proposal.put("ground", "SERIOUS_DERELICTION");
        proposal.put("facts", "负责的救助资金审核中多次违规审批,造成资金损失八万元");
        proposal.put("evidence", "审计报告、审批记录、本人书面说明");
        return proposal;
    }

    String onlyTask(String user, String instance) {
        JsonNode tasks = api.get(user, "/engine-rest/task?processInstanceId=" + instance).json();
        assertThat(tasks).as("tasks of %s", user).hasSize(1);
        return tasks.get(0).path("id").asText();
    }

    String proposed() {
        Api.Response started = api.post(hr, START, variables(proposal(workerId)));
        assertThat(started.status()).as(started.text()).isEqualTo(200);
        assertThat(started.json().path("businessKey").asText()).isEqualTo("D-" + workerId + "-" + today);
        return started.json().path("id").asText();
    }

    @Test
    void theStreetEndsTheContractAfterTheStatementAndAnswersTheUnionsObjection() {
        String instance = proposed();

        // the statement, by the personnel office; a forged decision on the way is refused
        String statement = onlyTask(hr, instance);
        assertThat(api.get(party, "/engine-rest/task?processInstanceId=" + instance).json()).isEmpty();
        Map<String, Object> answer = new LinkedHashMap<>(Map.of("statementKind", "STATED",
                "statementOn", today.toString(), "statement", "本人对审计结论无异议,请求从轻处理"));
        Map<String, Object> forged = new LinkedHashMap<>(answer);
        forged.put("dismiss", true);
        Api.Response refused = api.post(hr, "/engine-rest/task/" + statement + "/complete", variables(forged));
        assertThat(refused.status()).as(refused.text()).isEqualTo(400);
        assertThat(refused.json().path("message").asText()).contains("dismiss");
        assertThat(api.post(hr, "/engine-rest/task/" + statement + "/submit-form", variables(answer)).status())
                .isEqualTo(204);

        // the union of the case's street, not the other street's union
        String unionTask = onlyTask(union, instance);
        assertThat(api.get("westunion", "/engine-rest/task?processInstanceId=" + instance).json()).isEmpty();
        assertThat(api.post("westunion", "/engine-rest/task/" + unionTask + "/complete",
                variables(Map.of("unionAgrees", true))).status()).isIn(403, 404);
        Api.Response noReasons = api.post(union, "/engine-rest/task/" + unionTask + "/complete",
                variables(Map.of("unionAgrees", false)));
        assertThat(noReasons.status()).isEqualTo(400);
        assertThat(noReasons.json().path("message").asText()).contains("工会提出异议时必须填写工会的意见和理由(unionOpinion)");
        assertThat(api.post(union, "/engine-rest/task/" + unionTask + "/complete", variables(Map.of("unionAgrees", false,
                "unionOpinion", "损失系制度缺陷所致,本人并非故意"))).status()).isEqualTo(204);

        // the party working committee decides and answers the union in writing
        String decision = onlyTask(party, instance);
        assertThat(api.post("westhr", "/engine-rest/task/" + decision + "/complete",
                variables(Map.of("dismiss", false, "decisionOpinion", "越权"))).status()).isIn(403, 404);
        Api.Response noReply = api.post(party, "/engine-rest/task/" + decision + "/complete",
                variables(Map.of("dismiss", true)));
        assertThat(noReply.status()).isEqualTo(400);
        assertThat(noReply.json().path("message").asText()).contains("replyToUnion");
        assertThat(api.post(party, "/engine-rest/task/" + decision + "/complete", variables(Map.of("dismiss", true,
                "replyToUnion", "经研究,审计认定本人违规审批属严重失职,异议不予采纳,特此书面答复"))).status()).isEqualTo(204);

        JsonNode worker = api.get(hr, "/api/workers/" + workerId).json();
        assertThat(worker.path("status").asText()).isEqualTo("TERMINATED");
        assertThat(worker.path("contractEnd").asText()).isEqualTo(today.toString());
        JsonNode trail = api.get("auditor", "/api/audit/process-instances/" + instance).json();
        assertThat(trail.path("outcome").path("outcome").asText()).isEqualTo("解除劳动合同");
        assertThat(api.get("auditor", "/api/audit/workers/" + workerId).json().toString())
                .contains(instance, "第三十九条第(三)项", "第四十三条", "第四十六条");
        assertThat(api.get(Api.ADMIN, "/engine-rest/history/user-operation?processInstanceId=" + instance
                + "&operationType=Complete").json().findValuesAsText("userId"))
                .containsExactlyInAnyOrder(hr, union, party);
    }

    @Test
    void notDismissedTheWorkerStays() {
        String instance = proposed();
        assertThat(api.post(hr, "/engine-rest/task/" + onlyTask(hr, instance) + "/complete", variables(Map.of(
                "statementKind", "DECLINED", "statementOn", today.toString(),
                "statement", "告知后本人拒绝申辩,签署放弃申辩书"))).status()).isEqualTo(204);
        assertThat(api.post(union, "/engine-rest/task/" + onlyTask(union, instance) + "/complete",
                variables(Map.of("unionAgrees", true))).status()).isEqualTo(204);
        assertThat(api.post(party, "/engine-rest/task/" + onlyTask(party, instance) + "/complete",
                variables(Map.of("dismiss", false, "decisionOpinion", "损失已追回,给予警告处分"))).status()).isEqualTo(204);

        assertThat(api.get(hr, "/api/workers/" + workerId).json().path("status").asText()).isEqualTo("ACTIVE");
        JsonNode outcome = api.get("auditor", "/api/audit/process-instances/" + instance).json().path("outcome");
        assertThat(outcome.path("outcome").asText()).isEqualTo("不解除劳动合同");
        assertThat(outcome.toString()).contains("损失已追回");
    }

    @Test
    void aForgedVariableAtTheStartIsRefusedNamingIt() {
        Map<String, Object> forged = proposal(workerId);
        forged.put("streetCode", "990101002");
        Api.Response refused = api.post(hr, START, variables(forged));

        assertThat(refused.status()).as(refused.text()).isEqualTo(400);
        assertThat(refused.json().path("message").asText()).contains("streetCode");
        Map<String, Object> noGround = proposal(workerId);
        noGround.put("ground", "NOT_AN_ITEM");
        Api.Response badGround = api.post(hr, START, variables(noGround));
        assertThat(badGround.status()).isEqualTo(400);
        assertThat(badGround.json().path("message").asText()).contains("ground");
        assertThat(api.get(Api.ADMIN, "/engine-rest/process-instance?businessKey=D-" + workerId + "-" + today).json())
                .isEmpty();
    }

    @Test
    void anotherStreetsPersonnelOfficeNeitherProposesNorRecordsTheStatement() {
        Api.Response refused = api.post("westhr", START, variables(proposal(workerId)));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("violations").get(0).path("field").asText()).isEqualTo("workerId");
        assertThat(api.post(union, START, variables(proposal(workerId))).status()).isIn(400, 403);

        String instance = proposed();
        String statement = onlyTask(hr, instance);
        assertThat(api.get("westhr", "/engine-rest/task/" + statement).status()).isEqualTo(404);
        assertThat(api.post("westhr", "/engine-rest/task/" + statement + "/complete", variables(Map.of(
                "statementKind", "STATED", "statementOn", today.toString(), "statement", "越权"))).status())
                .isIn(403, 404);
    }

    @Test
    void theElectedSecretaryOfTheDemoIsRefusedWithTheRecall() {
        Map<String, Object> proposal = proposal(ELECTED_SECRETARY);
        Api.Response refused = api.post("westhr", START, variables(proposal));

        assertThat(refused.status()).as(refused.text()).isEqualTo(400);
        assertThat(refused.json().path("detail").asText()).startsWith("不予受理:").contains("林志刚", "社区党组织书记",
                "罢免");
        assertThat(refused.json().path("violations").get(0).path("field").asText()).isEqualTo("workerId");
    }
}
