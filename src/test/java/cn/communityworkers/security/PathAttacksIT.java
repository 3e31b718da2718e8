package cn.communityworkers.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.communityworkers.organisation.UnitGroups;
import cn.communityworkers.support.Api;
import cn.communityworkers.support.IdCards;
import cn.communityworkers.support.IntegrationTest;

/**
 * #17 item 10: access is decided on the normalised path. The reproduced attack: {@code /%61pi/…} and
 * {@code /api;x=1/…} passed the auditors' filter, which compared the raw request URI. Each trick must end in the
 * firewall's 400, a 401 or a 403, never in the call it disguises.
 */
@IntegrationTest
class PathAttacksIT {

    /** An auditor who also keeps the east street's personnel records: the street's rights, but auditors write nothing. */
    static final String AUDITING_CLERK = "auditingclerk";
    static final String EAST = "990101001";
    static final List<Integer> REFUSALS = List.of(400, 401, 403);

    @LocalServerPort
    int port;
    @Autowired
    TestRestTemplate rest;

    @BeforeAll
    static void auditingClerk(@Autowired IdentityService identityService) {
        if (identityService.createUserQuery().userId(AUDITING_CLERK).count() == 0) {
            User user = identityService.newUser(AUDITING_CLERK);
            user.setFirstName("审计");
            user.setLastName("兼人事");
            user.setPassword(Api.PASSWORD);
            identityService.saveUser(user);
            identityService.createMembership(AUDITING_CLERK, "auditors");
            identityService.createMembership(AUDITING_CLERK, UnitGroups.streetHr(EAST));
        }
    }

    /** #17 path tricks: an auditor (who is also a street's personnel office) writes through a disguised /api path. */
    @Test
    void anAuditorCannotWriteThroughADisguisedPath() throws Exception {
        Api api = new Api(rest);
        for (String prefix : List.of("/api", "/%61pi", "/api;x=1", "//api", "/api/.", "/API", "/./api", "/api/x/..")) {
            String worker = "P" + UUID.randomUUID().toString().substring(0, 8);
            String json = "{\"workerId\":\"" + worker + "\",\"idCardNumber\":\"" + IdCards.of("1990-01-01")
                    + "\",\"name\":\"伪装\",\"birthDate\":\"1990-01-01\","
                    + "\"communityCode\":\"" + EAST + "001\",\"role\":\"STAFF\",\"education\":\"BACHELOR\","
                    + "\"communityWorkSince\":\"2020-01-01\"}";
            RawHttp.Response response = RawHttp.request(port, "POST", prefix + "/workers").as(AUDITING_CLERK, Api.PASSWORD)
                    .body("application/json", json.getBytes(StandardCharsets.UTF_8)).send();
            assertThat(response.status()).as(prefix + ": " + response).isIn(REFUSALS);
            assertThat(api.get(Api.ADMIN, "/api/workers/" + worker).status()).as(prefix).isEqualTo(404);
        }
    }

    /** #17 path tricks: an anonymous caller reads nothing through a disguised /api or /engine-rest path. */
    @Test
    void anAnonymousCallerReadsNothingThroughADisguisedPath() throws Exception {
        for (String path : List.of("/%61pi/workers/W001", "/api;x=1/workers/W001", "//api/workers/W001",
                "/api/./workers/W001", "/API/workers/W001", "/Api/Workers/W001", "/api/workers/W001;x=1",
                "/%65ngine-rest/task", "/engine-rest;x=1/task", "/ENGINE-REST/task", "/engine-rest//task",
                "/engine-rest/%2e/task", "/x/../api/workers/W001")) {
            RawHttp.Response response = RawHttp.request(port, "GET", path).send();
            assertThat(response.status()).as(path + ": " + response).isIn(REFUSALS);
        }
    }

    /** #17 path tricks: someone who is not an auditor opens the audit page through a disguised path. */
    @Test
    void onlyAuditorsOpenTheAuditPageWhateverThePath() throws Exception {
        for (String path : List.of("/%61udit/", "/%61udit/index.html", "/audit;x=1/", "//audit/", "/./audit/",
                "/AUDIT/", "/Audit/index.html", "/audit/%69ndex.html", "/x/../audit/")) {
            RawHttp.Response response = RawHttp.request(port, "GET", path).as("eastparty", Api.PASSWORD).send();
            assertThat(response.status()).as(path + ": " + response).isIn(REFUSALS);
            assertThat(response.text()).as(path).doesNotContain("流程审计");
        }
        RawHttp.Response page = RawHttp.request(port, "GET", "/audit/").as("auditor", Api.PASSWORD).send();
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).contains("流程审计");
    }
}
