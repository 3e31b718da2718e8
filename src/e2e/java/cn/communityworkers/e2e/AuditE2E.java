package cn.communityworkers.e2e;

import static cn.communityworkers.support.Api.variables;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Media;

import cn.communityworkers.support.Api;
import cn.communityworkers.support.SealVerification;
import cn.communityworkers.support.Secondments;
import cn.communityworkers.system.ClockConfiguration;

/**
 * What became of a request, in the browser: a secondment decided by its approvers (over REST, as they would in
 * Tasklist) is found by the street that asked on "我的申请" with its outcome and the county's reason, and by the
 * auditor on the audit page by the worker's name, with its outcome, unit names and the rule in Chinese; the auditor
 * opens its approval sheet (审批单), which prints on A4.
 */
class AuditE2E extends BrowserJourney {

    static final String COUNTY_OPINION = "借调期间与年度重点工作冲突,不予批准";

    @Test
    void theApplicantAndTheAuditorFindTheOutcome() {
        String name = "审" + "明华国建文军平志伟强".charAt((int) (System.nanoTime() % 10)) + "林";
        String worker = new Secondments(api).newWorker("990101001001", name);
        LocalDate begins = LocalDate.now(ClockConfiguration.CHINA).plusDays(10);
        Map<String, Object> request = Map.of("workerId", worker, "borrowingOrganization", "东城街道社区治理办公室",
                "borrowingOrgLevel", "STREET", "borrowingOrgType", "PARTY_GOVERNMENT_ORGAN",
                "startDate", begins.toString(), "endDate", begins.plusMonths(2).toString(), "purpose", "社区治理专项工作");
        Api.Response started = api.post("easthr", "/engine-rest/process-definition/key/secondment/start", variables(request));
        assertThat(started.status()).as(started.text()).isEqualTo(200);
        String instance = started.json().path("id").asText();
        complete("chunhui", instance, Map.of("communityAgrees", true, "communityOpinion", "同意借调"));
        complete("eastparty", instance, Map.of("streetApproves", true, "streetOpinion", "同意,报县级审批"));
        complete("countysocialwork", instance, Map.of("countyApproves", false, "countyOpinion", COUNTY_OPINION));

        // The street's personnel office, which asked, goes from Tasklist's header to 我的申请 and reads the outcome
        // and the county's reason.
        try (Tasklist applicant = Tasklist.logInWithPages(browser, "easthr", "requests")) {
            Page page = applicant.page().context().waitForPage(() -> applicant.page()
                    .locator("[cam-widget-header] .my-requests-action a").click());
            PlaywrightAssertions.assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("我的申请")))
                    .isVisible();
            Locator row = page.locator("#requests tbody tr[data-id='" + instance + "']");
            PlaywrightAssertions.assertThat(row).containsText(name);
            PlaywrightAssertions.assertThat(row).containsText("社区工作者借调审批");
            PlaywrightAssertions.assertThat(row).containsText("不批准(借调未获同意)");
            PlaywrightAssertions.assertThat(row).containsText(COUNTY_OPINION);
            page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                    .setPath(Browser.SCREENSHOTS.resolve("audit-easthr-01-my-requests.png")));
        }

        // The auditor opens the page at another case's trail (a link to it), and searches and opens this case before
        // the page's first answers have come: as a slow network may do, the first search (every case) and the linked
        // trail are answered only after the search and the trail asked for next, and the page must show the latter.
        String other = api.get(Api.ADMIN, "/engine-rest/history/process-instance?processDefinitionKey=secondment"
                + "&sortBy=startTime&sortOrder=asc&maxResults=1").json().path(0).path("id").asText();
        assertThat(other).as("an earlier secondment's case").isNotEqualTo(instance).isNotEmpty();
        try (BrowserContext auditor = browser.newContext("auditor", Api.PASSWORD)) {
            Page page = auditor.newPage();
            List<Route> searches = Browser.answerFirstAfterSecond(page,
                    url -> url.contains("/api/audit/process-instances?"));
            List<Route> trails = Browser.answerFirstAfterSecond(page,
                    url -> url.matches(".*/api/audit/process-instances/[^/?]+"));
            page.navigate("/audit/#" + other);
            page.getByLabel("社区工作者(姓名或编号)").fill(name);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("查询")).click();
            Locator row = page.locator("#instances tbody tr[data-id='" + instance + "']");
            PlaywrightAssertions.assertThat(row).containsText(name);
            PlaywrightAssertions.assertThat(row).containsText("不批准");
            PlaywrightAssertions.assertThat(row).containsText("陈静 东城街道组织人事办");
            PlaywrightAssertions.assertThat(page.locator("#worker-id")).containsText(name);
            row.click();
            PlaywrightAssertions.assertThat(page.locator("#outcome")).hasText("不批准(借调未获同意):" + COUNTY_OPINION);
            Locator timeline = page.locator("#timeline");
            PlaywrightAssertions.assertThat(timeline).containsText("东城街道党工委");
            PlaywrightAssertions.assertThat(timeline).containsText("借调单位层级:街道(乡镇)");
            PlaywrightAssertions.assertThat(timeline).containsText("是否批准借调:不批准借调");
            PlaywrightAssertions.assertThat(timeline).not().containsText("street990101001Party");
            PlaywrightAssertions.assertThat(timeline).not().containsText("borrowingOrgLevel = STREET");
            PlaywrightAssertions.assertThat(page.locator("#decisions")).containsText("街道(乡镇)借调,报县级审批");
            PlaywrightAssertions.assertThat(page.locator("#decisions")).not().containsText("Rule_Allowed");
            page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                    .setPath(Browser.SCREENSHOTS.resolve("audit-auditor-02-case-in-words.png")));
            assertThat(searches).as("the page's first search and the auditor's").hasSize(2);
            assertThat(trails).as("the linked trail and the case clicked").hasSize(2);

            Page sheet = auditor.waitForPage(() -> page.getByText("打印审批单").click());
            PlaywrightAssertions.assertThat(sheet.locator("#title")).hasText("社区工作者借调审批单");
            Locator opinions = sheet.locator("#opinions tbody tr");
            PlaywrightAssertions.assertThat(opinions).hasCount(3);
            PlaywrightAssertions.assertThat(opinions.nth(0)).containsText("春晖社区党组织");
            PlaywrightAssertions.assertThat(opinions.nth(0)).containsText("同意借调");
            PlaywrightAssertions.assertThat(opinions.nth(2)).containsText("示范县委社会工作部");
            PlaywrightAssertions.assertThat(opinions.nth(2)).containsText("是否批准借调:不批准借调");
            PlaywrightAssertions.assertThat(opinions.nth(2)).containsText(COUNTY_OPINION);
            PlaywrightAssertions.assertThat(sheet.locator("#worker")).containsText(name);
            PlaywrightAssertions.assertThat(sheet.locator("#outcome")).containsText("不批准");

            // As printed: print media on an A4 page at 96 dpi (210 × 297 mm); the print button is not printed.
            sheet.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
            sheet.setViewportSize(794, 1123);
            PlaywrightAssertions.assertThat(sheet.locator("#print")).isHidden();
            assertThat((Number) sheet.evaluate("document.documentElement.scrollWidth")).as("no wider than A4")
                    .satisfies(width -> assertThat(width.intValue()).isLessThanOrEqualTo(794));
            sheet.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                    .setPath(Browser.SCREENSHOTS.resolve("audit-auditor-03-approval-sheet-a4.png")));
            sheet.pdf(new Page.PdfOptions().setPreferCSSPageSize(true)
                    .setPath(Browser.SCREENSHOTS.resolve("audit-auditor-03-approval-sheet.pdf")));

            // long after the late answers came, the page still shows what the auditor asked for last
            PlaywrightAssertions.assertThat(page.locator("#instances tbody tr")).hasCount(1);
            PlaywrightAssertions.assertThat(page.locator("#worker")).isVisible();
            PlaywrightAssertions.assertThat(page.locator("#outcome")).hasText("不批准(借调未获同意):" + COUNTY_OPINION);
            PlaywrightAssertions.assertThat(page.locator("#timeline")).containsText("是否批准借调:不批准借调");
        }
    }

    /**
     * The auditor verifies the seals on the audit page: a full verification runs in the background and the page
     * follows it to its end, even when the page's look-up of the last verification is answered after it; then an
     * incremental one, which says what it did not look at; the page, opened again, shows the last verification.
     */
    @Test
    void theAuditorVerifiesTheSeals() {
        long earlier = SealVerification.full(api, "auditor").path("id").asLong();
        try (BrowserContext auditor = browser.newContext("auditor", Api.PASSWORD)) {
            Page page = auditor.newPage();
            // As a slow network may do, the page's look-up of the last verification (the earlier one) is answered
            // only after the auditor's own verification is: the page must follow the one asked for.
            List<Route> lookUps = Browser.answerFirstAfterSecond(page,
                    url -> url.matches(".*/api/audit/verifications(/[^/?]+)?"));
            page.navigate("/audit/");
            Response asked = page.waitForResponse(response -> response.request().method().equals("POST")
                    && response.url().endsWith("/api/audit/verifications"),
                    () -> page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("全面核验")).click());
            String location = asked.headerValue("location");
            long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
            assertThat(id).as("the auditor's verification").isGreaterThan(earlier);
            Locator result = page.locator("#verify-result");
            PlaywrightAssertions.assertThat(result).containsText("第 " + id + " 号全面核验");
            PlaywrightAssertions.assertThat(result).containsText(" 完成,", new LocatorAssertions.ContainsTextOptions()
                    .setTimeout(120_000));
            // Both answered by now: the look-up's came last and was dropped.
            assertThat(lookUps).as("the page's look-up and its following of the auditor's").hasSize(2);
            PlaywrightAssertions.assertThat(result).containsText("第 " + id + " 号全面核验");
            PlaywrightAssertions.assertThat(page.locator("#verify-not-covered")).isEmpty();
            page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                    .setPath(Browser.SCREENSHOTS.resolve("audit-auditor-04-full-verification.png")));

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("增量核验")).click();
            PlaywrightAssertions.assertThat(result).containsText("号增量核验");
            PlaywrightAssertions.assertThat(result).containsText(" 完成,", new LocatorAssertions.ContainsTextOptions()
                    .setTimeout(120_000));
            PlaywrightAssertions.assertThat(page.locator("#verify-not-covered")).containsText("只有全面核验能发现");
            String shown = result.textContent();
            page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                    .setPath(Browser.SCREENSHOTS.resolve("audit-auditor-05-incremental-verification.png")));

            page.reload();
            PlaywrightAssertions.assertThat(result).hasText(shown);
        }
    }

    private void complete(String user, String instance, Map<String, Object> values) {
        String task = new Secondments(api).onlyTask(user, instance);
        Api.Response done = api.post(user, "/engine-rest/task/" + task + "/complete",
                variables(values));
        assertThat(done.status()).as(user + ": " + done.text()).isEqualTo(204);
    }
}
