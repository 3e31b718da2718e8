package cn.communityworkers.e2e;

import static cn.communityworkers.support.Api.variables;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;

import cn.communityworkers.support.Api;
import cn.communityworkers.support.IdCards;
import cn.communityworkers.system.ClockConfiguration;

/**
 * Approvers of the demo county in a Chinese Tasklist, one journey per process: a demo approver logs in, finds
 * the task under "本组待办", opens it, sees the form in Chinese, tries an invalid value and reads the refusal,
 * completes the task; then the next approver, in a browser of their own, finds the next task. Cases are
 * started over the engine's REST API as the users who would start them. Another journey is one more test
 * of the same shape; {@link Tasklist#page()} reaches the other pages of the application.
 * <p>
 * The first journey of the e2e execution (which runs them by name): the annual assessment rates 东城街道 as the demo
 * county seeds it, and other journeys register workers there.
 */
class ApprovalsE2E extends BrowserJourney {

    @Autowired
    JdbcTemplate jdbc;

    String start(String user, String processKey, Map<String, Object> values) {
        Api.Response started = api.post(user, "/engine-rest/process-definition/key/" + processKey + "/start", variables(values));
        assertThat(started.status()).as(started.text()).isEqualTo(200);
        return started.json().path("id").asText();
    }

    @Test
    void secondment() {
        // 刘杰 (W017), full-time staff of 春晖社区, 东城街道; no other test seconds him.
        LocalDate begins = LocalDate.now(ClockConfiguration.CHINA).plusDays(10);
        String instance = start("easthr", "secondment", Map.of("workerId", "W017", "borrowingOrganization", "东城街道社区治理办公室",
                "borrowingOrgLevel", "STREET", "borrowingOrgType", "PARTY_GOVERNMENT_ORGAN",
                "startDate", begins.toString(), "endDate", begins.plusMonths(3).toString(), "purpose", "社区治理专项工作"));

        try (Tasklist community = Tasklist.logIn(browser, "chunhui", "secondment")) {
            community.openGroupTask("提出社区意见", "刘杰").claim()
                    .shows("借调申请").shows("审批意见");
            community.screenshot("form");
            // No decision is taken for the approver: the choice is required, and a "no" needs an opinion.
            community.complete().refused("此项必填");
            community.field("不同意借调").check();
            community.complete().refused("不同意借调时必须填写意见");
            community.field("同意借调").check();
            community.field("社区意见(不同意时必填)").fill("同意,工作已安排他人接替");
            community.complete().completed();
        }
        try (Tasklist street = Tasklist.logIn(browser, "eastparty", "secondment")) {
            street.openGroupTask("街道审核借调", "刘杰").claim().shows("同意,工作已安排他人接替");
            street.screenshot("next-task");
            street.field("同意借调").check();
            street.field("街道审核意见(不同意时必填)").fill("同意,报县级审批");
            street.complete().completed();
        }
        // The county's approval is next (the county's own journey is the recruitment's plan approval).
        assertThat(api.get("countysocialwork", "/engine-rest/task?processInstanceId=" + instance
                + "&taskDefinitionKey=Task_ApproveAtCounty").json()).as("the county's approval, next").hasSize(1);
    }

    @Test
    void recruitment() {
        String instance = start("easthr", "recruitment", Map.of("streetCode", "990101001", "positions", 1));

        try (Tasklist county = Tasklist.logIn(browser, "countysocialwork", "recruitment")) {
            county.openGroupTask("审批招聘计划", "东城街道").claim()
                    .shows("招聘计划").shows("编制情况").shows("编制标准(人)");
            county.screenshot("form");
            county.complete().refused("此项必填");
            county.field("不批准").check();
            county.complete().refused("不批准招聘计划时必须填写意见");
            county.field("批准招聘计划").check();
            county.field("审批意见(不批准时必填)").fill("同意按计划招聘");
            county.complete().completed();
        }

        // One applicant while applications are open; then they close (the timer is run now, not in ten days).
        Api.Response applied = api.post("easthr", "/api/recruitments/" + instance + "/applications", Map.of(
                "idCardNumber", IdCards.of("1996-04-02"), "name", "林晓", "birthDate", "1996-04-02",
                "education", "BACHELOR", "partyMember", true));
        assertThat(applied.status()).as(applied.text()).isEqualTo(201);
        runJob(instance, "Timer_ApplicationsClose");

        try (Tasklist street = Tasklist.logIn(browser, "easthr", "recruitment")) {
            street.openGroupTask("审查报名资格", "林晓").claim().shows("资格初审(规则建议)");
            street.screenshot("next-task");
            street.field("符合报名条件").check();
            street.complete().completed();
        }
        assertThat(api.get(Api.ADMIN, "/engine-rest/task?processInstanceId=" + instance
                + "&taskDefinitionKey=Task_ReviewEligibility").json()).as("no eligibility left to review").isEmpty();
    }

