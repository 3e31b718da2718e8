package cn.communityworkers.workforce;

import static cn.communityworkers.support.Api.variables;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;

import cn.communityworkers.support.Api;
import cn.communityworkers.support.IntegrationTest;
import cn.communityworkers.support.Secondments;
import cn.communityworkers.system.ClockConfiguration;

/** #21 a worker's career page over HTTP: who may read it, its sections, and the process behind each entry. */
@IntegrationTest
class CareerPageIT {

    static final String COMMUNITY = "990101001001";

    @Autowired
    TestRestTemplate rest;

    /** A worker of 春晖社区 seconded by an approved secondment, then given a disciplinary action directly. */
    String secondedWorker(Api api) {
        Secondments secondments = new Secondments(api);
        String worker = secondments.newWorker(COMMUNITY, "履历测试");
        Api.Response started = api.post("easthr", Secondments.START, variables(Secondments.request(worker)));
        assertThat(started.status()).as(started.text()).isEqualTo(200);
        String instance = started.json().path("id").asText();
        complete(api, "chunhui", secondments.onlyTask("chunhui", instance),
                Map.of("communityAgrees", true, "communityOpinion", "同意"));
        complete(api, "eastparty", secondments.onlyTask("eastparty", instance), Map.of("streetApproves", true));
        complete(api, "countysocialwork", secondments.onlyTask("countysocialwork", instance),
                Map.of("countyApproves", true, "countyOpinion", "准予借调"));
        assertThat(api.post("easthr", "/api/workers/" + worker + "/disciplinary-actions", Map.of("type", "WARNING",
                "decidedOn", java.time.LocalDate.now(ClockConfiguration.CHINA).minusDays(1).toString(), "decidedBy", "东城街道党工委",
                "reason", "值班期间擅自离岗")).status()).isEqualTo(201);
        return worker + "/" + instance;
    }

    static void complete(Api api, String user, String task, Map<String, Object> answer) {
        assertThat(api.post(user, "/engine-rest/task/" + task + "/complete", variables(answer)).status())
                .as(user).isEqualTo(204);
    }

    @Test
    void theCareerShowsEverySectionWithTheProcessBehindEachEntry() {
        Api api = new Api(rest);
        String[] seconded = secondedWorker(api).split("/");
        String worker = seconded[0];
        String instance = seconded[1];

        Api.Response asStreetHr = api.get("easthr", "/api/workers/" + worker + "/career");
        assertThat(asStreetHr.status()).as(asStreetHr.text()).isEqualTo(200);
        JsonNode career = asStreetHr.json();
        assertThat(career.path("worker").path("name").asText()).isEqualTo("履历测试");
        assertThat(career.path("worker").path("idCardNumberMasked").asBoolean()).isFalse();
        assertThat(career.path("sections").findValuesAsText("key")).containsExactly("status", "placement", "role",
                "grade", "contract", "secondment", "assessment", "training", "discipline", "economic-audit");

        JsonNode status = section(career, "status");
        assertThat(status.path("title").asText()).isEqualTo("人员状态");
        JsonNode registered = status.path("entries").get(0);
        assertThat(registered.path("summary").asText()).isEqualTo("状态:在岗");
        assertThat(registered.path("detail").asText()).isEqualTo("登记入册");
        assertThat(registered.has("processInstanceId")).as("registered, by no process").isFalse();
        JsonNode secondedStatus = status.path("entries").get(1);
        assertThat(secondedStatus.path("summary").asText()).isEqualTo("状态:在岗 → 借调");
        assertThat(secondedStatus.path("processInstanceId").asText()).isEqualTo(instance);
        assertThat(secondedStatus.path("processName").asText()).isNotBlank();

        JsonNode secondment = section(career, "secondment").path("entries");
        assertThat(secondment).hasSize(1);
        assertThat(secondment.get(0).path("summary").asText()).startsWith("借调到东城街道综合行政执法队");
        assertThat(secondment.get(0).path("processInstanceId").asText()).isEqualTo(instance);

        assertThat(section(career, "grade").path("entries").findValuesAsText("summary"))
                .anyMatch(summary -> summary.matches("岗位等级:第\\d+级"));
        assertThat(section(career, "contract").path("entries").findValuesAsText("summary"))
                .contains("合同期满日:" + career.path("worker").path("contractEnd").asText());
        JsonNode discipline = section(career, "discipline").path("entries");
        assertThat(discipline.get(0).path("summary").asText()).startsWith("警告处分,影响期至");
        assertThat(discipline.get(0).path("detail").asText()).isEqualTo("东城街道党工委:值班期间擅自离岗");

        // Every entry a process made names it, on the timeline too; the timeline runs newest first.
        List<String> dates = new ArrayList<>();
        for (JsonNode event : career.path("timeline")) {
            dates.add(event.path("date").asText());
            if (event.has("processInstanceId")) {
                assertThat(event.path("processName").asText()).as(event.toString()).isNotBlank();
            }
        }
        assertThat(dates).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(career.path("timeline").findValuesAsText("processInstanceId")).contains(instance);
    }

