package cn.communityworkers.workforce;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.fasterxml.jackson.databind.JsonNode;

import cn.communityworkers.support.Api;
import cn.communityworkers.support.IdCards;
import cn.communityworkers.support.IntegrationTest;
import cn.communityworkers.support.TestUnits;
import cn.communityworkers.system.ClockConfiguration;

/** Recording disciplinary actions and investigations over HTTP, as the demo county's offices. */
@IntegrationTest
class DisciplinaryActionsIT {

    static final String EAST_COMMUNITY = "990101001002";

    @Autowired TestRestTemplate rest;
    @Autowired JdbcClient jdbc;
    Api api;
    String workerId;

    @BeforeEach
    void setUp() {
        api = new Api(rest);
        workerId = "D" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> worker = new HashMap<>();
        worker.put("workerId", workerId);
        worker.put("name", "处分测试");
        worker.put("idCardNumber", IdCards.of("1990-05-01"));
        worker.put("birthDate", "1990-05-01");
        worker.put("communityCode", EAST_COMMUNITY);
        worker.put("role", "STAFF");
        worker.put("education", "BACHELOR");
        worker.put("communityWorkSince", "2018-03-01");
        // Left the headcount at once, so that the demo county's counts stay as described.
        worker.put("status", "TERMINATED");
        assertThat(api.post("easthr", "/api/workers", worker).status()).isEqualTo(201);
    }

    /** The application's today: the China date. */
    static LocalDate today() {
        return LocalDate.now(ClockConfiguration.CHINA);
    }

    Map<String, Object> action(String type, LocalDate decidedOn) {
        Map<String, Object> action = new HashMap<>();
        action.put("type", type);
        action.put("decidedOn", decidedOn == null ? null : decidedOn.toString());
        action.put("decidedBy", "东城街道党工委");
        action.put("reason", "多次无故缺席值班");
        return action;
    }

