package cn.communityworkers.audit;

import static cn.communityworkers.audit.Drive.actors;
import static cn.communityworkers.audit.Drive.decisions;
import static cn.communityworkers.audit.Drive.step;
import static cn.communityworkers.audit.Drive.steps;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import cn.communityworkers.support.Api;
import cn.communityworkers.support.IdCards;
import cn.communityworkers.support.IntegrationTest;
import cn.communityworkers.support.TestUnits;
import cn.communityworkers.system.ClockConfiguration;

/**
 * For a finished instance of each process, driven here as the demo users over HTTP, the auditor's trail names every
 * person and every decision exactly as the test did them, with the values each submitted.
 */
@IntegrationTest
class AuditTrailIT {

    static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    TestRestTemplate rest;
    Api api;
    Drive drive;

    @BeforeEach
    void setUp() {
        api = new Api(rest);
        drive = new Drive(api);
    }

    @Test
    void secondment() {
        LocalDate start = LocalDate.now(ClockConfiguration.CHINA).plusDays(40);
        String instance = drive.start("easthr", "secondment", Map.of("workerId", "W015",
                "borrowingOrganization", "东城街道党政办", "borrowingOrgLevel", "STREET", "borrowingOrgType", "PARTY_GOVERNMENT_ORGAN",
                "startDate", start.toString(), "endDate", start.plusMonths(1).toString(), "purpose", "审计测试"));
        drive.complete("chunhui", drive.onlyTask("chunhui", instance, "Task_GiveCommunityOpinion"),
                Map.of("communityAgrees", true, "communityOpinion", "同意借调"));
        drive.complete("eastparty", drive.onlyTask("eastparty", instance, "Task_ReviewAtStreet"), Map.of("streetApproves", true));
        drive.complete("countysocialwork", drive.onlyTask("countysocialwork", instance, "Task_ApproveAtCounty"),
                Map.of("countyApproves", true, "countyOpinion", "准予借调"));
        assertThat(api.post(Api.ADMIN, "/engine-rest/message", Map.of("messageName", "SecondmentEndedEarly",
                "businessKey", "S-W015-" + start)).status()).isIn(200, 204);
        drive.complete("easthr", drive.onlyTask("easthr", instance, "Task_ConfirmReturn"), Map.of("returnNote", "已返岗"));

        JsonNode trail = drive.sealedTrail(instance).path("trail");
        assertThat(trail.path("businessKey").asText()).isEqualTo("S-W015-" + start);
        // (The engine does not record who sent the message that ended the secondment: no person is named for it.)
        assertThat(actors(trail)).containsExactlyInAnyOrder("chunhui", "countysocialwork", "eastparty", "easthr");
        JsonNode started = trail.path("steps").get(0);
        assertThat(started.path("kind").asText()).isEqualTo("START");
        assertThat(started.path("actor").asText()).isEqualTo("easthr");
        assertThat(started.path("values").path("borrowingOrganization").asText()).isEqualTo("东城街道党政办");
        assertPerson(trail, "Task_GiveCommunityOpinion", "chunhui", "community990101001001Party",
                Map.of("communityAgrees", true, "communityOpinion", "同意借调"));
        assertPerson(trail, "Task_ReviewAtStreet", "eastparty", "street990101001Party", Map.of("streetApproves", true));
        assertPerson(trail, "Task_ApproveAtCounty", "countysocialwork", "county990101SocialWork",
                Map.of("countyApproves", true, "countyOpinion", "准予借调"));
        assertPerson(trail, "Task_ConfirmReturn", "easthr", "street990101001Hr", Map.of("returnNote", "已返岗"));

        assertThat(decisions(trail)).containsExactly("secondmentEligibility");
        JsonNode decision = step(trail, "Task_CheckEligibility").path("decisions").get(0);
        assertThat(decision.path("matchedRules").get(0).asText()).isNotBlank();
        assertThat(decision.path("inputs").findValuesAsText("value")).contains("STREET", "ACTIVE");
        assertThat(decision.path("outputs").findValues("value").stream().map(JsonNode::asText)).contains("true");
        assertThat(step(trail, "Event_SecondmentEndedEarly").path("endTime").asText()).isNotBlank();
        assertTimeOrder(trail);
    }

