package cn.communityworkers.requests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

import com.fasterxml.jackson.databind.JsonNode;

import cn.communityworkers.support.Api;
import cn.communityworkers.support.IntegrationTest;
import cn.communityworkers.support.Secondments;

/**
 * 我的申请: the street that asked finds what became of its request (the step it waits at, then the refusal with the
 * street committee's opinion); another street's users, a community and the auditor do not see it (the units come
 * from the caller's groups, whatever the request says).
 */
@IntegrationTest
class MyRequestsIT {

    static final String OPINION = "该同志承担网格重点工作,不同意借调";

    @Autowired
    TestRestTemplate rest;
    Api api;
    Secondments secondments;

    @BeforeEach
    void setUp() {
        api = new Api(rest);
        secondments = new Secondments(api);
    }

    @Test
    void theStreetThatAskedLearnsTheOutcome() {
        String instance = secondments.requested("990101001001");
        JsonNode waiting = request("easthr", instance);
        assertThat(waiting.path("process").asText()).isEqualTo("社区工作者借调审批");
        assertThat(waiting.path("workerName").asText()).isEqualTo("测试");
        assertThat(waiting.path("communityName").asText()).isEqualTo("春晖社区");
        assertThat(waiting.path("submittedBy").asText()).isEqualTo("陈静 东城街道组织人事办");
        assertThat(waiting.path("outcome").hasNonNull("outcome")).as("nothing decided yet").isFalse();
        assertThat(waiting.path("outcome").path("open").get(0).path("name").asText()).isEqualTo("提出社区意见");
        assertThat(waiting.path("outcome").path("open").get(0).path("units").get(0).asText()).isEqualTo("春晖社区党组织");

        Api.Response refused = api.post("chunhui", "/engine-rest/task/" + secondments.onlyTask("chunhui", instance)
                + "/complete", Api.variables(Map.of("communityAgrees", false, "communityOpinion", OPINION)));
        assertThat(refused.status()).as(refused.text()).isEqualTo(204);

        for (String user : new String[] {"easthr", "eastparty"}) {
            JsonNode outcome = request(user, instance).path("outcome");
            assertThat(outcome.path("outcome").asText()).as(user).isEqualTo("不批准");
            assertThat(outcome.path("ended").asText()).isEqualTo("借调未获同意");
            assertThat(outcome.path("reason").asText()).isEqualTo(OPINION);
        }
        Api.Response page = api.get("easthr", "/requests/");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).contains("我的申请", "requests.js");
        assertThat(api.get("easthr", "/requests/requests.js").text()).contains("/api/my-requests");
    }

    /** Attack: users of another street (and a community, the auditor) read their own list, never this street's. */
    @Test
    void anotherStreetCannotSeeTheRequests() {
        String instance = secondments.requested("990101001001");
        assertThat(request("easthr", instance)).isNotNull();
        for (String user : new String[] {"westhr", "westparty", "chunhui", "auditor", "countyhrss"}) {
            Api.Response list = api.get(user, "/api/my-requests");
            assertThat(list.status()).as(user).isEqualTo(200);
            assertThat(list.json().findValuesAsText("processInstanceId")).as(user).doesNotContain(instance);
        }
        assertThat(api.get(null, "/api/my-requests").status()).isEqualTo(401);
        assertThat(api.get(null, "/requests/").status()).isEqualTo(401);
        // No parameter chooses the unit: asking for the other street's list gives one's own.
        assertThat(api.get("westhr", "/api/my-requests?streetCode=990101001").json().findValuesAsText("processInstanceId"))
                .doesNotContain(instance);
    }

    private JsonNode request(String user, String instance) {
        Api.Response list = api.get(user, "/api/my-requests");
        assertThat(list.status()).as(list.text()).isEqualTo(200);
        for (JsonNode request : list.json()) {
            if (instance.equals(request.path("processInstanceId").asText())) {
                return request;
            }
        }
        throw new AssertionError(user + " does not find " + instance + " in " + list.text());
    }
}
