package cn.communityworkers.training;

import static cn.communityworkers.support.Api.variables;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
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
 * Training records over HTTP as the personnel offices, with the attacks; and the yearly check's tasks as the real
 * users of a county's street and county departments, and the demo county's check as its street offices see it.
 */
@IntegrationTest
class TrainingIT {

    static final LocalDate TODAY = LocalDate.now(ClockConfiguration.CHINA);

    @Autowired TestRestTemplate rest;
    @Autowired IdentityService identityService;
    @Autowired TrainingChecks checks;
    Api api;
    TestUnits units;
    String streetHr;
    String socialWork;
    String workerId;

    @BeforeEach
    void setUp() {
        api = new Api(rest);
        units = TestUnits.create(api, 100_000);
        streetHr = units.user(identityService, "hr", UnitGroups.streetHr(units.street()));
        socialWork = units.user(identityService, "sw", UnitGroups.countySocialWork(units.county()));
        Api.Response registered = api.post(Api.ADMIN, "/api/workers", Map.of("name", "培训测试", "idCardNumber", IdCards.of("1985-01-01"),
                "birthDate", "1985-01-01", "communityCode", units.community(), "role", "SECRETARY", "education", "BACHELOR",
                "communityWorkSince", "2015-01-01"));
        assertThat(registered.status()).as(registered.text()).isEqualTo(201);
        workerId = registered.json().path("workerId").asText();
    }

    Map<String, Object> training(String course, Object level, Object hours, Object completedOn) {
        Map<String, Object> training = new HashMap<>();
        training.put("course", course);
        training.put("level", level);
        training.put("hours", hours);
        training.put("completedOn", completedOn);
        return training;
    }

    String trainings() {
        return "/api/workers/" + workerId + "/trainings";
    }

    @Test
    void theStreetPersonnelOfficeRecordsTrainingsShownWithTheWorker() {
        LocalDate lastYear = TODAY.minusYears(1);
        Api.Response recorded = api.post(streetHr, trainings(), training("社区党组织书记示范培训班", "COUNTY", 24,
                lastYear.toString()));
        assertThat(recorded.status()).as(recorded.text()).isEqualTo(201);
        assertThat(recorded.json().path("levelName").asText()).isEqualTo("县级");
        assertThat(recorded.json().path("recordedBy").asText()).isEqualTo(streetHr);
        assertThat(api.post(socialWork, trainings(), training("全省书记轮训", "PROVINCE", 40, TODAY.toString())).status())
                .as("the county's department too").isEqualTo(201);

        JsonNode shown = api.get(streetHr, trainings()).json();
        assertThat(shown).hasSize(2);
        assertThat(shown.get(0).path("course").asText()).isEqualTo("全省书记轮训");
        assertThat(shown.get(1).path("completedOn").asText()).isEqualTo(lastYear.toString());
        assertThat(shown.get(1).path("hours").asInt()).isEqualTo(24);

        Api.Response again = api.post(streetHr, trainings(), training("社区党组织书记示范培训班", "COUNTY", 24,
                lastYear.toString()));
        assertThat(again.status()).as("the same training twice").isEqualTo(409);
    }

    @Test
    void anotherStreetsOfficeNeitherRecordsNorReadsAndAnUnknownWorkerIsNotFound() {
        Map<String, Object> good = training("社区治理培训", "STREET", 8, TODAY.toString());

        assertThat(api.post("westhr", trainings(), good).status()).isEqualTo(403);
        assertThat(api.post("easthr", trainings(), good).status()).isEqualTo(403);
        assertThat(api.post("auditor", trainings(), good).status()).isEqualTo(403);
        assertThat(api.get("westhr", trainings()).status()).isEqualTo(403);
        assertThat(api.post(Api.ADMIN, "/api/workers/NOSUCH/trainings", good).status()).isEqualTo(404);
        assertThat(api.get(streetHr, trainings()).json()).isEmpty();
    }

