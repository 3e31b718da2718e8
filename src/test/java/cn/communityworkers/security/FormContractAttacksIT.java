package cn.communityworkers.security;

import static cn.communityworkers.support.Api.variables;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;


import cn.communityworkers.support.Api;
import cn.communityworkers.support.IntegrationTest;
import cn.communityworkers.support.Secondments;
import cn.communityworkers.system.ClockConfiguration;

/**
 * Issue #17, "any approver can rewrite the case": a task's completion, by every path, writes only the fields its
 * deployed form lets the approver fill in; a start only its start form's fields. Secondments of 和平社区 (东城街道)
 * workers, requested by 东城's personnel office and answered by 和平社区's party committee ({@code heping}).
 */
@IntegrationTest
class FormContractAttacksIT {

    /** 和平社区, whose party committee is the demo user {@code heping}. */
    static final String HEPING = "990101001003";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    RuntimeService runtimeService;

    Api api;
    Secondments secondments;

    @BeforeEach
    void setUp() {
        api = new Api(rest);
        secondments = new Secondments(api);
    }

    /** The attack: the community sets the worker, dates, level and the county approver's group while agreeing. */
    @Test
    void aCommunityMemberCannotRewriteTheRequestWhileGivingTheirOpinion() {
        String instance = secondments.requested(HEPING);
        String task = secondments.onlyTask("heping", instance);
        Map<String, Object> forged = new LinkedHashMap<>();
        forged.put("communityAgrees", true);
        forged.put("communityOpinion", "同意");
        forged.put("workerId", "W050");
        forged.put("endDate", LocalDate.now(ClockConfiguration.CHINA).plusYears(5).toString());
        forged.put("borrowingOrgLevel", "CENTRAL");
        forged.put("countyApproverGroup", "community990101001003Party");

        Api.Response refused = api.post("heping", "/engine-rest/task/" + task + "/complete", variables(forged));

        assertThat(refused.status()).as(refused.text()).isEqualTo(400);
        assertThat(refused.json().path("message").asText()).contains("workerId").contains("不能");
        assertUnchanged(instance, task);
    }

    /**
     * Someone who may not work the task (another community's committee) is refused for that, whatever they submit,
     * and not told what the form would have refused: by Tasklist's path and by complete.
     */
    @Test
    void someoneWhoMayNotWorkTheTaskIsRefusedForThatNotForTheirAnswers() {
        String instance = secondments.requested(HEPING);
        String task = secondments.onlyTask("heping", instance);

        for (String path : List.of("/submit-form", "/complete")) {
            Api.Response forged = api.post("chunhui", "/engine-rest/task/" + task + path, variables(Map.of(
                    "communityAgrees", true, "communityOpinion", "同意",
                    "countyApproverGroup", "community990101001003Party")));
            Api.Response faultless = api.post("chunhui", "/engine-rest/task/" + task + path, variables(Map.of(
                    "communityAgrees", true, "communityOpinion", "同意")));

            assertThat(forged.status()).as(forged.text()).isEqualTo(403);
            assertThat(forged.text()).doesNotContain("countyApproverGroup");
            assertThat(faultless.status()).as(faultless.text()).isEqualTo(403);
        }
        assertUnchanged(instance, task);
    }

    /** The same forgery through Tasklist's path, submit-form. */
    @Test
    void submitFormWritesOnlyTheFormsFields() {
        String instance = secondments.requested(HEPING);
        String task = secondments.onlyTask("heping", instance);

        Api.Response refused = api.post("heping", "/engine-rest/task/" + task + "/submit-form", variables(Map.of(
                "communityAgrees", true, "communityOpinion", "同意", "streetApproves", true)));

        assertThat(refused.status()).as(refused.text()).isEqualTo(400);
        assertThat(refused.json().path("message").asText()).contains("streetApproves");
        assertUnchanged(instance, task);
        assertThat(runtimeService.getVariable(instance, "streetApproves")).isNull();
    }

    /** A field the form shows for context only (disabled) is not writable, although it is on the form. */
    @Test
    void aFieldShownForContextIsNotWritable() {
        String instance = secondments.requested(HEPING);
        String task = secondments.onlyTask("heping", instance);

        Api.Response refused = api.post("heping", "/engine-rest/task/" + task + "/complete", variables(Map.of(
                "communityAgrees", true, "communityOpinion", "同意", "purpose", "另有他用")));

        assertThat(refused.status()).as(refused.text()).isEqualTo(400);
        assertThat(refused.json().path("message").asText()).contains("purpose").contains("不能修改");
        assertUnchanged(instance, task);
    }

    /** Resolving a delegated task is a completion too. */
    @Test
    void resolvingATaskWritesOnlyTheFormsFields() {
        String instance = secondments.requested(HEPING);
        String task = secondments.onlyTask("heping", instance);

        Api.Response refused = api.post("heping", "/engine-rest/task/" + task + "/resolve", variables(Map.of(
                "communityAgrees", true, "borrowingOrgLevel", "CENTRAL")));

        assertThat(refused.status()).as(refused.text()).isEqualTo(400);
        assertThat(refused.json().path("message").asText()).contains("borrowingOrgLevel");
        assertUnchanged(instance, task);
    }

    /** A start may set only its start form's fields: not the routing or the status the first step derives. */
    @Test
    void aStartSetsOnlyTheStartFormsFields() {
        String worker = secondments.newWorker(HEPING);
        Map<String, Object> request = Secondments.request(worker);
        request.put("communityCode", "990101002001");
        request.put("countyApproverGroup", "street990101001Hr");

        Api.Response refused = api.post("easthr", Secondments.START, variables(request));

        assertThat(refused.status()).as(refused.text()).isEqualTo(400);
        assertThat(refused.json().path("message").asText()).contains("communityCode");
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("secondment")
                .variableValueEquals("workerId", worker).count()).isZero();
    }

    /** Starting "before" a later activity would skip the checks and the approvals: for administrators only. */
    @Test
    void aStreetCannotStartASecondmentAtItsRegistration() {
        String worker = secondments.newWorker(HEPING);
        Map<String, Object> body = new LinkedHashMap<>(variables(Secondments.request(worker)));
        body.put("startInstructions", List.of(Map.of("type", "startBeforeActivity", "activityId", "Task_RecordSecondment")));
        body.put("skipCustomListeners", true);

        Api.Response refused = api.post("easthr", Secondments.START, body);

        assertThat(refused.status()).as(refused.text()).isEqualTo(403);
        assertThat(api.get("easthr", "/api/workers/" + worker).json().path("status").asText()).isEqualTo("ACTIVE");
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("secondment")
                .variableValueEquals("workerId", worker).count()).isZero();
    }

    /** The task is still open at the community and the request is as submitted. */
    private void assertUnchanged(String instance, String task) {
        assertThat(api.get("heping", "/engine-rest/task/" + task).status()).isEqualTo(200);
        assertThat(runtimeService.getVariable(instance, "borrowingOrgLevel")).isEqualTo("STREET");
        assertThat(runtimeService.getVariable(instance, "communityAgrees")).isNull();
    }
}
