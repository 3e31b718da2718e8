package cn.communityworkers.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;

import com.fasterxml.jackson.databind.JsonNode;

import cn.communityworkers.assessment.AssessmentDecisions;
import cn.communityworkers.system.ClockConfiguration;
import cn.communityworkers.workforce.ContractRenewals;
import cn.communityworkers.support.Api;
import cn.communityworkers.support.IntegrationTest;
import cn.communityworkers.workforce.IdCardNumber;
import cn.communityworkers.workforce.Sex;

@IntegrationTest
class DemoCountyIT {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    DemoCounty demoCounty;
    Api api;
    /** The day the demo was loaded: its dates are relative to it. */
    LocalDate demoDay;

    @BeforeEach
    void setUp() {
        api = new Api(rest);
        demoDay = DemoDay.of(api);
    }

    @Test
    void everyDemoUserLogsInAndSeesTheSharedFilters() {
        for (DemoCounty.DemoUser user : demoUsers()) {
            Api.Response filters = api.get(user.id(), "/engine-rest/filter?resourceType=Task");
            assertThat(filters.status()).as(user.id()).isEqualTo(200);
            assertThat(filters.json().findValuesAsText("name")).as(user.id()).contains("我的待办", "本组待办");
        }
        Api.Response groups = api.get("eastparty", "/engine-rest/identity/groups?userId=eastparty");
        assertThat(groups.json().path("groups").findValuesAsText("id")).containsExactly("street990101001Party");
    }

    static List<DemoCounty.DemoUser> demoUsers() {
        List<DemoCounty.DemoUser> users = new ArrayList<>(DemoCounty.USERS);
        users.addAll(DemoCounty.CITY_USERS);
        users.addAll(DemoCounty.SECOND_COUNTY_USERS);
        return users;
    }

    /** 示例区's and 南湖街道's departments read their own figures, and the other county's are not theirs. */
    @Test
    void theSecondCountysDepartmentsSeeTheirOwnStatistics() {
        assertThat(api.get("shiliqusocialwork", "/api/statistics/county/" + DemoCounty.SECOND_COUNTY).status())
                .isEqualTo(200);
        assertThat(api.get("nanhuhr", "/api/statistics/street/" + DemoCounty.SOUTH).status()).isEqualTo(200);
        assertThat(api.get("nanhuparty", "/api/statistics/street/" + DemoCounty.SOUTH).status()).isEqualTo(200);
        assertThat(api.get("shiliqusocialwork", "/api/statistics/county/" + DemoCounty.COUNTY).status())
                .isEqualTo(403);
        assertThat(api.get("countysocialwork", "/api/statistics/county/" + DemoCounty.SECOND_COUNTY).status())
                .isEqualTo(403);
        assertThat(api.get("nanhuhr", "/api/statistics/units").json().findValuesAsText("code"))
                .containsExactly(DemoCounty.SOUTH);
    }

    /** 示范市 holds the demo county and 示例区, whose six workers come from their own roster; the city has its users. */
    @Test
    void theDemoCityHoldsBothCountiesAndItsDepartmentsHaveTheirUsers() {
        assertThat(api.get("auditor", "/api/cities/" + DemoCounty.CITY).json().path("name").asText()).isEqualTo("示范市");
        assertThat(api.get("auditor", "/api/counties/" + DemoCounty.COUNTY).json().path("cityCode").asText())
                .isEqualTo(DemoCounty.CITY);
        JsonNode second = api.get("auditor", "/api/counties/" + DemoCounty.SECOND_COUNTY).json();
        assertThat(second.path("name").asText()).isEqualTo("示例区");
        assertThat(second.path("cityCode").asText()).isEqualTo(DemoCounty.CITY);
        assertThat(api.get("auditor", "/api/streets/" + DemoCounty.SOUTH).json().path("countyCode").asText())
                .isEqualTo(DemoCounty.SECOND_COUNTY);
        Set<String> communities = new HashSet<>();
        Set<String> statuses = new HashSet<>();
        for (int i = 201; i <= 206; i++) {
            JsonNode worker = api.get("auditor", "/api/workers/W" + i).json();
            assertThat(worker.path("countyCode").asText()).as("W" + i).isEqualTo(DemoCounty.SECOND_COUNTY);
            communities.add(worker.path("communityName").asText());
            statuses.add(worker.path("status").asText());
        }
        assertThat(communities).containsExactlyInAnyOrder("湖滨社区", "长青社区");
        assertThat(statuses).containsExactlyInAnyOrder("ACTIVE", "PROBATION");
        assertThat(api.get("auditor", "/api/workers/W207").status()).isEqualTo(404);

        assertThat(api.get("citysocialwork", "/engine-rest/identity/groups?userId=citysocialwork").json()
                .path("groups").findValuesAsText("id")).containsExactly("city9901SocialWork");
        assertThat(api.get("cityorganization", "/engine-rest/identity/groups?userId=cityorganization").json()
                .path("groups").findValuesAsText("id")).containsExactly("city9901Organization");
        assertThat(api.get(Api.ADMIN, "/engine-rest/group/city9901SocialWork").json().path("name").asText())
                .isEqualTo("示范市委社会工作部");
        assertThat(api.get(Api.ADMIN, "/engine-rest/group/city9901Organization").json().path("name").asText())
                .isEqualTo("示范市委组织部");
    }