    @Test
    void annualAssessment() throws InterruptedException {
        int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
        openCampaign(year);
        await("every assessment of the campaign started", () -> {
            JsonNode progress = api.get("countysocialwork", "/api/assessment-campaigns/990101/" + year).json();
            return progress.path("total").asLong() > 0 && progress.path("started").asLong() == progress.path("total").asLong();
        });

        // 魏文 (W016) of 春晖社区 is scored in the browser; out-of-range scores are refused by the form itself.
        try (Tasklist community = Tasklist.logIn(browser, "chunhui", "assessment")) {
            community.openGroupTask("评定政治素质和工作实绩", "魏文").claim().shows("考核对象").shows("社区评分");
            community.screenshot("form");
            community.field("政治素质得分(0至100)").fill("150");
            community.field("工作实绩得分(0至100)").fill("88");
            community.refused("不能大于 100。").cannotComplete();
            community.field("政治素质得分(0至100)").fill("92");
            community.complete().completed();
        }

        // The rest of 东城街道 over REST: the survey's results, the other scores and the probationers' comments.
        StringBuilder survey = new StringBuilder("workerId,score\n");
        for (JsonNode instance : api.get(Api.ADMIN, "/engine-rest/process-instance?maxResults=1000"
                + "&processDefinitionKey=annualAssessment&businessKeyLike=A-" + year + "-W%").json()) {
            String id = instance.path("id").asText();
            String workerId = instance.path("businessKey").asText().substring(("A-" + year + "-").length());
            boolean ofCampaign = api.get(Api.ADMIN, "/api/workers/" + workerId).json().path("countyCode").asText()
                    .equals("990101");
            boolean waiting = !api.get(Api.ADMIN, "/engine-rest/execution?messageEventSubscriptionName=SatisfactionReported"
                    + "&processInstanceId=" + id).json().isEmpty();
            if (ofCampaign && waiting) {
                survey.append(workerId).append(",90\n");
            }
        }
        Api.Response reported = api.postCsv("countysocialwork", "/api/assessment-campaigns/990101/" + year + "/satisfaction",
                survey.toString());
        assertThat(reported.status()).as(reported.text()).isEqualTo(200);
        // Scores from 82 to 94 in turn, each three times: 15 reach 优秀 (a total of 90) for the 8 places of the quota,
        // in groups of equal totals.
        int scored = 0;
        for (String user : List.of("chunhui", "chaoyang", "heping")) {
            for (JsonNode task : api.get(user, "/engine-rest/task?maxResults=1000&taskDefinitionKey=Task_ScoreWorker").json()) {
                int score = 82 + scored++ % 13;
                complete(user, task, Map.of("politicalScore", score, "performanceScore", score));
            }
            for (JsonNode task : api.get(user, "/engine-rest/task?maxResults=1000&taskDefinitionKey=Task_CommentOnProbationer").json()) {
                complete(user, task, Map.of("comment", "试用期表现良好"));
            }
        }

        await("the ratings of 东城街道 to confirm", () ->
                !api.get("eastparty", "/engine-rest/task?taskDefinitionKey=Task_ConfirmStreetRatings").json().isEmpty());
        // The street committee confirms its 41 ratings in one table: the rules' proposal within the quota, and 魏文
        // (89.8, proposed 合格) rated 基本合格, which it may do only with a written reason.
        try (Tasklist street = Tasklist.logIn(browser, "eastparty", "assessment")) {
            street.openGroupTask("确定考核等次", "东城街道").shows("街道考核委员会确定考核等次").shows("魏文").claim();
            RatingsTable table = new RatingsTable(street);
            assertThat(table.rows()).as("workers of 东城街道 in the table").isGreaterThanOrEqualTo(40);
            assertThat(table.shown("W016")).contains("魏文", "春晖社区", "92 / 88 / 90", "89.8", "合格");
            street.screenshot("table");
            // Three workers tie for the seventh of eight places: none of them is proposed 优秀, each row says why.
            assertThat(table.reasonContaining("并列优秀")).contains("与另 2 人并列优秀第 7 名,优秀名额只余 2 个(共 8 个)");
            street.screenshot("tie-at-the-quota");
            table.rate("W016", "基本合格");
            street.complete().refused("调整魏文的建议等次(合格 → 基本合格)必须写明调整理由");
            table.reason("W016", "年度内两次工作失误");
            street.complete().completed();
        }
        JsonNode progress = api.get("countysocialwork", "/api/assessment-campaigns/990101/" + year).json();
        assertThat(progress.path("stages").path("CONFIRMED").asLong()).as("ratings confirmed").isGreaterThanOrEqualTo(40);
        String campaign = progress.path("processInstanceId").asText();
        JsonNode trail = api.get("auditor", "/api/audit/process-instances/" + campaign).json().path("trail");
        assertThat(trail.findValues("overrides").toString()).as("the committee's change, with its reason, in the audit trail")
                .contains("W016", "BASICALLY_QUALIFIED", "年度内两次工作失误");

        // The auditor finds 魏文's assessment by her name; its start names her and her community, which the history
        // keeps in the variables alone (no detail rows for the names a campaign's start is given).
        String assessment = api.get(Api.ADMIN, "/engine-rest/history/process-instance"
                + "?processDefinitionKey=annualAssessment&processInstanceBusinessKey=A-" + year + "-W016").json()
                .path(0).path("id").asText();
        try (BrowserContext auditor = browser.newContext("auditor", Api.PASSWORD)) {
            Page page = auditor.newPage();
            page.navigate("/audit/");
            page.locator("select[name=processKey]").selectOption("annualAssessment");
            page.getByLabel("社区工作者(姓名或编号)").fill("魏文");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("查询")).click();
            page.locator("#instances tbody tr[data-id='" + assessment + "']").click();
            Locator named = page.locator("#timeline tbody tr").filter(new Locator.FilterOptions().setHasText("魏文"));
            PlaywrightAssertions.assertThat(named).hasCount(1);
            PlaywrightAssertions.assertThat(named).containsText("社区工作者:魏文");
            PlaywrightAssertions.assertThat(named).containsText("所在社区:春晖社区");
            page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                    .setPath(Browser.SCREENSHOTS.resolve("approvals-auditor-assessment-start.png")));
        }
    }

    @Test
    void secretaryPromotion() {
        int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
        String instance = start("countyorganization", "secretaryPromotion", Map.of("countyCode", "990101", "year", year, "posts", 1));

        // 东城街道 nominates its one eligible secretary, 郑军 (W001), from the checklist; 西城街道 nobody.
        try (Tasklist street = Tasklist.logIn(browser, "eastparty", "promotion")) {
            street.openGroupTask("推荐择优聘用人选", "东城街道").claim().shows("推荐人选").shows("条件计算日期");
            street.screenshot("form");
            street.field("郑军(春晖社区)").check();
            street.complete().completed();
        }
        try (Tasklist street = Tasklist.logIn(browser, "westparty", "promotion")) {
            street.openGroupTask("推荐择优聘用人选", "西城街道").claim();
            street.complete().completed();
        }
        assertThat(api.get(Api.ADMIN, "/engine-rest/task?processInstanceId=" + instance
                + "&taskDefinitionKey=Task_ReviewCandidate").json()).as("one nominee to review").hasSize(1);

        // The county organisation department reviews the one nominee; a score above 100 is refused by the form itself.
        try (Tasklist county = Tasklist.logIn(browser, "countyorganization", "promotion")) {
            county.openGroupTask("考察推荐人选", "郑军").claim().shows("条件核对").shows("春晖社区");
            county.screenshot("form");
            county.field("考察得分(0-100)").fill("150");
            county.refused("不能大于 100。").cannotComplete();
            county.field("考察得分(0-100)").fill("91");
            county.field("考察合格").check();
            county.complete().completed();
        }

        // After the public notice (its timer run now), the county HRSS finds the hire to approve.
        runJob(instance, "Timer_NoticeEnds");
        try (Tasklist hrss = Tasklist.logIn(browser, "countyhrss", "promotion")) {
            hrss.openGroupTask("审批聘为事业单位工作人员", "郑军").claim().shows("考察得分").shows("同意聘用");
            hrss.screenshot("next-task");
            // Not hired here: the annual assessment's journey counts 郑军 among 东城街道's workers.
            hrss.field("不同意聘用").check();
            hrss.complete().completed();
        }
        assertThat(api.get(Api.ADMIN, "/engine-rest/history/process-instance?processInstanceId=" + instance).json()
                .get(0).path("state").asText()).as("the promotion, ended without a hire").isEqualTo("COMPLETED");
    }

    @Test
    void auditorSeesTheDiagramWithThePathTaken() {
        // A secondment its community does not agree to: a finished instance with a short path.
        String instance = start("easthr", "secondment", Map.of("workerId", "W042", "borrowingOrganization", "东城街道办公室",
                "borrowingOrgLevel", "STREET", "borrowingOrgType", "PARTY_GOVERNMENT_ORGAN",
                "startDate", LocalDate.now(ClockConfiguration.CHINA).plusDays(5).toString(), "endDate", LocalDate.now(ClockConfiguration.CHINA).plusDays(60).toString(),
                "purpose", "审计页面检查"));
        String task = api.get("heping", "/engine-rest/task?processInstanceId=" + instance).json().get(0).path("id").asText();
        assertThat(api.post("heping", "/engine-rest/task/" + task + "/complete", Api.variables(Map.of(
                "communityAgrees", false, "communityOpinion", "社区近期工作任务重,不同意"))).status()).isEqualTo(204);

        try (BrowserContext auditor = browser.newContext("auditor", Api.PASSWORD)) {
            Page page = auditor.newPage();
            // The page's Content-Security-Policy (its own and bpmn-js's scripts and styles only) refuses nothing it needs.
            List<String> refusedByPolicy = new ArrayList<>();
            page.onConsoleMessage(message -> {
                if (message.text().contains("Content Security Policy")) {
                    refusedByPolicy.add(message.text());
                }
            });
            page.navigate("/audit/");
            PlaywrightAssertions.assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("流程审计"))).isVisible();
            page.locator("select[name=processKey]").selectOption("secondment");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("查询")).click();
            page.locator("#instances tbody tr[data-id='" + instance + "']").click();
            PlaywrightAssertions.assertThat(page.locator("#instance")).isVisible();
            // The diagram, with the activities and flows the instance passed marked.
            PlaywrightAssertions.assertThat(page.locator("#diagram .djs-container svg")).isVisible();
            PlaywrightAssertions.assertThat(page.locator("#diagram [data-element-id=Task_CheckEligibility].visited")).hasCount(1);
            PlaywrightAssertions.assertThat(page.locator("#diagram [data-element-id=EndEvent_SecondmentRejected].visited")).hasCount(1);
            PlaywrightAssertions.assertThat(page.locator("#diagram [data-element-id=Task_ReviewAtStreet].visited")).hasCount(0);
            PlaywrightAssertions.assertThat(page.locator("#timeline")).containsText("陈静 东城街道组织人事办");
            PlaywrightAssertions.assertThat(page.locator("#decisions")).containsText("判定借调资格");
            PlaywrightAssertions.assertThat(page.locator("#decisions")).containsText("街道(乡镇)借调,报县级审批");
            page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                    .setPath(Browser.SCREENSHOTS.resolve("audit-auditor-01-instance.png")));
            assertThat(refusedByPolicy).as("what the audit page's Content-Security-Policy refused").isEmpty();
        }
    }

    /**
     * The demo county's campaign of the year, started by the county's social-work department unless it runs already.
     * The journey needs the campaign open: run it in a database of its own (the e2e failsafe execution has one).
     */
    void openCampaign(int year) {
        JsonNode earlier = api.get(Api.ADMIN, "/engine-rest/history/process-instance?processDefinitionKey=assessmentCampaign"
                + "&processInstanceBusinessKey=C-990101-" + year).json();
        if (!earlier.isEmpty()) {
            assertThat(earlier.get(0).path("state").asText())
                    .as("the demo county's campaign of %s ran already in this database", year).isEqualTo("ACTIVE");
            return;
        }
        // 东城街道's ratings come only when all its workers are rated. The survey below reports the demo's workers
        // alone, and the table's checks count on its 41 (the quota's 8 places, the ties): a worker another journey
        // registered there would keep the street's ratings from ever coming
        assertThat(jdbc.queryForList("""
                select w.worker_id from worker w join community c on c.code = w.community_code
                 where c.street_code = '990101001' and w.worker_id not like 'W%'""", String.class))
                .as("workers other journeys registered in 东城街道 before the campaign").isEmpty();
        start("countysocialwork", "assessmentCampaign", Map.of("countyCode", "990101", "year", year));
    }

    void complete(String user, JsonNode task, Map<String, Object> values) {
        Api.Response done = api.post(user, "/engine-rest/task/" + task.path("id").asText() + "/complete", variables(values));
        assertThat(done.status()).as(user + " " + task.path("name").asText() + ": " + done.text()).isEqualTo(204);
    }

    void runJob(String instance, String activityId) {
        JsonNode job = api.get(Api.ADMIN, "/engine-rest/job?processInstanceId=" + instance + "&activityId=" + activityId).json();
        assertThat(job).as("job at " + activityId).hasSize(1);
        assertThat(api.post(Api.ADMIN, "/engine-rest/job/" + job.get(0).path("id").asText() + "/execute", Map.of()).status())
                .isEqualTo(204);
    }

    void await(String what, BooleanSupplier condition) {
        Awaitility.await(what).atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(250))
                .until(condition::getAsBoolean);
    }
}