    @Test
    void theStreetPersonnelOfficeRecordsAnActionShownWithItsPeriodAndAudited() {
        LocalDate decided = today().minusDays(10);
        Api.Response recorded = api.post("easthr", "/api/workers/" + workerId + "/disciplinary-actions",
                action("WARNING", decided));

        assertThat(recorded.status()).as(recorded.text()).isEqualTo(201);
        JsonNode shown = api.get("eastparty", "/api/workers/" + workerId).json().path("disciplinaryActions");
        assertThat(shown).hasSize(1);
        assertThat(shown.get(0).path("type").asText()).isEqualTo("WARNING");
        assertThat(shown.get(0).path("typeName").asText()).isEqualTo("警告");
        assertThat(shown.get(0).path("decidedOn").asText()).isEqualTo(decided.toString());
        // 6 months (disciplinaryActionEffect): in effect up to the day before decided + 6 months
        assertThat(shown.get(0).path("effectiveUntil").asText()).isEqualTo(decided.plusMonths(6).minusDays(1).toString());
        assertThat(shown.get(0).path("inEffect").asBoolean()).isTrue();
        assertThat(jdbc.sql("select reason from worker_change where worker_id = :w and attribute = 'DISCIPLINARY_ACTION'")
                .param("w", workerId).query(String.class).list())
                .containsExactly("东城街道党工委决定给予警告处分:多次无故缺席值班");

        Api.Response twice = api.post("easthr", "/api/workers/" + workerId + "/disciplinary-actions",
                action("WARNING", decided));
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.violations()).containsExactly("decidedOn unique");
    }

    @Test
    void aBadActionIsRefusedNamingEachFieldInChineseAndNothingIsWritten() {
        Map<String, Object> bad = action("REPRIMAND", today().plusDays(1));
        bad.put("decidedBy", " ");
        bad.remove("reason");
        Api.Response refused = api.post("easthr", "/api/workers/" + workerId + "/disciplinary-actions", bad);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.violations()).containsExactly("type one-of", "decidedOn not-future", "decidedBy required",
                "reason required");
        assertThat(refused.json().path("violations").get(0).path("message").asText())
                .isEqualTo("处分种类只能是 WARNING(警告)、DEMERIT(记过)、MAJOR_DEMERIT(记大过)、DEMOTION(降级)、REMOVAL(撤职)");
        Api.Response early = api.post("easthr", "/api/workers/" + workerId + "/disciplinary-actions",
                action("DEMERIT", LocalDate.of(2018, 2, 28)));
        assertThat(early.violations()).containsExactly("decidedOn after-work-start");
        assertThat(api.get(Api.ADMIN, "/api/workers/" + workerId).json().path("disciplinaryActions")).isEmpty();
    }

    @Test
    void onlyThePersonnelOfficesOfTheWorkersStreetAndCountyRecordActions() {
        // An auditor reads the worker with the actions' periods (read from the table, nothing recorded).
        assertThat(api.get("auditor", "/api/workers/" + workerId).status()).isEqualTo(200);
        String path = "/api/workers/" + workerId + "/disciplinary-actions";
        assertThat(api.post("westhr", path, action("WARNING", today())).status()).isEqualTo(403);
        assertThat(api.post("eastparty", path, action("WARNING", today())).status()).isEqualTo(403);
        assertThat(api.post("auditor", path, action("WARNING", today())).status()).isEqualTo(403);
        assertThat(api.post("countyhrss", path, action("DEMERIT", today())).status()).isEqualTo(201);
        assertThat(api.post("easthr", "/api/workers/nobody/disciplinary-actions", action("WARNING", today()))
                .status()).isEqualTo(404);
    }

    @Test
    void theCountyOrganisationDepartmentPutsAWorkerUnderInvestigationWithAReason() {
        String path = "/api/workers/" + workerId + "/investigation";
        assertThat(api.put("easthr", path, Map.of("underInvestigation", true, "reason", "县纪委监委立案")).status())
                .isEqualTo(403);
        Api.Response withoutReason = api.put("countyorganization", path, Map.of("underInvestigation", true));
        assertThat(withoutReason.status()).isEqualTo(400);
        assertThat(withoutReason.violations()).containsExactly("reason required");

        Api.Response put = api.put("countyorganization", path, Map.of("underInvestigation", true, "reason", "县纪委监委立案"));
        assertThat(put.status()).as(put.text()).isEqualTo(200);
        assertThat(put.json().path("underInvestigation").asBoolean()).isTrue();
        assertThat(api.put("countyorganization", path, Map.of("underInvestigation", true, "reason", "再次")).status())
                .isEqualTo(409);
        assertThat(api.put("countyorganization", path, Map.of("underInvestigation", false, "reason", "审查结束,不予处分"))
                .json().path("underInvestigation").asBoolean()).isFalse();
        assertThat(jdbc.sql("select new_value || ' ' || reason from worker_change where worker_id = :w "
                        + "and attribute = 'INVESTIGATION' order by id")
                .param("w", workerId).query(String.class).list())
                .containsExactly("true 立案审查调查:县纪委监委立案", "false 审查调查结束:审查结束,不予处分");
    }

    @Test
    void aRosterRecordsActionsByTypeAndTheOldYesNoColumnAsADemeritFromTheImport() {
        TestUnits units = TestUnits.create(api, 100_000);
        String prefix = "J" + UUID.randomUUID().toString().substring(0, 6);
        String csv = "workerId,idCardNumber,name,birthDate,communityCode,role,education,communityWorkSince,underDisciplinaryAction,"
                + "disciplinaryActions\n"
                + prefix + "1," + IdCards.of("1985-03-04") + ",甲,1985-03-04," + units.community() + ",STAFF,BACHELOR,2012-01-01,,"
                + "WARNING/2025-06-30/测试街道党工委/迟到/早退;DEMERIT/2024-01-15/测试街道党工委/违反工作纪律\n"
                + prefix + "2," + IdCards.of("1985-03-04") + ",乙,1985-03-04," + units.community() + ",STAFF,BACHELOR,2012-01-01,true,\n";
        Api.Response imported = api.postCsv(Api.ADMIN, "/api/workers/import", csv);
        assertThat(imported.status()).as(imported.text()).isEqualTo(201);

        JsonNode first = api.get(Api.ADMIN, "/api/workers/" + prefix + "1").json().path("disciplinaryActions");
        assertThat(first.findValuesAsText("type")).containsExactly("DEMERIT", "WARNING");
        assertThat(first.get(1).path("reason").asText()).isEqualTo("迟到/早退");
        assertThat(first.get(0).path("effectiveUntil").asText()).isEqualTo("2025-01-14");
        JsonNode second = api.get(Api.ADMIN, "/api/workers/" + prefix + "2").json().path("disciplinaryActions");
        assertThat(second.findValuesAsText("type")).containsExactly("DEMERIT");
        assertThat(second.get(0).path("decidedOn").asText()).isEqualTo(today().toString());
        assertThat(second.get(0).path("reason").asText()).contains("按记过自登记之日起计");

        Api.Response bad = api.postCsv(Api.ADMIN, "/api/workers/import",
                "idCardNumber,name,birthDate,communityCode,role,education,communityWorkSince,disciplinaryActions\n"
                        + IdCards.of("1985-03-04") + ",丙,1985-03-04," + units.community() + ",STAFF,BACHELOR,2012-01-01,WARNING/2025-06-30\n"
                        + IdCards.of("1985-03-04") + ",丁,1985-03-04," + units.community() + ",STAFF,BACHELOR,2012-01-01,WARNING/2011-06-30/街道/迟到\n");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.violations()).containsExactly("row 2 disciplinaryActions action-format",
                "row 3 disciplinaryActions[0].decidedOn after-work-start");
    }
}
