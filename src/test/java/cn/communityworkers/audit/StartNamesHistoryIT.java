package cn.communityworkers.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;

import cn.communityworkers.support.Api;
import cn.communityworkers.support.IdCards;
import cn.communityworkers.support.IntegrationTest;
import cn.communityworkers.support.TestUnits;

/**
 * An assessment that a campaign starts keeps no detail rows for the names and the year it starts with
 * ({@link StartNamesHistory}); its trail shows them as a detail row would, and a later change by an administrator keeps
 * the first value in the history and in the trail. The campaign's year, which a person gave its start, keeps its row.
 */
@IntegrationTest
class StartNamesHistoryIT {

    private static final List<String> NAMES = List.of("workerId", "workerName", "communityName", "streetName",
            "year");

    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcTemplate jdbc;
    Api api;
    Drive drive;

    @BeforeEach
    void setUp() {
        api = new Api(rest);
        drive = new Drive(api);
    }

    @Test
    void theNamesAStartIsGivenAreToldByTheirVariablesAndAChangeKeepsTheFirstValue() {
        TestUnits units = TestUnits.create(api, 100_000);
        String county = "cty" + units.county().substring(1);
        drive.user(county, "county" + units.county() + "SocialWork");
        int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
        // In probation: the assessment starts with the scores nobody gives, written by the engine's own handler.
        Map<String, Object> worker = new LinkedHashMap<>(Map.of("idCardNumber", IdCards.of("1990-03-01"), "name", "名甲",
                "birthDate", "1990-03-01", "communityCode", units.community(), "role", "STAFF", "education", "BACHELOR",
                "partyMember", true, "communityWorkSince", "2019-01-01", "contractEnd", (year + 3) + "-12-31",
                "status", "PROBATION"));
        worker.put("probationEnd", LocalDate.now(ZoneId.of("Asia/Shanghai")).plusMonths(3).toString());
        Api.Response registered = api.post(Api.ADMIN, "/api/workers", worker);
        assertThat(registered.status()).as(registered.text()).isEqualTo(201);
        String workerId = registered.json().path("workerId").asText();
        drive.start(county, "assessmentCampaign", Map.of("countyCode", units.county(), "year", year));
        String progress = "/api/assessment-campaigns/" + units.county() + "/" + year;
        drive.await("the assessment started", () -> api.get(county, progress).json().path("started").asInt() == 1);
        String assessment = api.get(Api.ADMIN, "/engine-rest/process-instance?processDefinitionKey=annualAssessment"
                + "&businessKey=A-" + year + "-" + workerId).json().get(0).path("id").asText();

        // The names and the year have a historic variable instance and no detail row; a probationer's scores, which
        // nobody gives, have both.
        for (String name : NAMES) {
            assertThat(details(assessment, name)).as(name).isZero();
            assertThat(jdbc.queryForObject("select count(*) from act_hi_varinst where proc_inst_id_ = ? and name_ = ?",
                    Integer.class, assessment, name)).as(name).isOne();
        }
        assertThat(details(assessment, "politicalScore")).isOne();
        // The campaign's year is a person's: the start by the county's user is their operation, and its check's change
        // of the year in the same transaction finds that creation among the transaction's rows, not written again.
        String campaign = api.get(Api.ADMIN, "/engine-rest/process-instance?processDefinitionKey=assessmentCampaign"
                + "&businessKey=C-" + units.county() + "-" + year).json().get(0).path("id").asText();
        assertThat(jdbc.queryForList("select operation_id_ from act_hi_detail where proc_inst_id_ = ?"
                + " and execution_id_ = proc_inst_id_ and name_ = 'year' and initial_", String.class, campaign))
                .singleElement().isNotNull();

        // The trail shows each once, where the start's values are.
        JsonNode before = trail(assessment);
        assertThat(Drive.written(before, "workerId").asText()).isEqualTo(workerId);
        assertThat(Drive.written(before, "workerName").asText()).isEqualTo("名甲");
        assertThat(Drive.written(before, "communityName").asText()).isNotBlank();
        assertThat(Drive.written(before, "streetName").asText()).isNotBlank();
        assertThat(Drive.written(before, "year").asInt()).isEqualTo(year);
        JsonNode named = writing(before, "workerName").get(0);

        // An administrator corrects the name: the creation's detail is written first, with the first value.
        String workerName = "/engine-rest/process-instance/" + assessment + "/variables/workerName";
        Api.Response corrected = api.put(Api.ADMIN, workerName, Map.of("value", "名乙", "type", "String"));
        assertThat(corrected.status()).as(corrected.text()).isEqualTo(204);
        List<Map<String, Object>> rows = jdbc.queryForList("select text_, sequence_counter_, operation_id_, time_"
                + " from act_hi_detail where proc_inst_id_ = ? and name_ = 'workerName' order by sequence_counter_",
                assessment);
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).containsEntry("TEXT_", "名甲").containsEntry("OPERATION_ID_", null);
        assertThat(rows.get(1)).containsEntry("TEXT_", "名乙");
        assertThat(rows.get(1).get("OPERATION_ID_")).isNotNull();
        assertThat((Date) rows.get(0).get("TIME_")).isBefore((Date) rows.get(1).get("TIME_"));
        // The written creation is the engine's creation of a start's value, as a score's detail shows it (a null).
        String columns = "act_inst_id_, execution_id_, task_id_, proc_def_id_, proc_def_key_, root_proc_inst_id_,"
                + " rev_, sequence_counter_, initial_, operation_id_, tenant_id_, type_";
        assertThat(jdbc.queryForMap("select " + columns + " from act_hi_detail where proc_inst_id_ = ?"
                + " and name_ = 'workerName' and sequence_counter_ = 1", assessment))
                .isEqualTo(jdbc.queryForMap("select " + columns + " from act_hi_detail where proc_inst_id_ = ?"
                        + " and name_ = 'politicalScore'", assessment));
        assertThat(jdbc.queryForObject("select var_type_ from act_hi_detail where proc_inst_id_ = ?"
                + " and name_ = 'workerName' and sequence_counter_ = 1", String.class, assessment)).isEqualTo("string");