    @Test
    void theRosterCoversEveryRoleAndStatus() {
        Set<String> roles = new HashSet<>();
        Set<String> statuses = new HashSet<>();
        for (int i = 1; i <= 83; i++) {
            JsonNode worker = api.get("auditor", "/api/workers/W%03d".formatted(i)).json();
            roles.add(worker.path("role").asText());
            statuses.add(worker.path("status").asText());
            assertThat(worker.path("countyCode").asText()).isEqualTo(DemoCounty.COUNTY);
        }
        assertThat(roles).containsExactlyInAnyOrder("SECRETARY", "DIRECTOR", "DEPUTY", "COMMITTEE_MEMBER", "STAFF");
        assertThat(statuses).contains("PROBATION", "ACTIVE", "SECONDED", "TERMINATED");
    }

    /**
     * 朝阳社区's election, registered through the real process at load: W002 re-elected secretary and director (一肩挑),
     * W019 elected deputy; the filing waits for the county organisation department, W019's audit for the audit office.
     */
    @Test
    void chaoyangsElectionWaitsForItsFilingAndTheOutgoingDirectorsAudit() {
        List<JsonNode> elections = new java.util.ArrayList<>();
        api.get(Api.ADMIN, "/engine-rest/process-instance?processDefinitionKey=community-election").json()
                .forEach(election -> {
                    if (election.path("businessKey").asText().startsWith("E-" + DemoCounty.ELECTED_COMMUNITY + "-")) {
                        elections.add(election);
                    }
                });
        assertThat(elections).hasSize(1);
        String instance = elections.get(0).path("id").asText();
        assertThat(api.get("countyorganization", "/engine-rest/task?processInstanceId=" + instance
                + "&taskDefinitionKey=Task_FileSecretary").json()).hasSize(1);
        assertThat(api.get("countyaudit", "/engine-rest/task?processInstanceId=" + instance
                + "&taskDefinitionKey=Task_AuditOutgoingLeader").json()).hasSize(1);
        JsonNode secretary = api.get("auditor", "/api/workers/" + DemoCounty.RE_ELECTED_SECRETARY).json();
        assertThat(secretary.path("role").asText()).isEqualTo("SECRETARY");
        assertThat(secretary.path("secretaryTerms")).hasSize(3);
        assertThat(secretary.path("secretaryTerms").get(1).path("completed").asBoolean()).isTrue();
        assertThat(secretary.path("secretaryTerms").get(2).hasNonNull("end")).as("the new term runs").isFalse();
        JsonNode outgoing = api.get("auditor", "/api/workers/" + DemoCounty.OUTGOING_DIRECTOR).json();
        assertThat(outgoing.path("role").asText()).isEqualTo("DEPUTY");
        assertThat(outgoing.path("postCategory").asText()).isEqualTo("B");
    }

    /** W101, recruited staff, UNQUALIFIED last year and kept: rated UNQUALIFIED or BASICALLY_QUALIFIED again, training first. */
    @Test
    void aStaffMemberWithAnUnqualifiedYearIsInTheRoster() {
        JsonNode worker = api.get("auditor", "/api/workers/W101").json();
        assertThat(worker.path("role").asText()).isEqualTo("STAFF");
        assertThat(worker.path("status").asText()).isEqualTo("ACTIVE");
        assertThat(worker.path("communityName").asText()).isEqualTo("光明社区");
        int lastYear = demoDay.getYear() - 1;
        assertThat(worker.path("assessmentHistory")).anySatisfy(entry -> {
            assertThat(entry.path("year").asInt()).isEqualTo(lastYear);
            assertThat(entry.path("rating").asText()).isEqualTo("UNQUALIFIED");
        });
    }