    @Test
    void badInputIsRefusedNamingEachFieldInChineseAndNothingIsRecorded() {
        Api.Response refused = api.post(streetHr, trainings(), training(" ", "PROVINCIAL", 0,
                TODAY.plusDays(1).toString()));

        assertThat(refused.status()).as(refused.text()).isEqualTo(400);
        assertThat(refused.headers().getContentType().toString()).contains("application/problem+json");
        assertThat(refused.json().path("violations").findValuesAsText("field"))
                .containsExactlyInAnyOrder("course", "level", "hours", "completedOn");
        assertThat(refused.text()).contains("培训课程", "培训层级", "县级", "培训学时", "不能晚于今天");
        Api.Response badDate = api.post(streetHr, trainings(), training("社区治理培训", "CITY", 8, "2026-13-01"));
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(badDate.json().path("violations").findValuesAsText("field")).containsExactly("completedOn");
        Api.Response unknown = api.post(streetHr, trainings(), Map.of("course", "x", "level", "CITY", "hours", 8,
                "completedOn", TODAY.toString(), "recordedBy", "someoneElse"));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.text()).contains("recordedBy");
        assertThat(api.get(streetHr, trainings()).json()).isEmpty();
    }

    @Test
    void aCsvFileOfTrainingsIsRecordedAllOrNone() {
        String header = "workerId,course,level,hours,completedOn\n";
        Api.Response bad = api.postCsv(streetHr, "/api/trainings/import", header
                + workerId + ",社区治理培训,COUNTY,8," + TODAY + "\n"
                + "NOSUCH,社区治理培训,COUNTY,8," + TODAY + "\n"
                + workerId + ",应急处突培训,TOWN,半天," + TODAY.plusDays(3) + "\n"
                + workerId + ",社区治理培训,COUNTY,8," + TODAY + "\n");

        assertThat(bad.status()).as(bad.text()).isEqualTo(400);
        JsonNode problems = bad.json().path("violations");
        assertThat(problems.findValuesAsText("field")).containsExactlyInAnyOrder("workerId", "level", "hours",
                "completedOn", "completedOn");
        assertThat(problems.findValuesAsText("row")).hasSize(5).doesNotContain("2");
        assertThat(bad.text()).contains("找不到编号为", "培训层级", "须为整数", "不能晚于今天", "在文件中重复");
        assertThat(api.get(streetHr, trainings()).json()).as("nothing recorded").isEmpty();

        String good = header + workerId + ",社区治理培训,COUNTY,8," + TODAY + "\n"
                + workerId + ",应急处突培训,STREET,4," + TODAY.minusYears(1) + "\n";
        assertThat(api.postCsv("westhr", "/api/trainings/import", good).status()).isEqualTo(403);
        Api.Response imported = api.postCsv(streetHr, "/api/trainings/import", good);
        assertThat(imported.status()).as(imported.text()).isEqualTo(201);
        assertThat(imported.json().path("imported").asInt()).isEqualTo(2);
        assertThat(api.get(streetHr, trainings()).json().findValuesAsText("course"))
                .containsExactly("社区治理培训", "应急处突培训");
    }

    @Test
    void theCheckGoesToTheStreetThenTheCountyAsTheirUsers() {
        String instance = checks.startOnce(units.county(), TODAY.getYear()).orElseThrow();

        assertThat(api.get("westhr", "/engine-rest/task?processInstanceId=" + instance).json()).isEmpty();
        JsonNode tasks = api.get(streetHr, "/engine-rest/task?processInstanceId=" + instance).json();
        assertThat(tasks).hasSize(1);
        String task = tasks.get(0).path("id").asText();
        assertThat(api.get(streetHr, "/engine-rest/task/" + task + "/deployed-form").json().path("id").asText())
                .isEqualTo("training-arrangement");
        JsonNode shown = api.get(streetHr, "/engine-rest/task/" + task + "/form-variables").json();
        assertThat(shown.path("dueWorkers").path("value").asText()).contains("培训测试", "社区党组织书记", "最近培训:无");

        Map<String, Object> answer = new HashMap<>(Map.of("trainingPlan", "参加县委组织部书记示范培训班",
                "plannedOn", TODAY.plusDays(7).toString()));
        assertThat(api.post("westhr", "/engine-rest/task/" + task + "/complete", variables(answer)).status())
                .isIn(403, 404);
        Map<String, Object> forged = new HashMap<>(answer);
        forged.put("anyDue", false);
        Api.Response refusedForged = api.post(streetHr, "/engine-rest/task/" + task + "/complete", variables(forged));
        assertThat(refusedForged.status()).as(refusedForged.text()).isEqualTo(400);
        assertThat(refusedForged.text()).contains("anyDue");
        Api.Response past = api.post(streetHr, "/engine-rest/task/" + task + "/submit-form", variables(Map.of(
                "trainingPlan", "补训", "plannedOn", TODAY.minusDays(1).toString())));
        assertThat(past.status()).as(past.text()).isEqualTo(400);
        assertThat(past.text()).contains("plannedOn", "计划培训日期", "不能早于今天");
        assertThat(api.post(streetHr, "/engine-rest/task/" + task + "/complete", variables(answer)).status())
                .isEqualTo(204);

        JsonNode countyTasks = api.get(socialWork, "/engine-rest/task?processInstanceId=" + instance).json();
        assertThat(countyTasks).hasSize(1);
        String review = countyTasks.get(0).path("id").asText();
        assertThat(api.get(socialWork, "/engine-rest/task/" + review + "/form-variables").json().path("summary")
                .path("value").asText()).contains("测试街道:应培训 1 人", "参加县委组织部书记示范培训班", "经办:hr(" + units.county() + ")");
        assertThat(api.post(streetHr, "/engine-rest/task/" + review + "/complete", variables(Map.of())).status())
                .isIn(403, 404);
        assertThat(api.post(socialWork, "/engine-rest/task/" + review + "/complete",
                variables(Map.of("countyRemarks", "按计划实施"))).status()).isEqualTo(204);

        assertThat(api.get(Api.ADMIN, "/engine-rest/history/process-instance/" + instance).json().path("state")
                .asText()).isEqualTo("COMPLETED");
        assertThat(checks.startOnce(units.county(), TODAY.getYear())).as("once a year").isEmpty();
    }

    @Test
    void nobodyStartsACheckByHandAndTheDemoCountysStreetsHaveTheirTasks() {
        assertThat(api.post("easthr", "/engine-rest/process-definition/key/trainingCheck/start", variables(Map.of()))
                .status()).isEqualTo(403);
        assertThat(api.post(Api.ADMIN, "/engine-rest/process-definition/key/trainingCheck/start",
                Map.of("businessKey", TrainingCheckProcess.businessKey(units.county(), TODAY.getYear()))).status())
                .isEqualTo(403);

        assertThat(api.get("easthr", "/engine-rest/task?processDefinitionKey=trainingCheck").json()).hasSize(1);
        assertThat(api.get("westhr", "/engine-rest/task?processDefinitionKey=trainingCheck").json()).hasSize(1);
        assertThat(api.get("eastparty", "/engine-rest/task?processDefinitionKey=trainingCheck").json()).isEmpty();
    }
}