    /**
     * The career processes' entries are on the page with the instance behind each: the demo election's end and start
     * of 许秀英's term as secretary (her earlier term stays as the roster registered it), 郑军's training this year.
     */
    @Test
    void theElectionsTermsAndTheTrainingsAreOnTheCareerPage() {
        Api api = new Api(rest);
        JsonNode role = section(api.get("auditor", "/api/workers/W002/career").json(), "role").path("entries");
        List<JsonNode> terms = new ArrayList<>();
        role.forEach(entry -> {
            if (entry.path("summary").asText().startsWith("社区党组织书记任期:")) {
                terms.add(entry);
            }
        });
        assertThat(terms).as(role.toString()).hasSize(2);
        assertThat(terms.get(0).path("summary").asText()).contains("至").endsWith("(任满一届)");
        assertThat(terms.get(1).path("summary").asText()).endsWith("起");
        String election = terms.get(0).path("processInstanceId").asText();
        assertThat(terms.get(1).path("processInstanceId").asText()).isEqualTo(election);
        assertThat(api.get(Api.ADMIN, "/engine-rest/history/process-instance/" + election).json()
                .path("processDefinitionKey").asText()).isEqualTo("community-election");
        assertThat(role.findValuesAsText("detail")).containsOnlyOnce("名册登记");

        JsonNode trainings = section(api.get("auditor", "/api/workers/W001/career").json(), "training").path("entries");
        assertThat(trainings.findValuesAsText("summary")).containsExactly("县级培训:社区党组织书记履职能力示范培训班(24学时)");
    }

    @Test
    void onlyThoseWhoMaySeeTheWorkerReadTheCareerAndTheNumberIsMaskedButToThePersonnelOffices() {
        Api api = new Api(rest);
        String worker = new Secondments(api).newWorker(COMMUNITY, "履历权限");
        String path = "/api/workers/" + worker + "/career";
        String number = api.get("easthr", path).json().path("worker").path("idCardNumber").asText();
        assertThat(number).hasSize(18);

        Api.Response asAuditor = api.get("auditor", path);
        assertThat(asAuditor.status()).isEqualTo(200);
        assertThat(asAuditor.json().path("worker").path("idCardNumber").asText())
                .isEqualTo(number.substring(0, 6) + "********" + number.substring(14));
        assertThat(asAuditor.text()).doesNotContain(number);
        assertThat(api.get("countyhrss", path).json().path("worker").path("idCardNumber").asText()).isEqualTo(number);
        assertThat(api.get("chunhui", path).json().path("worker").path("idCardNumberMasked").asBoolean()).isTrue();

        assertThat(api.get("westhr", path).status()).isEqualTo(403);
        assertThat(api.get("xinhua", path).status()).isEqualTo(403);
        assertThat(api.get("easthr", "/api/workers/NOBODY/career").status()).isEqualTo(404);
    }

    /** The page is any logged-in user's (its call checks the worker), with the pages' headers; nobody's anonymously. */
    @Test
    void thePageNeedsALoginAndLoadsOnlyItsOwnContent() {
        ResponseEntity<String> page = rest.withBasicAuth("chunhui", Api.PASSWORD).getForEntity("/career/", String.class);
        assertThat(page.getStatusCode().value()).isEqualTo(200);
        assertThat(page.getBody()).contains("社区工作者履历");
        assertThat(page.getHeaders().getFirst("Content-Security-Policy")).contains("script-src 'self';")
                .contains("frame-ancestors 'none'");
        assertThat(page.getHeaders().getCacheControl()).contains("no-store");
        assertThat(rest.getForEntity("/career/", String.class).getStatusCode().value()).isEqualTo(401);
    }

    static JsonNode section(JsonNode career, String key) {
        for (JsonNode section : career.path("sections")) {
            if (section.path("key").asText().equals(key)) {
                return section;
            }
        }
        throw new AssertionError("no section " + key);
    }
}
