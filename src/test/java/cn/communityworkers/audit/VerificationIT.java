package cn.communityworkers.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;

import cn.communityworkers.support.Api;
import cn.communityworkers.support.IntegrationTest;
import cn.communityworkers.support.SealVerification;

/**
 * Verifications of the seal chain in the background (issue #23): a full one counts every seal; an incremental one
 * checks what was sealed since the last one, re-checks what was operated on since, says what it left out, and an edit
 * it cannot see is found by the next full one; a verification whose node stopped goes on where it stopped.
 */
@IntegrationTest
class VerificationIT {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Verifications verifications;
    @Autowired
    Seals seals;
    Api api;
    Drive drive;

    @BeforeEach
    void setUp() {
        api = new Api(rest);
        drive = new Drive(api);
    }

    long seq(String instance) {
        return jdbc.queryForObject("select seq from audit_seal where process_instance_id = ?", Long.class, instance);
    }

    static Map<String, JsonNode> problems(JsonNode verification) {
        return SealVerification.problemsByInstance(verification);
    }

    @Test
    void aFullVerificationChecksEverySealToTheHeadItWasAskedAt() {
        String instance = drive.sealedSecondment("全面核验");
        JsonNode full = SealVerification.full(api, Drive.AUDITOR);
        assertThat(full.path("kind").asText()).isEqualTo("FULL");
        assertThat(full.path("requestedBy").asText()).isEqualTo(Drive.AUDITOR);
        assertThat(full.path("fromSeq").asLong()).isEqualTo(1);
        assertThat(full.path("toSeq").asLong()).isGreaterThanOrEqualTo(seq(instance));
        assertThat(full.path("checked").asLong()).isEqualTo(full.path("total").asLong()).isEqualTo(full.path("toSeq").asLong());
        assertThat(full.path("intact").asBoolean()).isEqualTo(full.path("problemCount").asLong() == 0);
        assertThat(full.path("problems")).hasSize(full.path("problemCount").asInt());
        assertThat(full.has("notCovered")).as("a full verification leaves nothing out").isFalse();
        assertThat(api.get(Drive.AUDITOR, "/api/audit/verifications").json().findValuesAsText("id"))
                .contains(full.path("id").asText());
    }

    @Test
    void anIncrementalVerificationChecksWhatWasSealedSinceAndSaysWhatItLeftOut() {
        String edited = drive.sealedSecondment("增量核验前");
        String deleted = drive.sealedSecondment("增量核验前");
        JsonNode full = SealVerification.full(api, Drive.AUDITOR);
        assertThat(problems(full)).doesNotContainKeys(edited, deleted);

        String later = drive.sealedSecondment("增量核验后");
        assertThat(jdbc.update("update act_hi_detail set text_ = '篡改的用途' where proc_inst_id_ = ? and name_ = 'purpose'",
                edited)).isEqualTo(1);
        assertThat(api.call(Api.ADMIN, HttpMethod.DELETE, "/engine-rest/history/process-instance/" + deleted, null, null)
                .status()).isEqualTo(204);
        assertThat(jdbc.update("update act_hi_detail set text_ = '篡改的用途' where proc_inst_id_ = ? and name_ = 'purpose'",
                later)).isEqualTo(1);

        JsonNode incremental = SealVerification.incremental(api, Drive.AUDITOR);
        assertThat(incremental.path("continues").asLong()).isGreaterThanOrEqualTo(full.path("id").asLong());
        assertThat(incremental.path("fromSeq").asLong()).isGreaterThan(seq(deleted)).isLessThanOrEqualTo(seq(later));
        assertThat(incremental.path("checked").asLong()).isEqualTo(incremental.path("total").asLong())
                .isLessThan(full.path("total").asLong());
        Map<String, JsonNode> found = problems(incremental);
        assertThat(found.get(later).path("status").asText()).as("sealed since: checked").isEqualTo("CHANGED");
        assertThat(found.get(deleted).path("status").asText()).as("history gone: re-checked").isEqualTo("DELETED");
        assertThat(found).as("edited with SQL before the watermark: not looked at").doesNotContainKey(edited);
        assertThat(incremental.path("rechecked").asLong()).isPositive();
        assertThat(incremental.path("notCovered").asText()).contains("第 1 至 " + (incremental.path("fromSeq").asLong() - 1)
                + " 号封存记录", "只有全面核验能发现", "上次全面核验为第 ");

        Map<String, JsonNode> again = problems(SealVerification.full(api, Drive.AUDITOR));
        assertThat(again.get(edited).path("status").asText()).isEqualTo("CHANGED");
        assertThat(again.get(later).path("status").asText()).isEqualTo("CHANGED");
        assertThat(again.get(deleted).path("status").asText()).isEqualTo("DELETED");
    }

