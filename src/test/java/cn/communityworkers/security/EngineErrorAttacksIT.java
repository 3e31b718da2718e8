package cn.communityworkers.security;

import static cn.communityworkers.support.Api.variables;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;


import cn.communityworkers.support.Api;
import cn.communityworkers.support.IntegrationTest;
import cn.communityworkers.support.Secondments;
import cn.communityworkers.support.TestUnits;
import cn.communityworkers.system.ClockConfiguration;

/**
 * Issue #17, "500 for client errors": a lost race is 409, a value the engine will not keep is 400 and keeps nothing,
 * and an operation that the engine refuses for the task it names is a 4xx, never a server error. Also "only known
 * value types": an Object variable of a type not on the allow-list is refused when it is written.
 */
@IntegrationTest
class EngineErrorAttacksIT {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    RuntimeService runtimeService;

    /** 朝阳社区, whose party committee is the demo user {@code chaoyang}. */
    static final String CHAOYANG = "990101001002";

    Api api;
    Secondments secondments;

    @BeforeEach
    void setUp() {
        api = new Api(rest);
        secondments = new Secondments(api);
    }

    /** Approvers press 办结 on one task at the same moment: one completes it, the others lost a race (three rounds). */
    @Test
    void concurrentCompletionOfOneTaskIsAConflictForTheLosers() throws Exception {
        for (int round = 0; round < 3; round++) {
            String instance = secondments.requested(CHAOYANG);
            String task = secondments.onlyTask("chaoyang", instance);
            Map<String, Object> answer = variables(Map.of("communityAgrees", true, "communityOpinion", "同意"));

            List<Api.Response> responses = atOnce(4, () -> api.post("chaoyang", "/engine-rest/task/" + task + "/complete",
                    answer));

            assertThat(responses).allSatisfy(response -> assertThat(response.status()).as(response.text()).isIn(204, 409))
                    .extracting(Api.Response::status).containsOnlyOnce(204);
            assertThat(responses).filteredOn(response -> response.status() == 409)
                    .allSatisfy(response -> assertThat(response.json().path("detail").asText()).contains("他人"));
        }
    }

    /** Two starts racing to be a county's one campaign of a year: the loser is told, nothing fails. */
    @Test
    void concurrentDuplicateStartsNeverFail() throws Exception {
        TestUnits units = TestUnits.create(api, 10_000);
        Map<String, Object> request = variables(Map.of("countyCode", units.county(), "year", LocalDate.now(ClockConfiguration.CHINA).getYear()));

        List<Api.Response> responses = atOnce(4, () -> api.post(Api.ADMIN,
                "/engine-rest/process-definition/key/assessmentCampaign/start", request));

        assertThat(responses).extracting(Api.Response::status).containsOnlyOnce(200)
                .allSatisfy(status -> assertThat(status).isIn(200, 400, 409));
    }

    /** Java serialization is off: such a value is refused as bad input, not a server error. */
    @Test
    void aJavaSerializedVariableIsBadInput() {
        String instance = secondments.requested(CHAOYANG);

        Api.Response refused = api.put(Api.ADMIN, "/engine-rest/process-instance/" + instance + "/variables/payload",
                Map.of("value", "rO0ABXQAA2FiYw==", "type", "Object", "valueInfo", Map.of(
                        "objectTypeName", "java.lang.String",
                        "serializationDataFormat", "application/x-java-serialized-object")));

        assertThat(refused.status()).as(refused.text()).isEqualTo(400);
        assertThat(runtimeService.getVariable(instance, "payload")).isNull();
    }

    /** An XML value (no XML data format is installed, so none can reach an XML parser) is bad input. */
    @Test
    void anXmlVariableIsBadInput() {
        String instance = secondments.requested(CHAOYANG);

        Api.Response refused = api.put(Api.ADMIN, "/engine-rest/process-instance/" + instance + "/variables/payload",
                Map.of("value", "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>", "type", "Xml"));

        assertThat(refused.status()).as(refused.text()).isEqualTo(400);
        assertThat(runtimeService.getVariable(instance, "payload")).isNull();
    }

