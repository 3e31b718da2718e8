package cn.communityworkers.promotion;

import static cn.communityworkers.support.Api.variables;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.communityworkers.audit.Drive;
import cn.communityworkers.support.Api;
import cn.communityworkers.support.IntegrationTest;

/**
 * The demo county's secretary promotion, end to end over HTTP as the demo users: the eligibility of the roster's
 * edge cases, nominations (an ineligible one refused), review, an upheld objection moving the next one up, the hire
 * and the leadership selection.
 */
@IntegrationTest
class PromotionIT {

    static final String COUNTY = "990101";

    @Autowired
    TestRestTemplate rest;
    Api api;
    final ObjectMapper json = new ObjectMapper();
    final LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    final int year = today.getYear();
    String instance;

    @BeforeEach
    void setUp() {
        api = new Api(rest);
    }

    String path() {
        return "/api/promotions/" + COUNTY + "/" + year;
    }

    JsonNode task(String user, String taskDefinitionKey) {
        JsonNode tasks = api.get(user, "/engine-rest/task?processInstanceId=" + instance + "&taskDefinitionKey=" + taskDefinitionKey).json();
        assertThat(tasks).as(user + " " + taskDefinitionKey).hasSize(1);
        return tasks.get(0);
    }

    List<JsonNode> tasks(String user, String taskDefinitionKey) {
        List<JsonNode> found = new ArrayList<>();
        api.get(user, "/engine-rest/task?processInstanceId=" + instance + "&taskDefinitionKey=" + taskDefinitionKey)
                .json().forEach(found::add);
        return found;
    }

    String variable(String user, JsonNode task, String name) {
        return api.get(user, "/engine-rest/task/" + task.path("id").asText() + "/variables/" + name + "?deserializeValue=false")
                .json().path("value").asText();
    }

    Api.Response complete(String user, JsonNode task, Map<String, Object> body) {
        return api.post(user, "/engine-rest/task/" + task.path("id").asText() + "/complete", body);
    }

    void completed(String user, JsonNode task, Map<String, Object> values) {
        Api.Response done = complete(user, task, variables(values));
        assertThat(done.status()).as(user + " " + task.path("name").asText() + ": " + done.text()).isEqualTo(204);
    }

    Api.Response nominate(String user, JsonNode task, String... workerIds) throws Exception {
        // A Camunda Forms checklist submits a JSON array.
        return complete(user, task, Map.of("variables", Map.of("nominees",
                Map.of("value", json.writeValueAsString(List.of(workerIds)), "type", "Json"))));
    }

    void endNotice() {
        JsonNode job = api.get(Api.ADMIN, "/engine-rest/job?processInstanceId=" + instance + "&activityId=Timer_NoticeEnds").json();
        assertThat(job).as("notice timer").hasSize(1);
        assertThat(api.post(Api.ADMIN, "/engine-rest/job/" + job.get(0).path("id").asText() + "/execute", Map.of()).status())
                .isEqualTo(204);
    }

    Map<String, JsonNode> eligibility(String user) {
        Api.Response response = api.get(user, path() + "/eligibility");
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        Map<String, JsonNode> byWorker = new HashMap<>();
        response.json().forEach(entry -> byWorker.put(entry.path("workerId").asText(), entry));
        return byWorker;
    }

    static List<String> failedRules(JsonNode entry) {
        List<String> failed = new ArrayList<>();
        entry.path("reasons").forEach(r -> {
            if (!r.path("passed").asBoolean()) {
                failed.add(r.path("rule").asText());
            }
        });
        return failed;
    }