        // The trail shows the first value where it did, and the change as the administrator's.
        JsonNode trail = trail(assessment);
        List<JsonNode> writes = writing(trail, "workerName");
        assertThat(writes).hasSize(2);
        assertThat(writes).filteredOn(step -> step.path("id").equals(named.path("id"))).singleElement()
                .satisfies(step -> assertThat(step).isEqualTo(named));
        assertThat(writes).filteredOn(step -> !step.path("id").equals(named.path("id"))).singleElement()
                .satisfies(step -> {
                    assertThat(step.path("values").path("workerName").asText()).isEqualTo("名乙");
                    assertThat(step.path("actor").asText()).isEqualTo(Api.ADMIN);
                });
        assertThat(trail.path("finalVariables").path("workerName").asText()).isEqualTo("名乙");

        // A second change finds the creation written and writes only its own detail.
        assertThat(api.put(Api.ADMIN, workerName, Map.of("value", "名丙", "type", "String")).status()).isEqualTo(204);
        assertThat(details(assessment, "workerName")).isEqualTo(3);
    }

    private int details(String instance, String name) {
        return jdbc.queryForObject("select count(*) from act_hi_detail where proc_inst_id_ = ? and name_ = ?",
                Integer.class, instance, name);
    }

    private JsonNode trail(String instance) {
        Api.Response view = api.get(Drive.AUDITOR, "/api/audit/process-instances/" + instance);
        assertThat(view.status()).as(view.text()).isEqualTo(200);
        return view.json().path("trail");
    }

    /** The steps that wrote a variable. */
    private static List<JsonNode> writing(JsonNode trail, String name) {
        List<JsonNode> found = new ArrayList<>();
        trail.path("steps").forEach(step -> {
            if (step.path("values").has(name)) {
                found.add(step);
            }
        });
        return found;
    }
}
