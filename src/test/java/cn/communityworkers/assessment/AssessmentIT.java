package cn.communityworkers.assessment;

import static cn.communityworkers.support.Api.variables;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.communityworkers.support.Api;
import cn.communityworkers.support.IntegrationTest;

/** The demo county's annual assessment, end to end over HTTP as the demo users, with the job executor running. */
@IntegrationTest
class AssessmentIT {

    static final List<String> COMMUNITY_USERS = List.of("chunhui", "chaoyang", "heping", "xinhua", "guangming", "youyi",
            "xingfu");

    @Autowired
    TestRestTemplate rest;
    Api api;
    int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();

    @BeforeEach
    void setUp() {
        api = new Api(rest);
    }

    List<JsonNode> tasks(String user, String taskDefinitionKey) {
        List<JsonNode> found = new ArrayList<>();
        api.get(user, "/engine-rest/task?maxResults=1000&taskDefinitionKey=" + taskDefinitionKey).json().forEach(found::add);
        return found;
    }

    void complete(String user, JsonNode task, Map<String, Object> values) {
        Api.Response done = api.post(user, "/engine-rest/task/" + task.path("id").asText() + "/complete", variables(values));
        assertThat(done.status()).as(user + " " + task.path("name").asText() + ": " + done.text()).isEqualTo(204);
    }

    JsonNode progress() {
        return api.get("countysocialwork", "/api/assessment-campaigns/990101/" + year).json();
    }

