package cn.communityworkers.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.communityworkers.support.Api;
import cn.communityworkers.support.IdCards;
import cn.communityworkers.support.IntegrationTest;

/**
 * #17 item 3: a page of another site cannot make the browser of a logged-in user change anything, and only
 * administrators deploy. The deployment is the reproduced attack: a foreign page auto-submitted a multipart form to
 * {@code /engine-rest/deployment/create} with the administrator's cached HTTP Basic login, and the model's
 * expression ran a command on the server.
 */
@IntegrationTest
class CrossSiteAttacksIT {

    static final String EVIL = "http://evil.example";

    @LocalServerPort
    int port;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    TestRestTemplate rest;

    final String name = "cross-site-" + UUID.randomUUID();

    @AfterEach
    void removeProbeDeployments() {
        repositoryService.createDeploymentQuery().deploymentName(name).list()
                .forEach(deployment -> repositoryService.deleteDeployment(deployment.getId(), true));
    }

    /** #17 CSRF to code execution: the administrator's browser posts the deployment form of a page on another origin. */
    @Test
    void aDeploymentFromAnotherOriginIsRefused() throws Exception {
        RawHttp.Response refused = deploy("/engine-rest/deployment/create", Api.ADMIN).header("Origin", EVIL).send();
        assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.json().path("detail").asText()).contains("跨站");
        assertThat(deployed()).isZero();
    }

    /** #17 CSRF to code execution: a browser that sends no Origin still says the request comes from another site. */
    @Test
    void aDeploymentMarkedCrossSiteIsRefused() throws Exception {
        for (String site : new String[] {"cross-site", "same-site"}) {
            RawHttp.Response refused = deploy("/engine-rest/deployment/create", Api.ADMIN)
                    .header("Sec-Fetch-Site", site).send();
            assertThat(refused.status()).as(site + ": " + refused).isEqualTo(403);
        }
        assertThat(deployed()).isZero();
    }

    /** #17 CSRF to code execution: a sandboxed frame (or a redirect) sends {@code Origin: null}. */
    @Test
    void aDeploymentFromTheNullOriginIsRefused() throws Exception {
        RawHttp.Response refused = deploy("/engine-rest/deployment/create", Api.ADMIN).header("Origin", "null").send();
        assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
        assertThat(deployed()).isZero();
    }

    /** #17 CSRF: the application's own pages, and clients that are not browsers (Modeler, scripts), still deploy. */
    @Test
    void theOwnOriginAndClientsWithoutBrowserHeadersStillDeploy() throws Exception {
        RawHttp.Response sameOrigin = deploy("/engine-rest/deployment/create", Api.ADMIN)
                .header("Origin", "http://localhost:" + port).header("Sec-Fetch-Site", "same-origin").send();
        assertThat(sameOrigin.status()).as(sameOrigin.toString()).isEqualTo(200);
        RawHttp.Response script = deploy("/engine-rest/deployment/create", Api.ADMIN).send();
        assertThat(script.status()).as(script.toString()).isEqualTo(200);
        assertThat(deployed()).isEqualTo(2);
    }

    /** #17 CSRF: the simple forms a foreign page can post without asking (text/plain, urlencoded) to the project API. */
    @Test
    void simpleFormsFromAnotherOriginToTheProjectApiAreRefused() throws Exception {
        String worker = "X" + UUID.randomUUID().toString().substring(0, 8);
        String json = "{\"workerId\":\"" + worker + "\",\"idCardNumber\":\"" + IdCards.of("1990-01-01")
                + "\",\"name\":\"跨站\",\"birthDate\":\"1990-01-01\","
                + "\"communityCode\":\"990101001001\",\"role\":\"STAFF\",\"education\":\"BACHELOR\","
                + "\"communityWorkSince\":\"2020-01-01\"}";
        for (String type : new String[] {"text/plain", "application/x-www-form-urlencoded", "application/json"}) {
            RawHttp.Response refused = RawHttp.request(port, "POST", "/api/workers").as(Api.ADMIN, Api.PASSWORD)
                    .header("Origin", EVIL).body(type, json.getBytes(StandardCharsets.UTF_8)).send();
            assertThat(refused.status()).as(type + ": " + refused).isEqualTo(403);
        }
        RawHttp.Response roster = RawHttp.request(port, "POST", "/api/workers/import").as(Api.ADMIN, Api.PASSWORD)
                .header("Sec-Fetch-Site", "cross-site").body("text/csv", ("workerId,name\n" + worker + ",跨站\n")
                        .getBytes(StandardCharsets.UTF_8)).send();
        assertThat(roster.status()).as(roster.toString()).isEqualTo(403);
        assertThat(new Api(rest).get(Api.ADMIN, "/api/workers/" + worker).status()).isEqualTo(404);
    }

    /** #17 only camunda-admin deploys: a process designer and an approver are refused, by either address of the API. */
    @Test
    void onlyAdministratorsDeploy() throws Exception {
        for (String user : new String[] {"designer", "countysocialwork", "auditor"}) {
            for (String path : new String[] {"/engine-rest/deployment/create",
                    "/engine-rest/engine/default/deployment/create"}) {
                RawHttp.Response refused = deploy(path, user).send();
                assertThat(refused.status()).as(user + " " + path + ": " + refused).isEqualTo(403);
            }
        }
        assertThat(deployed()).isZero();
        Deployment any = repositoryService.createDeploymentQuery().list().get(0);
        RawHttp.Response delete = RawHttp.request(port, "DELETE", "/engine-rest/deployment/" + any.getId())
                .as("designer", Api.PASSWORD).send();
        assertThat(delete.status()).as(delete.toString()).isEqualTo(403);
        assertThat(repositoryService.createDeploymentQuery().deploymentId(any.getId()).count()).isOne();
    }

    private long deployed() {
        return repositoryService.createDeploymentQuery().deploymentName(name).count();
    }

    /** A multipart deployment of a one-task process, as the browser's form or Camunda Modeler sends it. */
    private RawHttp deploy(String path, String user) {
        String boundary = "----probe" + UUID.randomUUID();
        String bpmn = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<definitions xmlns=\"http://www.omg.org/spec/BPMN/20100524/MODEL\""
                + " xmlns:camunda=\"http://camunda.org/schema/1.0/bpmn\" targetNamespace=\"probe\">"
                + "<process id=\"crossSiteProbe\" isExecutable=\"true\" camunda:historyTimeToLive=\"P1D\">"
                + "<startEvent id=\"StartEvent_Probe\"/></process></definitions>";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\n" + name
                + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"probe.bpmn\"; filename=\"probe.bpmn\""
                + "\r\nContent-Type: application/octet-stream\r\n\r\n" + bpmn + "\r\n--" + boundary + "--\r\n";
        return RawHttp.request(port, "POST", path).as(user, Api.PASSWORD)
                .body("multipart/form-data; boundary=" + boundary, body.getBytes(StandardCharsets.UTF_8));
    }
}
