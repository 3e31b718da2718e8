package cn.communityworkers.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Incident;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;

import cn.communityworkers.support.Api;
import cn.communityworkers.support.IntegrationTest;
import cn.communityworkers.support.SealVerification;

/**
 * A seal keeps the digest of its instance's history rows (issue #23), and a verification builds a trail again only
 * where that digest differs: an edit of any table a trail is built from is still found, one the trail does not show
 * is no problem, and a digest forged to match an edit is an edit of the seal.
 */
@IntegrationTest
class SealRowsIT {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    HistoryRows rows;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    Api api;
    Drive drive;

    @BeforeEach
    void setUp() {
        api = new Api(rest);
        drive = new Drive(api);
    }

    /**
     * A secondment its community refused, whose history has a row in every table a trail reads but the failed jobs'
     * log: its eligibility decision with inputs and outputs, a comment, an incident resolved, a value kept as bytes.
     */
    String sealedWithEverything() {
        LocalDate start = LocalDate.of(2041, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(3000));
        String instance = drive.start("easthr", "secondment", Map.of("workerId", "W015", "borrowingOrganization",
                "东城街道办公室", "borrowingOrgLevel", "STREET", "borrowingOrgType", "PARTY_GOVERNMENT_ORGAN", "startDate",
                start.toString(), "endDate", start.plusMonths(1).toString(), "purpose", "封存行核验"));
        String task = drive.onlyTask("chunhui", instance, "Task_GiveCommunityOpinion");
        taskService.createComment(task, instance, "请社区尽快回复");
        runtimeService.setVariable(instance, "scan", "扫描件".getBytes(StandardCharsets.UTF_8));
        Incident incident = runtimeService.createIncident("audit-test", instance, "配置", "测试用的事件");
        runtimeService.resolveIncident(incident.getId());
        drive.complete("chunhui", task, Map.of("communityAgrees", false, "communityOpinion", "社区近期工作任务重,不同意"));
        drive.sealedTrail(instance);
        return instance;
    }

    Map<String, JsonNode> problems() {
        return SealVerification.problemsByInstance(SealVerification.full(api, Drive.AUDITOR));
    }

    Map<String, Object> seal(String instance) {
        return jdbc.queryForMap("select seq, trail_hash, prev_hash, seal_hash, rows_hash from audit_seal"
                + " where process_instance_id = ?", instance);
    }

    @Test
    void aSealKeepsTheDigestOfItsHistoryRowsInsideItsHash() {
        String instance = sealedWithEverything();
        Map<String, Object> seal = seal(instance);
        assertThat(seal.get("rows_hash")).isEqualTo(rows.digests(List.of(instance)).get(instance));
        long seq = ((Number) seal.get("seq")).longValue();
        String trailHash = (String) seal.get("trail_hash");
        String previous = (String) seal.get("prev_hash");
        assertThat(seal.get("seal_hash")).isEqualTo(Seals.sealHash(seq, instance, trailHash, previous,
                (String) seal.get("rows_hash"))).isNotEqualTo(Seals.sealHash(seq, instance, trailHash, previous, null));
        assertThat(rows.digests(List.of("no-such-instance"))).isEmpty();
    }