    /**
     * The grade steps by category (issue #19): W121 steps up at this year's assessment, W129 is at the top of C, as
     * {@code src/docs/demo-county.md} describes them.
     */
    @Test
    void theGradeStepWorkersStandWhereTheDemoCountyPageSays() {
        JsonNode stepping = api.get("auditor", "/api/workers/W121").json();
        int demoYear = demoDay.getYear();
        int thisYear = LocalDate.now(ClockConfiguration.CHINA).getYear();
        // registered at 4 (C 1 + BACHELOR 1 + 7 years 2), last step 3 years back, two QUALIFIED years since
        // (AssessmentIT may have run this year's assessment already: then 5, stepped this year)
        assertThat(stepping.path("gradeHistory").get(0).path("to").asInt()).isEqualTo(4);
        assertThat(stepping.path("lastGradeStepYear").asInt()).isIn(demoYear - 3, thisYear);
        assertThat(stepping.path("assessmentHistory").findValuesAsText("year"))
                .contains(String.valueOf(demoYear - 1), String.valueOf(demoYear - 2));
        JsonNode top = api.get("auditor", "/api/workers/W129").json();
        assertThat(top.path("postCategory").asText()).isEqualTo("C");
        assertThat(top.path("gradeLevel").asInt()).isEqualTo(12);
    }

    @Test
    void oneWorkerHasAWarningInEffectAndOneSecretaryIsUnderInvestigation() {
        JsonNode warned = api.get("auditor", "/api/workers/W111").json();
        assertThat(warned.path("disciplinaryActions")).hasSize(1);
        assertThat(warned.path("disciplinaryActions").get(0).path("type").asText()).isEqualTo("WARNING");
        assertThat(warned.path("disciplinaryActions").get(0).path("decidedOn").asText())
                .isEqualTo(demoDay.minusDays(60).toString());
        assertThat(warned.path("disciplinaryActions").get(0).path("inEffect").asBoolean()).isTrue();
        JsonNode investigated = api.get("auditor", "/api/workers/" + DemoCounty.INVESTIGATED_WORKER).json();
        assertThat(investigated.path("role").asText()).isEqualTo("SECRETARY");
        assertThat(investigated.path("underInvestigation").asBoolean()).isTrue();
        // The roster's old yes/no column still imports: W081's flag is a demerit from the day the demo was loaded.
        assertThat(api.get("auditor", "/api/workers/W081").json().path("disciplinaryActions").findValuesAsText("type"))
                .containsExactly("DEMERIT");
    }

    @Test
    void theSecondedDemoWorkerIsInTheCountysLedger() {
        assertThat(api.get("auditor", "/api/workers/" + DemoCounty.SECONDED_WORKER).json()
                .path("currentSecondment").path("borrowingOrganization").asText()).isEqualTo("东城街道平安建设办公室");
        assertThat(api.get("countysocialwork", "/api/secondments?countyCode=990101").json().findValuesAsText("workerId"))
                .contains(DemoCounty.SECONDED_WORKER);
    }

    /** This year's training check is open for each street, listing the workers due and not those trained in time. */
    @Test
    void thisYearsTrainingCheckIsOpenForEachStreet() {
        assertThat(api.get("auditor", "/api/workers/W001/trainings").json().findValuesAsText("levelName"))
                .containsExactly("县级");
        JsonNode eastTasks = api.get("easthr", "/engine-rest/task?processDefinitionKey=trainingCheck").json();
        assertThat(eastTasks).hasSize(1);
        String due = api.get("easthr", "/engine-rest/task/" + eastTasks.get(0).path("id").asText() + "/form-variables")
                .json().path("dueWorkers").path("value").asText();
        assertThat(due).contains("许秀英", "赵萍").doesNotContain("郑军", "韩敏", "余宁", "任雪");
        assertThat(api.get("westhr", "/engine-rest/task?processDefinitionKey=trainingCheck").json()).hasSize(1);
    }