    /**
     * A verification whose node stopped mid-way (its lease not renewed): the next node takes it over and goes on from
     * the seal after the last chunk it committed, keeping what that chunk had found; one whose lease is renewed is
     * left to its node.
     */
    @Test
    void aVerificationWhoseNodeStoppedGoesOnWhereItStopped() {
        drive.sealedSecondment("续做核验");
        drive.sealedSecondment("续做核验");
        Seals.Head head = seals.head();
        long stoppedAt = head.seq() - 1;
        String hashBefore = jdbc.queryForObject("select seal_hash from audit_seal where seq = ?", String.class, stoppedAt - 1);
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update("insert into audit_verification (kind, requested_by, requested_at, running, from_seq, to_seq,"
                + " head_hash, next_seq, expected_hash, checked, expired, rechecked, problems, owner, heartbeat_at)"
                + " values ('FULL', 'auditor', ?, 1, 1, ?, ?, ?, ?, ?, 0, 0, 1, 'a-node-still-working', ?)",
                now, head.seq(), head.sealHash(), stoppedAt, hashBefore, stoppedAt - 1, now);
        long id = jdbc.queryForObject("select id from audit_verification where running = 1", Long.class);
        jdbc.update("insert into audit_verification_problem (verification_id, n, seq, process_instance_id, status, detail)"
                + " values (?, 1, 1, 'found-before-the-stop', 'CHANGED', '停止前发现的问题')", id);

        Api.Response refused = api.post(Drive.AUDITOR, "/api/audit/verifications", Map.of("kind", "FULL"));
        assertThat(refused.status()).as(refused.text()).isEqualTo(409);
        assertThat(refused.json().path("detail").asText()).contains("第 " + id + " 号核验正在进行");

        verifications.resumeAbandoned();
        assertThat(verifications.progress(id).nextSeq()).as("a live node's lease is left alone").isEqualTo(stoppedAt);

        jdbc.update("update audit_verification set heartbeat_at = ? where id = ?",
                Timestamp.from(Instant.now().minus(Duration.ofHours(1))), id);
        verifications.resumeAbandoned();
        JsonNode resumed = SealVerification.finished(api, Drive.AUDITOR, "/api/audit/verifications/" + id);
        assertThat(resumed.path("checked").asLong()).as("seals 1 to the head, each once").isEqualTo(head.seq());
        assertThat(resumed.path("problems").get(0).path("processInstanceId").asText()).isEqualTo("found-before-the-stop");
        assertThat(resumed.path("problemCount").asLong()).isEqualTo(resumed.path("problems").size());
        assertThat(resumed.path("problems").findValuesAsText("status")).doesNotContain("CHAIN_BROKEN");
    }

    @Test
    void aVerificationIsAskedForByKind() {
        Api.Response unknown = api.post(Drive.AUDITOR, "/api/audit/verifications", Map.of("kind", "QUICK"));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().path("violations").get(0).path("field").asText()).isEqualTo("kind");
        assertThat(unknown.json().path("detail").asText()).contains("全面核验", "增量核验");
        assertThat(api.get(Drive.AUDITOR, "/api/audit/verifications/999999999").status()).isEqualTo(404);
    }
}