    @Test
    void theDemoCountysPromotion() throws Exception {
        Map<String, Object> request = Map.of("countyCode", COUNTY, "year", year, "posts", 1);
        assertThat(api.post("eastparty", "/engine-rest/process-definition/key/secretaryPromotion/start", variables(request))
                .status()).isEqualTo(403);
        Api.Response started = api.post("countyorganization", "/engine-rest/process-definition/key/secretaryPromotion/start",
                variables(request));
        assertThat(started.status()).as(started.text()).isEqualTo(200);
        instance = started.json().path("id").asText();
        Api.Response again = api.post("countyorganization", "/engine-rest/process-definition/key/secretaryPromotion/start",
                variables(request));
        assertThat(again.status()).as(again.text()).isEqualTo(400);
        assertThat(again.json().path("message").asText()).contains("不能重复开展");

        // Why each secretary of the roster is, or is not, on the list: one rule each side of its boundary.
        Map<String, JsonNode> eligibility = eligibility("auditor");
        assertThat(eligibility.get("W001").path("eligible").asBoolean()).as("exactly 10 years, BASICALLY_QUALIFIED 6 years back").isTrue();
        assertThat(eligibility.get("W004").path("eligible").asBoolean()).isTrue();
        assertThat(failedRules(eligibility.get("W002"))).as("10 years less a day").containsExactly("CONTINUOUS_COMMUNITY_WORK");
        assertThat(failedRules(eligibility.get("W003"))).as("term still running").containsExactly("COMPLETED_SECRETARY_TERM");
        assertThat(failedRules(eligibility.get("W005"))).as("1 EXCELLENT").containsExactly("EXCELLENT_RATINGS");
        assertThat(failedRules(eligibility.get("W006"))).as("BASICALLY_QUALIFIED 4 years back").containsExactly("NO_RATING_BELOW_QUALIFIED");
        // An elected secretary is never dismissed by the annual assessment (AssessmentIT): at most a recall proposal.
        assertThat(failedRules(eligibility.get("W081"))).as("disciplinary action").containsExactly("NO_DISCIPLINARY_ACTION");
        assertThat(eligibility).doesNotContainKey("W007");   // a director
        assertThat(failedRules(eligibility.get("W112"))).as("under investigation").containsExactly("NOT_UNDER_INVESTIGATION");
        assertThat(eligibility.get("W002").path("reasons").get(0).path("reason").asText()).contains("不满10年");
        String decision = eligibility.get("W002").path("decisionInstanceId").asText();
        JsonNode evaluated = api.get("auditor", "/engine-rest/history/decision-instance/" + decision).json();
        assertThat(evaluated.path("decisionDefinitionKey").asText()).isEqualTo(PromotionProcess.ELIGIBILITY_DECISION);
        assertThat(evaluated.path("processInstanceId").asText()).isEqualTo(instance);

        assertThat(eligibility("countyorganization")).hasSameSizeAs(eligibility);
        for (String user : List.of("eastparty", "countyhrss", "countysocialwork", "chunhui")) {
            assertThat(api.get(user, path() + "/eligibility").status()).as(user).isEqualTo(403);
        }
        Api.Response unknownCounty = api.get("auditor", "/api/promotions/000000/" + year + "/eligibility");
        assertThat(unknownCounty.status()).isEqualTo(404);
        assertThat(unknownCounty.headers().getContentType().toString()).startsWith("application/problem+json");
        assertThat(api.get("auditor", "/api/promotions/" + COUNTY + "/2001/eligibility").status()).isEqualTo(404);

        // Each street nominates among its own eligible secretaries; anyone else is refused with the reason.
        JsonNode east = task("eastparty", "Task_NominateSecretaries");
        assertThat(json.readTree(variable("eastparty", east, "eligibleSecretaries")).findValuesAsText("value"))
                .containsExactly("W001");
        Api.Response ineligible = nominate("eastparty", east, "W002");
        assertThat(ineligible.status()).isEqualTo(400);
        assertThat(ineligible.json().path("message").asText()).contains("许秀英").contains("不满10年");
        Api.Response otherStreet = nominate("eastparty", east, "W004");
        assertThat(otherStreet.status()).isEqualTo(400);
        assertThat(otherStreet.json().path("message").asText()).contains("不是本街道");
        assertThat(nominate("eastparty", east, "W001").status()).isEqualTo(204);
        assertThat(tasks("westparty", "Task_NominateSecretaries")).hasSize(1);
        assertThat(nominate("westparty", task("westparty", "Task_NominateSecretaries"), "W004").status()).isEqualTo(204);

        // The county organisation department reviews both; one post: W004 first, W001 on the reserve.
        List<JsonNode> reviews = tasks("countyorganization", "Task_ReviewCandidate");
        assertThat(reviews).hasSize(2);
        for (JsonNode review : reviews) {
            String workerId = variable("countyorganization", review, "workerId");
            completed("countyorganization", review, Map.of("reviewPassed", true, "assessmentScore", workerId.equals("W004") ? 93 : 88));
        }
        assertThat(eligibility("auditor").get("W004").path("stage").asText()).isEqualTo("SELECTED");
        assertThat(eligibility("auditor").get("W001").path("stage").asText()).isEqualTo("RESERVE");

        // An objection to W004 during the notice is upheld: W001 moves up and is on notice in turn.
        Map<String, String> objection = Map.of("workerId", "W004", "objection", "群众反映其在社区换届中存在违规行为");
        assertThat(api.post("eastparty", path() + "/objections", objection).status()).isEqualTo(403);
        Api.Response notOnNotice = api.post("countyorganization", path() + "/objections",
                Map.of("workerId", "W001", "objection", "反映问题"));
        assertThat(notOnNotice.status()).isEqualTo(409);
        assertThat(notOnNotice.violations()).containsExactly("workerId on-notice");
        Api.Response blank = api.post("countyorganization", path() + "/objections", Map.of("workerId", "W004", "objection", " "));
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.violations()).containsExactly("objection NotBlank");
        Api.Response received = api.post("countyorganization", path() + "/objections", objection);
        assertThat(received.status()).as(received.text()).isEqualTo(201);
        JsonNode investigation = task("countyorganization", "Task_InvestigateObjection");
        assertThat(variable("countyorganization", investigation, "objectionText")).isEqualTo(objection.get("objection"));
        completed("countyorganization", investigation, Map.of("objectionUpheld", true, "finding", "经调查核实,反映属实"));
        endNotice();
        assertThat(eligibility("auditor").get("W004").path("stage").asText()).isEqualTo("OBJECTION_UPHELD");
        assertThat(eligibility("auditor").get("W001").path("stage").asText()).isEqualTo("SELECTED");
        endNotice();