    @Test
    void recruitmentAndTheProbationOfItsHire() {
        String instance = drive.start("easthr", "recruitment", Map.of("streetCode", "990101001", "positions", 1));
        drive.complete("countysocialwork", drive.onlyTask("countysocialwork", instance, "Task_ApproveRecruitmentPlan"),
                Map.of("planApproved", true, "comment", "同意"));
        Map<String, String> applicants = new HashMap<>();
        for (String[] person : new String[][] {{"审甲", "1996-04-02", "BACHELOR"}, {"审乙", "1970-01-01", "HIGH_SCHOOL"}}) {
            Api.Response applied = api.post("easthr", "/api/recruitments/" + instance + "/applications",
                    Map.of("idCardNumber", IdCards.of(person[1]), "name", person[0], "birthDate", person[1], "education", person[2], "partyMember", true));
            assertThat(applied.status()).as(applied.text()).isEqualTo(201);
            applicants.put(applied.json().path("applicantId").asText(), person[0]);
        }
        drive.runJobs(instance, "Timer_ApplicationsClose");
        for (JsonNode review : drive.tasks("easthr", instance, "Task_ReviewEligibility")) {
            String applicant = api.get("easthr", "/engine-rest/task/" + review.path("id").asText() + "/variables/applicantId")
                    .json().path("value").asText();
            drive.complete("easthr", review.path("id").asText(), applicants.get(applicant).equals("审甲")
                    ? Map.of("eligible", true) : Map.of("eligible", false, "ineligibleReason", "年龄和学历不符合条件"));
        }
        drive.complete("easthr", drive.onlyTask("easthr", instance, "Task_RecordExamScores"),
                Map.of("writtenScore", 81, "interviewScore", 77));
        drive.complete("eastparty", drive.onlyTask("eastparty", instance, "Task_VetCandidate"),
                Map.of("vettingPassed", true, "vettingNote", "无问题"));
        drive.complete("easthr", drive.onlyTask("easthr", instance, "Task_RecordMedicalExam"), Map.of("medicalPassed", true));
        drive.runJobs(instance, "Timer_NoticeEnds");

        JsonNode trail = drive.sealedTrail(instance).path("trail");
        // The administrator ran the two timers' jobs (the closing of applications and the end of the notice).
        assertThat(actors(trail)).containsExactlyInAnyOrder("countysocialwork", "eastparty", "easthr", Api.ADMIN);
        assertPerson(trail, "Task_ApproveRecruitmentPlan", "countysocialwork", "county990101SocialWork",
                Map.of("planApproved", true, "comment", "同意"));
        List<JsonNode> reviews = steps(trail, "Task_ReviewEligibility");
        assertThat(reviews).extracting(r -> r.path("completedBy").asText()).containsExactly("easthr", "easthr");
        assertThat(reviews).extracting(r -> r.path("values").path("eligible").asBoolean()).containsExactlyInAnyOrder(true, false);
        assertThat(reviews).extracting(r -> r.path("values").path("ineligibleReason").asText(""))
                .contains("年龄和学历不符合条件");
        assertPerson(trail, "Task_RecordExamScores", "easthr", "street990101001Hr", Map.of("writtenScore", 81, "interviewScore", 77));
        assertPerson(trail, "Task_VetCandidate", "eastparty", "street990101001Party",
                Map.of("vettingPassed", true, "vettingNote", "无问题"));
        assertPerson(trail, "Task_RecordMedicalExam", "easthr", "street990101001Hr", Map.of("medicalPassed", true));
        // Grading the hire (from the registry's rules) is a decision of the recruitment, as are its inputs.
        // initialGrade requires the category's range and the points (post-grades.dmn): all three are in the trail
        assertThat(decisions(trail)).containsExactlyInAnyOrder("gradeRange", "initialGradePoints", "initialGrade", "payCoefficient");
        assertThat(step(trail, "Task_HireCandidates").path("decisions").get(0).path("matchedRules")).isNotEmpty();
        assertTimeOrder(trail);

        // The one hire's probation: the community evaluates, the street decides.
        JsonNode probations = api.get(Api.ADMIN,
                "/engine-rest/process-instance?processDefinitionKey=probation&variables=workerName_eq_审甲").json();
        assertThat(probations).hasSize(1);
        String workerId = probations.get(0).path("businessKey").asText();
        String probation = probations.get(0).path("id").asText();
        drive.runJobs(probation, "Timer_EvaluationDue");
        drive.complete("chunhui", drive.onlyTask("chunhui", probation, "Task_EvaluateProbation"),
                Map.of("probationRating", "QUALIFIED", "comment", "表现良好"));
        drive.complete("eastparty", drive.onlyTask("eastparty", probation, "Task_DecideProbation"), Map.of("probationPassed", true));

        JsonNode probationTrail = drive.sealedTrail(probation).path("trail");
        assertThat(actors(probationTrail)).containsExactlyInAnyOrder("chunhui", "eastparty", Api.ADMIN);
        assertPerson(probationTrail, "Task_EvaluateProbation", "chunhui", "community990101001001Party",
                Map.of("probationRating", "QUALIFIED", "comment", "表现良好"));
        assertPerson(probationTrail, "Task_DecideProbation", "eastparty", "street990101001Party", Map.of("probationPassed", true));
        assertThat(decisions(probationTrail)).isEqualTo(List.of());
        assertThat(step(probationTrail, "EndEvent_WorkerConfirmed").path("endTime").asText()).isNotBlank();

        // The worker's audit: the recruitment that hired them, their probation, the change to ACTIVE.
        JsonNode worker = api.get(Drive.AUDITOR, "/api/audit/workers/" + workerId).json();
        assertThat(worker.path("processes").findValuesAsText("id")).contains(instance, probation);
        assertThat(worker.path("changes")).anySatisfy(change -> {
            assertThat(change.path("attribute").asText()).isEqualTo("STATUS");
            assertThat(change.path("newValue").asText()).isEqualTo("ACTIVE");
            assertThat(change.path("processInstanceId").asText()).isEqualTo(probation);
            assertThat(change.path("trail").asText()).isEqualTo("/api/audit/process-instances/" + probation);
        });
    }