    @Test
    void theTransferredDemoWorkersFirstOpinionIsOpenForHerCommunity() {
        JsonNode tasks = api.get("chaoyang", "/engine-rest/task?processInstanceBusinessKey=T-"
                + DemoCounty.TRANSFERRED_WORKER + "-"
                + demoDay.plusDays(14)).json();
        assertThat(tasks).hasSize(1);
        assertThat(tasks.get(0).path("taskDefinitionKey").asText()).isEqualTo("Task_GiveSourceCommunityOpinion");
        assertThat(api.get("auditor", "/api/workers/" + DemoCounty.TRANSFERRED_WORKER).json().path("communityCode")
                .asText()).isEqualTo("990101001002");
    }

    /** 魏文's resignation, registered through the real process: the handover is 春晖社区党委's, the worker still at the post. */
    @Test
    void theResigningDemoWorkersHandoverIsOpenForTheCommunity() {
        List<JsonNode> resignations = new ArrayList<>();
        api.get(Api.ADMIN, "/engine-rest/process-instance?processDefinitionKey=resignation").json().forEach(found -> {
            if (found.path("businessKey").asText().startsWith("R-" + DemoCounty.RESIGNING_WORKER + "-")) {
                resignations.add(found);
            }
        });
        assertThat(resignations).hasSize(1);
        String instance = resignations.get(0).path("id").asText();
        JsonNode handover = api.get("chunhui", "/engine-rest/task?processInstanceId=" + instance).json();
        assertThat(handover).hasSize(1);
        assertThat(handover.get(0).path("taskDefinitionKey").asText()).isEqualTo("Task_Handover");
        assertThat(api.get("easthr", "/engine-rest/task?processInstanceId=" + instance).json().findValuesAsText("name"))
                .containsExactly("辞职生效前确认/撤回");
        assertThat(api.get("auditor", "/api/workers/" + DemoCounty.RESIGNING_WORKER).json().path("status").asText())
                .isEqualTo("ACTIVE");
    }

    @Test
    void theDemoDismissalWaitsForTheWorkersStatementAtTheWestStreetsPersonnelOffice() {
        String query = "/engine-rest/task?processInstanceBusinessKey=D-" + DemoCounty.DISMISSAL_WORKER + "-"
                + demoDay;
        JsonNode tasks = api.get("westhr", query).json();
        assertThat(tasks).hasSize(1);
        assertThat(tasks.get(0).path("taskDefinitionKey").asText()).isEqualTo("Task_RecordStatement");
        assertThat(api.get("easthr", query).json()).isEmpty();
        assertThat(api.get("auditor", "/api/workers/" + DemoCounty.DISMISSAL_WORKER).json().path("status").asText())
                .isEqualTo("ACTIVE");
    }

    @Test
    void loadingAgainChangesNothing() throws IOException {
        demoCounty.load();
        assertThat(api.get(Api.ADMIN, "/engine-rest/user/count").json().path("count").asInt())
                .isGreaterThanOrEqualTo(demoUsers().size() + 1);
        assertThat(api.get(Api.ADMIN, "/api/workers/W084").status()).isEqualTo(404);
        assertThat(api.get(Api.ADMIN, "/api/workers/W113").status()).isEqualTo(404);
    }

    /** A demo loaded before 示例区 had users gets them at its next start, with their groups. */
    @Test
    void aDemoLoadedBeforeTheSecondCountyHadUsersGetsThemWhenLoadedAgain() throws IOException {
        assertThat(api.call(Api.ADMIN, HttpMethod.DELETE, "/engine-rest/user/nanhuhr", null, null).status())
                .isEqualTo(204);
        assertThat(api.get("nanhuhr", "/api/statistics/street/" + DemoCounty.SOUTH).status()).isEqualTo(401);
        demoCounty.load();
        assertThat(api.get("nanhuhr", "/api/statistics/street/" + DemoCounty.SOUTH).status()).isEqualTo(200);
    }

