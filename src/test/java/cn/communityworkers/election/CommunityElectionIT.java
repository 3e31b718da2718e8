package cn.communityworkers.election;

import static cn.communityworkers.support.Api.variables;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

import com.fasterxml.jackson.databind.JsonNode;

import cn.communityworkers.audit.Drive;
import cn.communityworkers.organisation.UnitGroups;
import cn.communityworkers.support.Api;
import cn.communityworkers.support.IdCards;
import cn.communityworkers.support.IntegrationTest;
import cn.communityworkers.support.TestUnits;
import cn.communityworkers.system.ClockConfiguration;

/**
 * The election over HTTP with the real security: a street's party working committee registers the result, the county
 * organisation department files the secretary (once sent back), the county audit office audits the outgoing secretary;
 * another street's users, forged variables and impossible results are refused.
 */
@IntegrationTest
class CommunityElectionIT {

    static final String START = "/engine-rest/process-definition/key/" + ElectionProcess.KEY + "/start";

    @Autowired
    TestRestTemplate rest;
    Api api;
    Drive drive;
    TestUnits units;
    String party;
    String organization;
    String audit;
    LocalDate day = LocalDate.now(ClockConfiguration.CHINA).minusDays(1);

    @BeforeEach
    void setUp() {
        api = new Api(rest);
        drive = new Drive(api);
        units = TestUnits.create(api, 50_000);
        String suffix = Long.toString(ThreadLocalRandom.current().nextLong(100_000, 999_999));
        party = "electparty" + suffix;
        organization = "electorg" + suffix;
        audit = "electaudit" + suffix;
        drive.user(party, UnitGroups.streetParty(units.street()));
        drive.user(organization, UnitGroups.countyOrganization(units.county()));
        drive.user(audit, UnitGroups.countyAudit(units.county()));
    }

    String worker(String name, String role, boolean partyMember, boolean runningTerm) {
        Map<String, Object> worker = new HashMap<>(Map.of("name", name, "birthDate", "1980-05-01",
                "communityCode", units.community(), "role", role, "education", "BACHELOR", "partyMember", partyMember,
                "communityWorkSince", "2012-01-01"));
        worker.put("idCardNumber", IdCards.of("1980-05-01"));
        if (runningTerm) {
            worker.put("secretaryTerms", List.of(Map.of("start", day.minusYears(5).toString(), "completed", false)));
        }
        Api.Response registered = api.post(Api.ADMIN, "/api/workers", worker);
        assertThat(registered.status()).as(registered.text()).isEqualTo(201);
        return registered.json().path("workerId").asText();
    }

    Map<String, Object> result(String secretary, String director, List<String> deputies, List<String> members) {
        Map<String, Object> result = new HashMap<>(Map.of("communityCode", units.community(),
                "electionDate", day.toString(), "secretaryId", secretary, "directorId", director,
                "electionNote", "社区党员大会、居民代表会议选举产生"));
        // as Tasklist's tag lists submit them: JSON text
        result.put("deputyIds", json(deputies));
        result.put("memberIds", json(members));
        return result;
    }

    static String json(List<String> ids) {
        return ids.stream().map(id -> "\"" + id + "\"").collect(java.util.stream.Collectors.joining(",", "[", "]"));
    }

    JsonNode worker(String workerId) {
        return api.get(Api.ADMIN, "/api/workers/" + workerId).json();
    }

