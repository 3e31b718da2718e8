package cn.communityworkers.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.communityworkers.support.Api;
import cn.communityworkers.support.IntegrationTest;

/**
 * #17 item 11: responses of {@code /api}, {@code /engine-rest} and {@code /audit} may not be framed, sniffed or
 * cached, and their content may load nothing from elsewhere; Spring Security's refusals are problem details. The
 * reproduced finding: none of these headers were sent. The webapps keep Camunda's own headers.
 */
@IntegrationTest
class HeaderAttacksIT {

    @LocalServerPort
    int port;

    /** #17 no security headers: the project API's and the engine API's answers, refusals included. */
    @Test
    void apiAnswersCannotBeFramedSniffedOrCached() throws Exception {
        for (RawHttp call : List.of(RawHttp.request(port, "GET", "/api/workers/W001").as(Api.ADMIN, Api.PASSWORD),
                RawHttp.request(port, "GET", "/engine-rest/task?maxResults=1").as(Api.ADMIN, Api.PASSWORD),
                RawHttp.request(port, "GET", "/api/workers/W001"),
                RawHttp.request(port, "GET", "/api/audit/verifications").as("eastparty", Api.PASSWORD))) {
            RawHttp.Response response = call.send();
            assertThat(response.header("X-Frame-Options")).as(response.toString()).isEqualTo("DENY");
            assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(response.header("Cache-Control")).contains("no-store");
            assertThat(response.header("Content-Security-Policy")).contains("default-src 'none'")
                    .contains("frame-ancestors 'none'");
        }
    }

    /** #17 no security headers: the audit page loads only its own and bpmn-js's scripts and styles, and is not framed. */
    @Test
    void theAuditPageLoadsOnlyItsOwnContent() throws Exception {
        for (String path : List.of("/audit/", "/audit/audit.js")) {
            RawHttp.Response page = RawHttp.request(port, "GET", path).as("auditor", Api.PASSWORD).send();
            assertThat(page.status()).as(path).isEqualTo(200);
            assertThat(page.header("Content-Security-Policy")).as(path).contains("default-src 'self'")
                    .contains("script-src 'self';").contains("style-src 'self';").contains("object-src 'none'")
                    .contains("frame-ancestors 'none'");
            assertThat(page.header("X-Frame-Options")).isEqualTo("DENY");
            assertThat(page.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(page.header("Cache-Control")).contains("no-store");
        }
    }

    /** #17 refusals as problem details: 401 keeps the Basic challenge (the audit page's login dialog), 403 says why. */
    @Test
    void refusalsAreProblemDetailsInChinese() throws Exception {
        RawHttp.Response anonymous = RawHttp.request(port, "GET", "/audit/").send();
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.header("WWW-Authenticate")).startsWith("Basic realm=");
        assertThat(anonymous.header("Content-Type")).startsWith("application/problem+json");
        assertThat(anonymous.json().path("status").asInt()).isEqualTo(401);
        assertThat(anonymous.json().path("detail").asText()).contains("登录");

        RawHttp.Response wrongPassword = RawHttp.request(port, "GET", "/api/workers/W001").as("nobody", "wrong").send();
        assertThat(wrongPassword.status()).isEqualTo(401);
        assertThat(wrongPassword.header("WWW-Authenticate")).startsWith("Basic realm=");
        assertThat(wrongPassword.json().path("detail").asText()).contains("密码");

        RawHttp.Response notAnAuditor = RawHttp.request(port, "GET", "/audit/").as("eastparty", Api.PASSWORD).send();
        assertThat(notAnAuditor.status()).isEqualTo(403);
        assertThat(notAnAuditor.header("Content-Type")).startsWith("application/problem+json");
        assertThat(notAnAuditor.json().path("detail").asText()).isEqualTo("审计页面仅供审计人员和管理员使用");
    }

    /** The webapps are not ours to secure: Camunda's own headers (its CSP allows its scripts), no second policy. */
    @Test
    void theWebappsKeepCamundasHeaders() throws Exception {
        RawHttp.Response tasklist = RawHttp.request(port, "GET", "/camunda/app/tasklist/default/").send();
        assertThat(tasklist.status()).isEqualTo(200);
        assertThat(tasklist.headers().get("content-security-policy")).hasSize(1);
        assertThat(tasklist.header("Content-Security-Policy")).doesNotContain("default-src 'none'");
        RawHttp.Response health = RawHttp.request(port, "GET", "/actuator/health").send();
        assertThat(health.status()).isEqualTo(200);
    }
}