        // The county HRSS approves the hire; the county organisation department finds W001 especially outstanding.
        JsonNode hire = task("countyhrss", "Task_ApproveInstitutionHire");
        assertThat(variable("countyhrss", hire, "workerName")).isEqualTo("郑军");
        completed("countyhrss", hire, Map.of("hireApproved", true, "institutionName", "示范县东城街道党群服务中心"));
        completed("countyorganization", task("countyorganization", "Task_AssessExceptional"), Map.of("exceptional", true));
        completed("countyorganization", task("countyorganization", "Task_RecordLeadershipSelection"),
                Map.of("selectionRoute", "ELECTION", "selected", true, "post", "东城街道办事处副主任"));

        assertThat(api.get(Api.ADMIN, "/engine-rest/history/process-instance/" + instance).json().path("state").asText())
                .isEqualTo("COMPLETED");
        JsonNode promoted = api.get("auditor", "/api/workers/W001").json();
        assertThat(promoted.path("status").asText()).isEqualTo("PUBLIC_INSTITUTION_STAFF");
        assertThat(promoted.path("role").asText()).isEqualTo("SECRETARY");
        assertThat(promoted.path("contractEnd").asText()).isEqualTo(today.minusDays(1).toString());
        assertThat(promoted.path("publicInstitutionContract").path("institutionName").asText()).isEqualTo("示范县东城街道党群服务中心");
        assertThat(promoted.path("leadershipSelections").get(0).path("selectionRoute").asText()).isEqualTo("ELECTION");
        assertThat(promoted.path("leadershipSelections").get(0).path("post").asText()).isEqualTo("东城街道办事处副主任");
        assertThat(api.get("auditor", "/api/workers/W004").json().path("status").asText()).isEqualTo("ACTIVE");
        // Each secretary's audit lists the promotion: the one it reviewed but did not hire as the one it hired.
        for (String secretary : List.of("W001", "W004")) {
            assertThat(api.get("auditor", "/api/audit/workers/" + secretary).json().path("processes")
                    .findValuesAsText("id")).as(secretary).contains(instance);
        }
        assertThat(eligibility("auditor").get("W001").path("stage").asText()).isEqualTo("HIRED");

        // The auditor's sealed trail names every person who acted and every decision, as this test did them.
        JsonNode trail = new Drive(api).sealedTrail(instance).path("trail");
        // (demo, the administrator, ran the notice's timer twice; the objection was a message, whose sender the
        // engine does not record.)
        assertThat(Drive.actors(trail)).containsExactlyInAnyOrder("countyorganization", "eastparty", "westparty",
                "countyhrss", Api.ADMIN);
        JsonNode start = trail.path("steps").get(0);
        assertThat(start.path("actor").asText()).isEqualTo("countyorganization");
        assertThat(start.path("values").path("posts").asInt()).isEqualTo(1);
        assertThat(Drive.steps(trail, "Task_NominateSecretaries").stream()
                .map(step -> step.path("completedBy").asText() + ":" + step.path("candidateGroups").get(0).asText()
                        + ":" + step.path("values").path("nominees"))
                .collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("eastparty:street990101001Party:[\"W001\"]",
                        "westparty:street990101002Party:[\"W004\"]");
        assertThat(Drive.steps(trail, "Task_ReviewCandidate").stream()
                .map(step -> step.path("completedBy").asText() + ":" + step.path("values").path("assessmentScore").asInt())
                .collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("countyorganization:93", "countyorganization:88");
        JsonNode investigated = Drive.step(trail, "Task_InvestigateObjection");
        assertThat(investigated.path("completedBy").asText()).isEqualTo("countyorganization");
        assertThat(investigated.path("values").path("finding").asText()).isEqualTo("经调查核实,反映属实");
        JsonNode approved = Drive.step(trail, "Task_ApproveInstitutionHire");
        assertThat(approved.path("completedBy").asText()).isEqualTo("countyhrss");
        assertThat(approved.path("candidateGroups").get(0).asText()).isEqualTo("county990101Hrss");
        assertThat(approved.path("values").path("institutionName").asText()).isEqualTo("示范县东城街道党群服务中心");
        assertThat(Drive.step(trail, "Task_RecordLeadershipSelection").path("values").path("post").asText())
                .isEqualTo("东城街道办事处副主任");
        // One eligibility decision per secretary evaluated, each with the inputs it judged.
        List<String> decisions = Drive.decisions(trail);
        assertThat(decisions).hasSize(eligibility.size()).containsOnly(PromotionProcess.ELIGIBILITY_DECISION);
    }
}