    @Test
    void theStreetRegistersTheCountyFilesTheAuditOfficeAudits() {
        String secretary = worker("选甲", "SECRETARY", true, true);
        String director = worker("选乙", "DIRECTOR", true, false);
        String deputy = worker("选丙", "DEPUTY", false, false);
        String member = worker("选丁", "COMMITTEE_MEMBER", true, false);

        // another street's party committee is not offered this community, and may not send it
        Api.Response foreign = api.post("eastparty", START, variables(result(director, director, List.of(),
                List.of())));
        assertThat(foreign.status()).as(foreign.text()).isEqualTo(400);
        assertThat(foreign.json().path("violations").get(0).path("field").asText()).as(foreign.text())
                .isIn("communityCode", "secretaryId", "directorId");
        assertThat(foreign.json().path("detail").asText()).contains("只能从给出的选项中选择");
        // a forged variable at the start is refused, naming it
        Map<String, Object> forged = result(director, director, List.of(deputy), List.of(member));
        forged.put("filingAccepted", true);
        Api.Response forgedStart = api.post(party, START, variables(forged));
        assertThat(forgedStart.status()).as(forgedStart.text()).isEqualTo(400);
        assertThat(forgedStart.text()).contains("filingAccepted");
        // impossible results
        Api.Response notAMember = api.post(party, START, variables(result(deputy, director, List.of(), List.of())));
        assertThat(notAMember.status()).isEqualTo(400);
        assertThat(notAMember.json().path("violations").get(0).path("field").asText()).isEqualTo("secretaryId");
        assertThat(notAMember.json().path("detail").asText()).contains("须为中共党员");
        Api.Response twoPosts = api.post(party, START, variables(result(director, director, List.of(member),
                List.of(member))));
        assertThat(twoPosts.status()).isEqualTo(400);
        assertThat(twoPosts.json().path("detail").asText()).contains("一人只能担任一个职务");
        assertThat(worker(secretary).path("role").asText()).isEqualTo("SECRETARY");

        // 一肩挑: the director is elected secretary and director; the secretary leaves
        Api.Response started = api.post(party, START, variables(result(director, director, List.of(deputy),
                List.of(member))));
        assertThat(started.status()).as(started.text()).isEqualTo(200);
        String instance = started.json().path("id").asText();
        assertThat(started.json().path("businessKey").asText()).isEqualTo("E-" + units.community() + "-" + day);
        JsonNode elected = worker(director);
        assertThat(elected.path("role").asText()).isEqualTo("SECRETARY");
        assertThat(elected.path("secretaryTerms").get(0).path("start").asText()).isEqualTo(day.toString());
        JsonNode outgoing = worker(secretary);
        assertThat(outgoing.path("role").asText()).isEqualTo("STAFF");
        assertThat(outgoing.path("postCategory").asText()).isEqualTo("C");
        assertThat(outgoing.path("secretaryTerms").get(0).path("end").asText()).isEqualTo(day.minusDays(1).toString());
        assertThat(api.get("auditor", "/api/audit/workers/" + secretary).text()).as("the audit lists the election")
                .contains(instance);

        // the filing: the county organisation department's alone
        String filing = drive.onlyTask(organization, instance, ElectionProcess.TASK_FILE_SECRETARY);
        assertThat(drive.tasks(audit, instance, ElectionProcess.TASK_FILE_SECRETARY)).isEmpty();
        assertThat(api.post("countyorganization", "/engine-rest/task/" + filing + "/complete",
                variables(Map.of("filingAccepted", true))).status()).isIn(403, 404);
        Api.Response forgedAnswer = api.post(organization, "/engine-rest/task/" + filing + "/complete",
                variables(Map.of("filingAccepted", true, "secretaryId", secretary)));
        assertThat(forgedAnswer.status()).as(forgedAnswer.text()).isEqualTo(400);
        assertThat(forgedAnswer.text()).contains("secretaryId");
        Api.Response noReason = api.post(organization, "/engine-rest/task/" + filing + "/complete",
                variables(Map.of("filingAccepted", false)));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().path("detail").asText()).contains("退回理由(filingOpinion)");
        drive.complete(organization, filing, Map.of("filingAccepted", false, "filingOpinion", "缺少任职资格审查表"));
        String supplement = drive.onlyTask(party, instance, ElectionProcess.TASK_SUPPLEMENT_FILING);
        drive.complete(party, supplement, Map.of("supplementNote", "已补报任职资格审查表"));
        drive.complete(organization, drive.onlyTask(organization, instance, ElectionProcess.TASK_FILE_SECRETARY),
                Map.of("filingAccepted", true));

        // the outgoing secretary's audit: the county audit office's alone
        String auditTask = drive.onlyTask(audit, instance, ElectionProcess.TASK_AUDIT);
        assertThat(drive.tasks("countyaudit", instance, ElectionProcess.TASK_AUDIT)).isEmpty();
        Map<String, Object> findings = new HashMap<>(Map.of("periodStart", day.minusYears(5).toString(),
                "periodEnd", day.minusDays(1).toString(), "findings", "财务收支基本规范,个别支出审批手续不全",
                "conclusion", "FAIRLY_GOOD", "auditedOn", LocalDate.now(ClockConfiguration.CHINA).toString()));
        Map<String, Object> forgedFindings = new HashMap<>(findings);
        forgedFindings.put("auditedWorkerId", director);
        Api.Response forgedAudit = api.post(audit, "/engine-rest/task/" + auditTask + "/complete",
                variables(forgedFindings));
        assertThat(forgedAudit.status()).as(forgedAudit.text()).isEqualTo(400);
        assertThat(forgedAudit.text()).contains("auditedWorkerId");
        drive.complete(audit, auditTask, findings);

        JsonNode audited = worker(secretary).path("economicAudits");
        assertThat(audited).hasSize(1);
        assertThat(audited.get(0).path("conclusion").asText()).isEqualTo("FAIRLY_GOOD");
        assertThat(audited.get(0).path("posts").asText()).isEqualTo("社区党组织书记");
        assertThat(audited.get(0).path("processInstanceId").asText()).isEqualTo(instance);
        assertThat(api.get("westparty", "/api/workers/" + secretary).status()).isEqualTo(403);
        assertThat(api.get(Api.ADMIN, "/engine-rest/history/process-instance/" + instance).json().path("state").asText())
                .isEqualTo("COMPLETED");
    }
}
