package cn.communityworkers.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.unit.DataSize;

import cn.communityworkers.support.Api;
import cn.communityworkers.support.IdCards;
import cn.communityworkers.support.IntegrationTest;

/**
 * #17 item 9: request bodies are limited, refused with 413 before they are read (or as soon as a chunked one passes
 * its limit), and a caller without any right to an upload is refused before its body is read. The reproduced attack:
 * a 700 MB body to {@code /api/workers/import} from a user without rights exhausted the heap.
 */
@IntegrationTest
class UploadAttacksIT {

    static final long HUGE = 700L * 1024 * 1024;
    /** The two addresses a roster is uploaded to: imported at once, or kept and imported in the background. */
    static final String[] ROSTER_UPLOADS = {"/api/workers/import", "/api/roster-imports?name=huge.csv"};
    /** What the client can push into the sockets' buffers and Tomcat's swallowing while the server reads nothing. */
    static final long UNREAD = 16L * 1024 * 1024;

    @LocalServerPort
    int port;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcTemplate jdbc;
    @Value("${security.max-upload-size}")
    DataSize uploadLimit;
    @Value("${security.max-body-size}")
    DataSize bodyLimit;
    @Value("${security.max-upload-lines}")
    long maxLines;

    /** #17 unbounded uploads: 700 MB to the roster import from a user without the right to import is not read. */
    @Test
    void aRosterFromAUserWithoutRightsIsRefusedBeforeItsBodyIsRead() throws Exception {
        for (String upload : ROSTER_UPLOADS) {
            for (String user : new String[] {"eastparty", "auditor", "designer", "chunhui"}) {
                RawHttp.Response refused = RawHttp.request(port, "POST", upload).as(user, Api.PASSWORD)
                        .generated("text/csv", HUGE).send();
                assertThat(refused.status()).as(user + " " + upload + ": " + refused).isEqualTo(403);
                assertThat(refused.json().path("detail").asText()).as(user).isNotBlank();
                assertThat(refused.bodyBytesSent()).as(user + " " + upload).isLessThan(UNREAD);
            }
        }
    }

    /** #17 unbounded uploads: an anonymous 700 MB upload is not read either. */
    @Test
    void anAnonymousUploadIsRefusedBeforeItsBodyIsRead() throws Exception {
        for (String upload : ROSTER_UPLOADS) {
            RawHttp.Response refused = RawHttp.request(port, "POST", upload).generated("text/csv", HUGE).send();
            assertThat(refused.status()).as(upload + ": " + refused).isEqualTo(401);
            assertThat(refused.bodyBytesSent()).as(upload).isLessThan(UNREAD);
        }
    }

    /** #17 unbounded uploads: the scores and the satisfaction survey from users without the right are not read. */
    @Test
    void scoresAndSurveysFromUsersWithoutRightsAreRefusedBeforeTheirBodyIsRead() throws Exception {
        String[][] attempts = {
                {"eastparty", "/api/recruitments/" + UUID.randomUUID() + "/scores"},
                {"countysocialwork", "/api/recruitments/" + UUID.randomUUID() + "/scores"},
                {"countyhrss", "/api/assessment-campaigns/990101/2025/satisfaction"},
                {"easthr", "/api/assessment-campaigns/990101/2025/satisfaction"},
                {"countysocialwork", "/api/assessment-campaigns/990199/2025/satisfaction"}};
        for (String[] attempt : attempts) {
            RawHttp.Response refused = RawHttp.request(port, "POST", attempt[1]).as(attempt[0], Api.PASSWORD)
                    .generated("text/csv", HUGE).send();
            assertThat(refused.status()).as(attempt[0] + " " + attempt[1] + ": " + refused).isEqualTo(403);
            assertThat(refused.bodyBytesSent()).as(attempt[0] + " " + attempt[1]).isLessThan(UNREAD);
        }
    }

    /** #17 unbounded uploads: a roster that says it is larger than the limit is refused without being read. */
    @Test
    void anUploadLargerThanTheLimitIsRefusedBeforeItsBodyIsRead() throws Exception {
        long kept = jdbc.queryForObject("select count(*) from roster_import", Long.class);
        for (String upload : ROSTER_UPLOADS) {
            RawHttp.Response refused = RawHttp.request(port, "POST", upload).as(Api.ADMIN, Api.PASSWORD)
                    .generated("text/csv", HUGE).send();
            assertThat(refused.status()).as(upload + ": " + refused).isEqualTo(413);
            assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
            assertThat(refused.json().path("detail").asText()).contains("请求内容过大").contains("50 MB");
            assertThat(refused.bodyBytesSent()).as(upload).isLessThan(UNREAD);
        }
        assertThat(jdbc.queryForObject("select count(*) from roster_import", Long.class)).as("nothing kept").isEqualTo(kept);
    }