    void await(String what, java.util.function.BooleanSupplier condition) {
        try {
            Awaitility.await(what).atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(250))
                    .until(condition::getAsBoolean);
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("still waiting for " + what + "; campaign: " + progress() + "; open activities: "
                    + api.get(Api.ADMIN, "/engine-rest/history/activity-instance?unfinished=true&processDefinitionKey=assessmentCampaign").text(), e);
        }
    }

    @Test
    void theDemoCountysCampaign() throws Exception {
        Api.Response started = api.post("countysocialwork", "/engine-rest/process-definition/key/assessmentCampaign/start",
                variables(Map.of("countyCode", "990101", "year", year)));
        assertThat(started.status()).as(started.text()).isEqualTo(200);
        String campaign = started.json().path("id").asText();
        assertThat(api.post("eastparty", "/engine-rest/process-definition/key/assessmentCampaign/start",
                variables(Map.of("countyCode", "990101", "year", year))).status()).isEqualTo(403);
        Api.Response again = api.post("countysocialwork", "/engine-rest/process-definition/key/assessmentCampaign/start",
                variables(Map.of("countyCode", "990101", "year", year)));
        assertThat(again.status()).as(again.text()).isEqualTo(400);
        assertThat(again.json().path("message").asText()).contains("不能重复部署");

        await("every assessment started", () -> {
            JsonNode p = progress();
            return p.path("total").asLong() > 0 && p.path("started").asLong() == p.path("total").asLong();
        });
        long total = progress().path("total").asLong();
        assertThat(api.get("eastparty", "/api/assessment-campaigns/990101/" + year).status()).isEqualTo(403);

        // The survey's results for every assessment waiting for them, from the county.
        StringBuilder csv = new StringBuilder("workerId,score\n");
        // (The database may hold other counties' campaigns of the year: only this county's workers are asked; other
        // tests register workers of their own in the demo county, with ids of their own.)
        for (JsonNode instance : api.get(Api.ADMIN, "/engine-rest/process-instance?maxResults=1000"
                + "&processDefinitionKey=annualAssessment&businessKeyLike=A-" + year + "-%").json()) {
            String workerId = instance.path("businessKey").asText().substring(("A-" + year + "-").length());
            boolean waiting = !api.get(Api.ADMIN, "/engine-rest/execution?messageEventSubscriptionName=SatisfactionReported"
                    + "&processInstanceId=" + instance.path("id").asText()).json().isEmpty();
            String county = api.get(Api.ADMIN, "/api/workers/" + workerId).json().path("countyCode").asText();
            if (waiting && county.equals("990101")) {
                csv.append(workerId).append(",85\n");
            }
        }
        Api.Response badSurvey = api.postCsv("countysocialwork", "/api/assessment-campaigns/990101/" + year + "/satisfaction",
                csv + "W012,85\n");
        assertThat(badSurvey.status()).isEqualTo(400);
        Api.Response survey = api.postCsv("countysocialwork", "/api/assessment-campaigns/990101/" + year + "/satisfaction", csv.toString());
        assertThat(survey.status()).as(survey.text()).isEqualTo(200);

        // Each community scores its own workers; nobody sees another community's tasks.
        assertThat(tasks("chunhui", "Task_ScoreWorker")).extracting(t -> t.path("processInstanceId").asText())
                .doesNotContainAnyElementsOf(tasks("xinhua", "Task_ScoreWorker").stream().map(t -> t.path("processInstanceId").asText()).toList());
        boolean first = true;
        for (String user : COMMUNITY_USERS) {
            for (JsonNode task : tasks(user, "Task_ScoreWorker")) {
                complete(user, task, Map.of("politicalScore", first ? 96 : 80, "performanceScore", first ? 96 : 80));
                first = false;
            }
            for (JsonNode task : tasks(user, "Task_CommentOnProbationer")) {
                complete(user, task, Map.of("comment", "试用期表现良好"));
            }
        }

        // Each street's committee confirms its ratings as proposed.
        ObjectMapper json = new ObjectMapper();
        for (String committee : List.of("eastparty", "westparty")) {
            await(committee + "'s ratings", () -> !tasks(committee, "Task_ConfirmStreetRatings").isEmpty());
            JsonNode task = tasks(committee, "Task_ConfirmStreetRatings").get(0);
            JsonNode value = api.get(committee, "/engine-rest/task/" + task.path("id").asText() + "/variables/ratings?deserializeValue=false")
                    .json().path("value");
            JsonNode ratings = value.isTextual() ? json.readTree(value.asText()) : value;
            // The committee's form names its street.
            assertThat(api.get(committee, "/engine-rest/task/" + task.path("id").asText() + "/variables/streetName")
                    .json().path("value").asText()).isEqualTo(committee.equals("eastparty") ? "东城街道" : "西城街道");
            assertThat(ratings.size()).as(committee).isGreaterThan(10);
            // The committee writes each row's rating and reason; what the table shows for context cannot be sent back
            // changed (the worker's number, the proposal's reason), nor a field the form does not have.
            com.fasterxml.jackson.databind.node.ArrayNode submitted = json.createArrayNode();
            ratings.forEach(row -> submitted.addObject().put("workerId", row.path("workerId").asText())
                    .put("rating", row.path("rating").asText()).put("overrideReason", row.path("overrideReason").asText()));
            com.fasterxml.jackson.databind.node.ArrayNode forged = submitted.deepCopy();
            ((com.fasterxml.jackson.databind.node.ObjectNode) forged.get(1)).put("workerId", "W999")
                    .put("proposalReason", "伪造的说明");
            ((com.fasterxml.jackson.databind.node.ObjectNode) forged.get(2)).put("proposedRating", "EXCELLENT");
            Api.Response refused = api.post(committee, "/engine-rest/task/" + task.path("id").asText() + "/complete",
                    Map.of("variables", Map.of("ratings", Map.of("value", json.writeValueAsString(forged), "type", "Json"))));
            assertThat(refused.status()).as(refused.text()).isEqualTo(400);
            assertThat(refused.json().path("message").asText()).contains("本街道人员考核等次(ratings)第 2 行的workerId只读,不能修改",
                    "第 2 行的建议说明(proposalReason)只供查看,不能修改", "第 3 行没有proposedRating这一项");
            // A street's list is longer than a String variable may be (4,000 characters): it goes as Json.
            Api.Response confirmed = api.post(committee, "/engine-rest/task/" + task.path("id").asText() + "/complete",
                    Map.of("variables", Map.of("ratings", Map.of("value", json.writeValueAsString(submitted), "type", "Json"))));
            assertThat(confirmed.status()).as(confirmed.text()).isEqualTo(204);
        }
        assertThat(progress().path("stages").path("CONFIRMED").asLong()).isEqualTo(total);

        // The notice ends (its timers are run now instead of in seven days).
        for (JsonNode job : api.get(Api.ADMIN, "/engine-rest/job?processInstanceId=" + campaign + "&activityId=Timer_StreetNoticeEnds").json()) {
            assertThat(api.post(Api.ADMIN, "/engine-rest/job/" + job.path("id").asText() + "/execute", Map.of()).status()).isEqualTo(204);
        }
        for (String hr : List.of("easthr", "westhr")) {
            for (JsonNode task : tasks(hr, "Task_RenewContract")) {
                // 《劳动合同法》第十四条: open-ended where the table requires it, else a further fixed term.
                boolean openEnded = api.get(hr, "/engine-rest/task/" + task.path("id").asText()
                        + "/variables/openEndedRequired").json().path("value").asBoolean();
                complete(hr, task, openEnded ? Map.of("contractKind", "OPEN_ENDED")
                        : Map.of("contractKind", "FIXED_TERM", "newContractEnd", (year + 4) + "-12-31"));
            }
        }
        String today = java.time.LocalDate.now(cn.communityworkers.system.ClockConfiguration.CHINA).toString();
        for (String hr : List.of("easthr", "westhr")) {        // unqualified staff: training first (Art. 40(2))
            for (JsonNode task : tasks(hr, "Task_ArrangeImprovement")) {
                complete(hr, task, Map.of("improvementMeasure", "TRAINING", "improvementDetail", "业务培训",
                        "improvementStart", today));
            }
        }
        for (String party : List.of("eastparty", "westparty")) {  // unqualified elected members: a talk, never a dismissal
            for (JsonNode task : tasks(party, "Task_AdmonishmentTalk")) {
                complete(party, task, Map.of("admonishedOn", today, "admonishmentNote", "指出问题,限期整改"));
            }
        }
        for (JsonNode task : tasks("countyorganization", "Task_ProposeRecall")) {
            complete("countyorganization", task, Map.of("recallProposed", false, "recallReason", "诫勉谈话后观察一年"));
        }

        assertThat(progress().path("stages").path("APPLIED").asLong()).isEqualTo(total);
        assertThat(api.get(Api.ADMIN, "/engine-rest/history/process-instance/" + campaign).json().path("state").asText())
                .isEqualTo("COMPLETED");
        JsonNode worker = api.get("easthr", "/api/workers/W013").json();
        assertThat(worker.path("assessmentHistory").findValuesAsText("year")).contains(String.valueOf(year));
        // W121: the third year rated QUALIFIED or better since the last step, one level up from 1 January
        JsonNode stepped = api.get("westhr", "/api/workers/W121").json();
        assertThat(stepped.path("gradeLevel").asInt()).isEqualTo(5);
        assertThat(stepped.path("lastGradeStepYear").asInt()).isEqualTo(year);
        JsonNode lastGrade = stepped.path("gradeHistory").get(stepped.path("gradeHistory").size() - 1);
        assertThat(lastGrade.path("effectiveDate").asText()).isEqualTo((year + 1) + "-01-01");
        assertThat(lastGrade.path("reason").asText()).isEqualTo("连续3年考核合格及以上,晋升一级(第4级→第5级)。");
        // W129: at the top of 委员及专职工作人员 (12), four passing years change nothing
        JsonNode top = api.get("westhr", "/api/workers/W129").json();
        assertThat(top.path("gradeLevel").asInt()).isEqualTo(12);
        assertThat(top.path("gradeHistory")).hasSize(1);
    }
}