    @Test
    void assessmentCampaignAndAnnualAssessmentWithAnOverride() throws Exception {
        TestUnits units = TestUnits.create(api, 100_000);
        String tag = units.county().substring(1);
        String county = "cty" + tag;
        String street = "str" + tag;
        String community = "com" + tag;
        drive.user(county, "county" + units.county() + "SocialWork");
        drive.user(street, "street" + units.street() + "Party");
        drive.user(community, "community" + units.community() + "Party");
        int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
        List<String> workers = new ArrayList<>();
        for (String name : List.of("考甲", "考乙")) {
            Map<String, Object> worker = new HashMap<>(Map.of("idCardNumber", IdCards.of("1988-05-01"), "name", name, "birthDate", "1988-05-01",
                    "communityCode", units.community(), "role", "STAFF", "education", "BACHELOR", "partyMember", true,
                    "communityWorkSince", "2018-01-01", "contractEnd", (year + 3) + "-12-31"));
            if (name.equals("考甲")) {   // two QUALIFIED years since the last step: this year's makes a step
                worker.put("assessmentHistory", List.of(Map.of("year", year - 1, "rating", "QUALIFIED"),
                        Map.of("year", year - 2, "rating", "QUALIFIED")));
                worker.put("lastGradeStepYear", year - 3);
            }
            Api.Response registered = api.post(Api.ADMIN, "/api/workers", worker);
            assertThat(registered.status()).as(registered.text()).isEqualTo(201);
            workers.add(registered.json().path("workerId").asText());
        }
        String campaign = drive.start(county, "assessmentCampaign", Map.of("countyCode", units.county(), "year", year));
        String progress = "/api/assessment-campaigns/" + units.county() + "/" + year;
        drive.await("both assessments started", () -> api.get(county, progress).json().path("started").asInt() == 2);
        Api.Response survey = api.postCsv(county, progress + "/satisfaction",
                "workerId,score\n" + workers.get(0) + ",85\n" + workers.get(1) + ",85\n");
        assertThat(survey.status()).as(survey.text()).isEqualTo(200);
        Map<String, String> assessments = new HashMap<>();
        for (String workerId : workers) {
            String assessment = api.get(Api.ADMIN, "/engine-rest/process-instance?processDefinitionKey=annualAssessment&businessKey=A-"
                    + year + "-" + workerId).json().get(0).path("id").asText();
            assessments.put(workerId, assessment);
            int score = workerId.equals(workers.get(0)) ? 96 : 80;
            drive.complete(community, drive.onlyTask(community, assessment, "Task_ScoreWorker"),
                    Map.of("politicalScore", score, "performanceScore", score));
        }
        drive.await("the street's ratings", () -> !drive.tasks(street, campaign, "Task_ConfirmStreetRatings").isEmpty());
        String confirm = drive.onlyTask(street, campaign, "Task_ConfirmStreetRatings");
        JsonNode shown = api.get(street, "/engine-rest/task/" + confirm + "/variables/ratings?deserializeValue=false").json().path("value");
        ArrayNode ratings = (ArrayNode) (shown.isTextual() ? JSON.readTree(shown.asText()) : shown);
        // Two rated: no place for EXCELLENT, so the street's proposal for the first is QUALIFIED, with the reason; the
        // committee rates the second below the proposal, with its own.
        String reason = "年度内两次工作失误";
        ArrayNode submitted = JSON.createArrayNode();
        for (JsonNode line : ratings) {
            boolean first = line.path("workerId").asText().equals(workers.get(0));
            if (first) {
                assertThat(line.path("proposedRating").asText()).isEqualTo("QUALIFIED");
                assertThat(line.path("proposalReason").asText()).contains("超出本街道优秀名额 0 个");
            }
            submitted.addObject().put("workerId", line.path("workerId").asText())
                    .put("rating", first ? "QUALIFIED" : "BASICALLY_QUALIFIED").put("overrideReason", first ? "" : reason);
        }
        Api.Response confirmed = api.post(street, "/engine-rest/task/" + confirm + "/complete", Map.of("variables",
                Map.of("ratings", Map.of("value", JSON.writeValueAsString(submitted), "type", "Json"))));
        assertThat(confirmed.status()).as(confirmed.text()).isEqualTo(204);
        drive.runJobs(campaign, "Timer_StreetNoticeEnds");
        drive.await("the campaign's end", () -> "COMPLETED".equals(api.get(Api.ADMIN,
                "/engine-rest/history/process-instance/" + campaign).json().path("state").asText()));

        JsonNode campaignTrail = drive.sealedTrail(campaign).path("trail");
        assertThat(actors(campaignTrail)).containsExactlyInAnyOrder(county, street, Api.ADMIN);
        JsonNode confirmation = step(campaignTrail, "Task_ConfirmStreetRatings");
        assertThat(confirmation.path("completedBy").asText()).isEqualTo(street);
        assertThat(confirmation.path("candidateGroups")).extracting(JsonNode::asText).containsExactly("street" + units.street() + "Party");
        assertThat(confirmation.path("overrides")).hasSize(1);
        assertThat(confirmation.path("overrides").get(0).path("reason").asText()).isEqualTo(reason);
        assertThat(confirmation.path("overrides").get(0).path("values").path("workerId").asText()).isEqualTo(workers.get(1));
        assertThat(confirmation.path("overrides").get(0).path("values").path("rating").asText()).isEqualTo("BASICALLY_QUALIFIED");
        assertThat(decisions(campaignTrail)).isEqualTo(List.of());

        JsonNode trail = drive.sealedTrail(assessments.get(workers.get(0))).path("trail");
        assertThat(actors(trail)).containsExactly(community);
        assertPerson(trail, "Task_ScoreWorker", community, "community" + units.community() + "Party",
                Map.of("politicalScore", 96, "performanceScore", 96));
        // the grade step requires the category's range; applying it keeps within the range and looks up the pay
        assertThat(decisions(trail)).containsExactly("weightedTotalScore", "disciplinaryActionEffect", "assessmentRating",
                "gradeRange", "gradeStep", "gradeAdjustment", "gradeRange", "payCoefficient");
        JsonNode gradeStep = step(trail, "Task_DecideGradeStep").path("decisions").get(1);
        assertThat(gradeStep.path("decisionKey").asText()).isEqualTo("gradeStep");
        assertThat(gradeStep.path("matchedRules").get(0).asText()).isEqualTo("Rule_ThreePassingYears");
        assertThat(gradeStep.path("outputs").findValuesAsText("value")).contains("1");
        JsonNode proposal = step(trail, "Task_ProposeRating");
        assertThat(proposal.path("decisions").findValuesAsText("decisionKey")).containsExactly("weightedTotalScore",
                "disciplinaryActionEffect", "assessmentRating");
        assertThat(proposal.path("decisions").get(2).path("outputs").findValuesAsText("value")).contains("EXCELLENT");
        List<JsonNode> proposed = new ArrayList<>();
        trail.path("steps").forEach(s -> {
            if (s.path("values").has("proposedRating")) {
                proposed.add(s);
            }
        });
        assertThat(proposed).singleElement().satisfies(s -> {
            assertThat(s.path("values").path("proposedRating").asText()).isEqualTo("EXCELLENT");
            assertThat(s.path("time").asText()).isGreaterThanOrEqualTo(proposal.path("time").asText());
        });
        // The rules' EXCELLENT was not the street's proposal: the worker's trail says why (the quota), with no override.
        List<JsonNode> overrides = new ArrayList<>();
        trail.path("steps").forEach(s -> s.path("overrides").forEach(overrides::add));
        assertThat(overrides).isEmpty();
        assertThat(trail.path("steps").findValues("proposalReason").toString()).contains("超出本街道优秀名额 0 个");
        JsonNode adjustment = step(trail, "Task_AdjustGrade").path("decisions").get(0);
        assertThat(adjustment.path("inputs").findValuesAsText("value")).contains("QUALIFIED");
        assertThat(adjustment.path("matchedRules")).isNotEmpty();
        assertTimeOrder(trail);

        // The worker's audit: this assessment and the grade and pay changes it made, linked to it and its decision.
        JsonNode worker = api.get(Drive.AUDITOR, "/api/audit/workers/" + workers.get(0)).json();
        assertThat(worker.path("processes").findValuesAsText("id")).contains(assessments.get(workers.get(0)));
        assertThat(worker.path("changes")).filteredOn(c -> c.path("attribute").asText().equals("GRADE")
                && c.path("processInstanceId").asText().equals(assessments.get(workers.get(0)))).singleElement()
                .satisfies(change -> {
                    assertThat(change.path("processInstanceId").asText()).isEqualTo(assessments.get(workers.get(0)));
                    assertThat(change.path("decisions").findValuesAsText("id")).contains(gradeStep.path("id").asText());
                    assertThat(change.path("reason").asText()).isEqualTo("连续3年考核合格及以上,晋升一级(第4级→第5级)。");
                });
    }

    static void assertPerson(JsonNode trail, String activityId, String user, String group, Map<String, Object> submitted) {
        JsonNode task = step(trail, activityId);
        assertThat(task.path("kind").asText()).isEqualTo("TASK");
        assertThat(task.path("actor").asText()).as(activityId).isEqualTo(user);
        assertThat(task.path("completedBy").asText()).as(activityId).isEqualTo(user);
        assertThat(task.path("candidateGroups")).extracting(JsonNode::asText).as(activityId).containsExactly(group);
        submitted.forEach((name, value) -> {
            JsonNode recorded = task.path("values").path(name);
            if (value instanceof Number number) {
                assertThat(recorded.isNumber() && recorded.asDouble() == number.doubleValue()).as(activityId + " " + name + " " + recorded).isTrue();
            } else {
                assertThat(recorded.asText()).as(activityId + " " + name).isEqualTo(String.valueOf(value));
            }
        });
        assertThat(task.path("values").size()).as(activityId + " submitted " + task.path("values")).isEqualTo(submitted.size());
    }

    static void assertTimeOrder(JsonNode trail) {
        List<String> times = new ArrayList<>();
        trail.path("steps").forEach(s -> times.add(s.path("time").asText()));
        assertThat(times).isSorted();
    }
}