    /** #17 unbounded uploads: a chunked roster (no length said) is read up to the limit only, then refused. */
    @Test
    void aChunkedUploadIsCutOffAtTheLimit() throws Exception {
        long kept = jdbc.queryForObject("select count(*) from roster_import", Long.class);
        for (String upload : ROSTER_UPLOADS) {
            RawHttp.Response refused = RawHttp.request(port, "POST", upload).as(Api.ADMIN, Api.PASSWORD)
                    .chunked("text/csv", HUGE).send();
            assertThat(refused.status()).as(upload + ": " + refused).isEqualTo(413);
            assertThat(refused.json().path("status").asInt()).isEqualTo(413);
            assertThat(refused.bodyBytesSent()).as(upload).isGreaterThan(uploadLimit.toBytes())
                    .isLessThan(uploadLimit.toBytes() + UNREAD);
        }
        assertThat(jdbc.queryForObject("select count(*) from roster_import", Long.class)).as("nothing kept").isEqualTo(kept);
    }

    /** #17 unbounded uploads: every other body (here a deployment and a JSON call) has the smaller general limit. */
    @Test
    void otherBodiesLargerThanTheGeneralLimitAreRefused() throws Exception {
        long tooLarge = bodyLimit.toBytes() + 1;
        RawHttp.Response deployment = RawHttp.request(port, "POST", "/engine-rest/deployment/create")
                .as(Api.ADMIN, Api.PASSWORD).generated("multipart/form-data; boundary=x", tooLarge).send();
        assertThat(deployment.status()).as(deployment.toString()).isEqualTo(413);
        assertThat(deployment.bodyBytesSent()).isLessThan(UNREAD);
        RawHttp.Response chunkedDeployment = RawHttp.request(port, "POST", "/engine-rest/deployment/create")
                .as(Api.ADMIN, Api.PASSWORD).chunked("multipart/form-data; boundary=x", HUGE).send();
        assertThat(chunkedDeployment.status()).as(chunkedDeployment.toString()).isEqualTo(413);
        assertThat(chunkedDeployment.bodyBytesSent()).isLessThan(bodyLimit.toBytes() + UNREAD);
        RawHttp.Response json = RawHttp.request(port, "POST", "/api/workers").as(Api.ADMIN, Api.PASSWORD)
                .chunked("application/json", HUGE).asJson().send();
        assertThat(json.status()).as(json.toString()).isEqualTo(413);
        assertThat(json.bodyBytesSent()).isLessThan(bodyLimit.toBytes() + UNREAD);
    }

    /** #17 unbounded uploads: a roster of more lines than the limit (tiny rows, each kept until all are checked). */
    @Test
    void aRosterOfTooManyLinesIsRefused() throws Exception {
        String id = "L" + UUID.randomUUID().toString().substring(0, 8);
        StringBuilder csv = new StringBuilder("workerId,idCardNumber,name,birthDate,communityCode,role,education,communityWorkSince\n"
                + id + "," + IdCards.of("1990-01-01") + ",太多,1990-01-01,990101001001,STAFF,BACHELOR,2020-01-01\n");
        for (long line = 2; line <= maxLines; line++) {
            csv.append("x\n");
        }
        RawHttp.Response refused = RawHttp.request(port, "POST", "/api/workers/import").as(Api.ADMIN, Api.PASSWORD)
                .chunkedBody("text/csv", csv.toString().getBytes(StandardCharsets.UTF_8)).send();
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.json().path("violations").get(0).path("rule").asText()).isEqualTo("max-lines");
        assertThat(refused.json().path("detail").asText()).contains(String.valueOf(maxLines));
        assertThat(new Api(rest).get(Api.ADMIN, "/api/workers/" + id).status()).isEqualTo(404);
    }

    /** #17 rosters parsed as a stream: a chunked roster within the limit is imported, all or nothing as before. */
    @Test
    void aChunkedRosterWithinTheLimitIsImported() throws Exception {
        String id = "K" + UUID.randomUUID().toString().substring(0, 8);
        String csv = "\uFEFFworkerId,idCardNumber,name,birthDate,communityCode,role,education,communityWorkSince\n"
                + id + "," + IdCards.of("1990-01-01") + ",流式,1990-01-01,990101001001,STAFF,BACHELOR,2020-01-01\n";
        RawHttp.Response imported = RawHttp.request(port, "POST", "/api/workers/import").as(Api.ADMIN, Api.PASSWORD)
                .chunkedBody("text/csv", csv.getBytes(StandardCharsets.UTF_8)).send();
        assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
        assertThat(new Api(rest).get(Api.ADMIN, "/api/workers/" + id).json().path("name").asText()).isEqualTo("流式");
    }
}