    @Test
    void anEditOfEveryTableATrailIsBuiltFromIsFound() {
        Map<String, String> edits = new HashMap<>();
        edits.put("act_hi_procinst", "update act_hi_procinst set business_key_ = 'S-forged' where id_ = ?");
        edits.put("act_hi_actinst", "update act_hi_actinst set act_name_ = '改过的名称' where proc_inst_id_ = ?"
                + " and act_id_ = 'Task_GiveCommunityOpinion'");
        edits.put("act_hi_taskinst", "update act_hi_taskinst set assignee_ = 'mallory' where proc_inst_id_ = ?");
        edits.put("act_hi_identitylink", "update act_hi_identitylink set group_id_ = 'street990101002Party' where task_id_ in"
                + " (select id_ from act_hi_taskinst where proc_inst_id_ = ?) and group_id_ is not null");
        edits.put("act_hi_varinst", "update act_hi_varinst set text_ = '改过的用途' where proc_inst_id_ = ? and name_ = 'purpose'");
        edits.put("act_hi_detail", "update act_hi_detail set text_ = '改过的用途' where proc_inst_id_ = ? and name_ = 'purpose'");
        edits.put("act_hi_op_log", "update act_hi_op_log set user_id_ = 'mallory' where proc_inst_id_ = ?");
        edits.put("act_hi_comment", "update act_hi_comment set full_msg_ = ? where proc_inst_id_ = ?");
        edits.put("act_hi_incident", "update act_hi_incident set incident_msg_ = '改过的事件' where proc_inst_id_ = ?");
        edits.put("act_hi_decinst", "update act_hi_decinst set dec_def_name_ = '改过的决策' where proc_inst_id_ = ?");
        edits.put("act_hi_dec_in", "update act_hi_dec_in set text_ = 'COUNTY' where text_ = 'STREET' and dec_inst_id_ in"
                + " (select id_ from act_hi_decinst where proc_inst_id_ = ?)");
        edits.put("act_hi_dec_out", "update act_hi_dec_out set rule_id_ = 'forgedRule' where dec_inst_id_ in"
                + " (select id_ from act_hi_decinst where proc_inst_id_ = ?)");
        edits.put("act_ge_bytearray", "update act_ge_bytearray set bytes_ = ? where id_ in"
                + " (select bytearray_id_ from act_hi_detail where proc_inst_id_ = ? and name_ = 'scan')");
        Map<String, String> editedIn = new HashMap<>();
        edits.keySet().forEach(table -> editedIn.put(table, sealedWithEverything()));
        String untouched = sealedWithEverything();
        assertThat(problems()).doesNotContainKeys(editedIn.values().toArray(String[]::new)).doesNotContainKey(untouched);

        byte[] forged = "改过的内容".getBytes(StandardCharsets.UTF_8);
        edits.forEach((table, sql) -> {
            String instance = editedIn.get(table);
            Object[] arguments = sql.contains("bytes_ = ?") || sql.contains("full_msg_ = ?")
                    ? new Object[] {forged, instance} : new Object[] {instance};
            assertThat(jdbc.update(sql, arguments)).as(table).isPositive();
        });

        Map<String, JsonNode> problems = problems();
        assertThat(problems).doesNotContainKey(untouched);
        editedIn.forEach((table, instance) -> assertThat(problems.containsKey(instance)
                ? problems.get(instance).path("status").asText() : "not found").as(table).isEqualTo("CHANGED"));
    }

    /** The process definition's name, which the trail shows, is read from the definition: its edit is found too. */
    @Test
    void anEditOfTheProcessDefinitionsNameIsFound() {
        String instance = sealedWithEverything();
        String definition = jdbc.queryForObject("select proc_def_id_ from act_hi_procinst where id_ = ?", String.class,
                instance);
        String name = jdbc.queryForObject("select name_ from act_re_procdef where id_ = ?", String.class, definition);
        try {
            assertThat(jdbc.update("update act_re_procdef set name_ = '改过的流程' where id_ = ?", definition)).isEqualTo(1);
            JsonNode found = problems().get(instance);
            assertThat(found).isNotNull();
            assertThat(found.path("status").asText()).isEqualTo("CHANGED");
            assertThat(found.path("detail").asText()).contains("processDefinitionName");
        } finally {
            jdbc.update("update act_re_procdef set name_ = ? where id_ = ?", name, definition);
        }
    }

    @Test
    void anEditTheTrailDoesNotShowIsNoProblem() {
        String instance = sealedWithEverything();
        assertThat(jdbc.update("update act_hi_taskinst set description_ = '与审计记录无关' where proc_inst_id_ = ?",
                instance)).isPositive();
        assertThat(rows.digests(List.of(instance)).get(instance)).as("the rows differ").isNotEqualTo(seal(instance).get("rows_hash"));
        assertThat(problems()).as("the trail built again is as sealed").doesNotContainKey(instance);
    }

    @Test
    void aDigestForgedToMatchAnEditIsAnEditOfTheSeal() {
        String instance = sealedWithEverything();
        assertThat(jdbc.update("update act_hi_detail set text_ = '改过的用途' where proc_inst_id_ = ? and name_ = 'purpose'",
                instance)).isEqualTo(1);
        assertThat(jdbc.update("update audit_seal set rows_hash = ? where process_instance_id = ?",
                rows.digests(List.of(instance)).get(instance), instance)).isEqualTo(1);
        assertThat(problems().get(instance).path("status").asText()).isEqualTo("SEAL_ALTERED");
    }
}