    /** W141 is due for renewal after this year's assessment and has served 10 years when the new contract starts. */
    @Test
    void theRenewalDemoWorkerIsDueForAnOpenEndedContract() throws IOException {
        LocalDate today = LocalDate.of(2030, 6, 15);
        List<String> worker = List.of(new String(DemoCounty.roster(DemoCounty.ROSTER, today), StandardCharsets.UTF_8)
                .lines().filter(line -> line.startsWith("W141,")).findFirst().orElseThrow().split(","));
        LocalDate since = LocalDate.parse(worker.get(10));         // after workerId, idCardNumber, name, birthDate …
        LocalDate contractEnd = LocalDate.parse(worker.get(13));
        assertThat(AssessmentDecisions.contractEndsWithinYear(contractEnd, today.getYear())).isTrue();
        assertThat(ContractRenewals.serviceYears(since, contractEnd)).isEqualTo(10);
        assertThat(ContractRenewals.serviceYears(since, contractEnd.minusDays(1))).isEqualTo(9);
        JsonNode registered = api.get("auditor", "/api/workers/W141").json();
        assertThat(registered.path("fixedTermContracts").asInt()).isEqualTo(1);
        assertThat(registered.path("streetName").asText()).isEqualTo("西城街道");
    }

    @Test
    void rosterDatesAreMadeRelativeToToday() throws IOException {
        String roster = new String(DemoCounty.roster(DemoCounty.ROSTER, LocalDate.of(2030, 6, 15)),
                StandardCharsets.UTF_8);
        assertThat(roster).doesNotContain("{Y").doesNotContain("{D");
        List<String> secretary = List.of(roster.lines().filter(line -> line.startsWith("W001,")).findFirst()
                .orElseThrow().split(","));
        assertThat(secretary.get(10)).isEqualTo("2020-01-01");
        String probation = roster.lines().filter(line -> line.contains(",PROBATION,")).findFirst().orElseThrow();
        assertThat(probation).contains(",2030-05-01,").contains(",2030-10-30,");
    }

    /** #21 the roster's identity numbers are made at load from the relative birth dates, valid, the sex by the name. */
    @Test
    void everyRosterWorkerHasAValidIdCardNumberOfTheirBirthDate() throws IOException {
        String roster = new String(DemoCounty.roster(DemoCounty.ROSTER, LocalDate.of(2030, 6, 15)),
                StandardCharsets.UTF_8);
        assertThat(roster).doesNotContain("{ID");
        List<String> secretary = List.of(roster.lines().filter(line -> line.startsWith("W001,")).findFirst()
                .orElseThrow().split(","));
        IdCardNumber number = IdCardNumber.of(secretary.get(1));
        assertThat(number.birthDate()).isEqualTo(LocalDate.of(1983, 4, 12)).hasToString(secretary.get(3));
        assertThat(number.sex()).isEqualTo(Sex.MALE);

        JsonNode loaded = api.get("easthr", "/api/workers/W002").json();
        IdCardNumber whole = IdCardNumber.of(loaded.path("idCardNumber").asText());
        assertThat(whole.birthDate()).hasToString(loaded.path("birthDate").asText());
        assertThat(loaded.path("sex").asText()).isEqualTo("FEMALE");
        assertThat(api.get("auditor", "/api/workers/W002").json().path("idCardNumber").asText())
                .isEqualTo(whole.masked());
    }

    /**
     * The county's approved total as its organisation department set it (above the standard), and this year's average
     * wage applied to every worker's pay by a pay run through the real process (§12).
     */
    @Test
    void theCountysApprovedTotalIsSetAndItsPayFollowsThisYearsWage() {
        JsonNode staffing = api.get("countyorganization", "/api/counties/" + DemoCounty.COUNTY + "/staffing").json();
        assertThat(staffing.path("standardHeadcount").asLong()).isEqualTo(108);      // 60,000 × 18 / 10,000
        assertThat(staffing.path("approvedTotal").asLong()).isEqualTo(DemoCounty.APPROVED_TOTAL);
        assertThat(staffing.path("approvedTotalSet").asBoolean()).isTrue();

        JsonNode runs = api.get("countyhrss", "/api/counties/" + DemoCounty.COUNTY + "/pay-adjustments").json();
        JsonNode demoRun = runs.get(0);
        assertThat(demoRun.path("run").path("status").asText()).isEqualTo("DONE");
        assertThat(demoRun.path("run").path("effectiveDate").asText())
                .isEqualTo(demoDay.getYear() + "-01-01");
        assertThat(demoRun.path("recomputed").asLong()).isEqualTo(demoRun.path("total").asLong()).isPositive();
        assertThat(demoRun.path("changed").asLong()).isPositive();
        JsonNode county = api.get("auditor", "/api/counties/" + DemoCounty.COUNTY).json();
        assertThat(county.path("averageMonthlyWage").decimalValue())
                .isEqualByComparingTo(String.valueOf(DemoCounty.AVERAGE_MONTHLY_WAGE));
    }
}