    /** A JSON Object variable of a type nobody allowed (the one that stopped all sealing) is refused when written. */
    @Test
    void anObjectOfATypeNotOnTheAllowListIsRefused() {
        String instance = secondments.requested(CHAOYANG);

        Api.Response refused = api.put(Api.ADMIN, "/engine-rest/process-instance/" + instance + "/variables/payload",
                Map.of("value", "{\"command\":\"id\"}", "type", "Object", "valueInfo", Map.of(
                        "objectTypeName", "com.example.Exploit", "serializationDataFormat", "application/json")));

        assertThat(refused.status()).as(refused.text()).isEqualTo(400);
        assertThat(refused.json().path("message").asText()).contains("com.example.Exploit");
        assertThat(runtimeService.getVariable(instance, "payload")).isNull();
        Api.Response allowed = api.put(Api.ADMIN, "/engine-rest/process-instance/" + instance + "/variables/payload",
                Map.of("value", "[\"a\"]", "type", "Object", "valueInfo", Map.of(
                        "objectTypeName", "java.util.ArrayList", "serializationDataFormat", "application/json")));
        assertThat(allowed.status()).as(allowed.text()).isEqualTo(204);
    }

    /** A 3 MB text does not fit a text variable: refused with the reason, over every path, keeping nothing. */
    @Test
    void aTextTooLongToKeepIsBadInput() {
        String instance = secondments.requested(CHAOYANG);
        String task = secondments.onlyTask("chaoyang", instance);
        String huge = "长".repeat(3 * 1024 * 1024 / 3);

        Api.Response admin = api.put(Api.ADMIN, "/engine-rest/process-instance/" + instance + "/variables/purpose",
                Map.of("value", huge));
        Api.Response approver = api.post("chaoyang", "/engine-rest/task/" + task + "/complete",
                variables(Map.of("communityAgrees", false, "communityOpinion", huge)));

        assertThat(admin.status()).as(admin.text()).isEqualTo(400);
        assertThat(approver.status()).as(approver.text()).isEqualTo(400);
        assertThat(approver.json().path("message").asText()).contains("communityOpinion");
        assertThat(runtimeService.getVariable(instance, "purpose")).isEqualTo("专项整治");
        assertThat(api.get("chaoyang", "/engine-rest/task/" + task).status()).isEqualTo(200);
    }

    /** A task of a running process cannot be deleted; asking is a client error, whoever asks. */
    @Test
    void deletingATaskOfAProcessIsRefusedAsAClientError() {
        String instance = secondments.requested(CHAOYANG);
        String task = secondments.onlyTask("chaoyang", instance);

        Api.Response admin = api.call(Api.ADMIN, HttpMethod.DELETE, "/engine-rest/task/" + task, null, null);
        Api.Response approver = api.call("chaoyang", HttpMethod.DELETE, "/engine-rest/task/" + task, null, null);

        assertThat(admin.status()).as(admin.text()).isEqualTo(400);
        assertThat(approver.status()).as(approver.text()).isIn(400, 403);
        assertThat(api.get("chaoyang", "/engine-rest/task/" + task).status()).isEqualTo(200);
    }

    private static List<Api.Response> atOnce(int times, Supplier<Api.Response> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(times);
        try {
            CountDownLatch ready = new CountDownLatch(times);
            List<Future<Api.Response>> futures = new ArrayList<>();
            for (int i = 0; i < times; i++) {
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    ready.await();
                    return call.get();
                }));
            }
            List<Api.Response> responses = new ArrayList<>();
            for (Future<Api.Response> future : futures) {
                responses.add(future.get());
            }
            return responses;
        } finally {
            pool.shutdown();
        }
    }
}
