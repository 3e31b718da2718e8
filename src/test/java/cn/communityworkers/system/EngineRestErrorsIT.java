package cn.communityworkers.system;

import static cn.communityworkers.support.Api.variables;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

import cn.communityworkers.assessment.AssessmentCampaignProcess;
import cn.communityworkers.support.Api;
import cn.communityworkers.support.IntegrationTest;

/** Starts that the engine refuses as bad input answer 400 over {@code /engine-rest}, with the reason, and start nothing. */
@IntegrationTest
class EngineRestErrorsIT {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    HistoryService historyService;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(rest);
    }

    @Test
    void aStartThatBreaksAFieldsRuleIsABadRequestWithTheRule() {
        long before = historyService.createHistoricProcessInstanceQuery().processDefinitionKey(AssessmentCampaignProcess.KEY).count();
        Api.Response refused = api.post("countysocialwork", "/engine-rest/process-definition/key/"
                + AssessmentCampaignProcess.KEY + "/start", variables(Map.of("countyCode", "990101", "year", 1999)));
        assertThat(refused.status()).as(refused.text()).isEqualTo(400);
        assertThat(refused.json().path("message").asText()).contains("考核年度(year)须为 2000 到", "收到的是:1999");
        assertThat(refused.json().path("violations").get(0).path("field").asText()).isEqualTo("year");
        assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey(AssessmentCampaignProcess.KEY)
                .count()).isEqualTo(before);
    }

    @Test
    void aStartBeforeAnActivityTheModelDoesNotHaveIsABadRequest() {
        Api.Response refused = api.post(Api.ADMIN, "/engine-rest/process-definition/key/secondment/start", Map.of(
                "startInstructions", List.of(Map.of("type", "startBeforeActivity", "activityId", "Task_NoSuchTask"))));
        assertThat(refused.status()).as(refused.text()).isEqualTo(400);
        assertThat(refused.json().path("message").asText()).contains("Task_NoSuchTask");
    }

    @Test
    void otherErrorsKeepCamundasStatus() {
        assertThat(api.post(Api.ADMIN, "/engine-rest/process-definition/key/noSuchProcess/start", Map.of()).status())
                .isEqualTo(404);
        assertThat(api.post("auditor", "/engine-rest/process-definition/key/secondment/start", Map.of()).status())
                .isEqualTo(403);
    }
}
