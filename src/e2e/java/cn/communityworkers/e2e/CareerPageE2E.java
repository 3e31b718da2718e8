package cn.communityworkers.e2e;

import static cn.communityworkers.support.Api.variables;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;

import cn.communityworkers.support.Api;
import cn.communityworkers.support.Secondments;

/**
 * A worker's career page (履历), in the browser: a worker seconded by an approved secondment is found on the audit
 * page, whose worker link opens the career with its timeline and the secondment's process; the street's personnel
 * office opens the same page from 我的申请 and reads the identity number whole; another street is refused;
 * screenshots without English.
 */
class CareerPageE2E extends BrowserJourney {

    @Test
    void thePersonnelOfficeAndTheAuditorReadTheCareer() {
        String name = "履" + "明华国建文军平志伟强".charAt((int) (System.nanoTime() % 10)) + "历";
        Secondments secondments = new Secondments(api);
        String worker = secondments.newWorker("990101001001", name);
        Api.Response started = api.post("easthr", Secondments.START, variables(Secondments.request(worker)));
        assertThat(started.status()).as(started.text()).isEqualTo(200);
        String instance = started.json().path("id").asText();
        complete(secondments, "chunhui", instance, Map.of("communityAgrees", true, "communityOpinion", "同意借调"));
        complete(secondments, "eastparty", instance, Map.of("streetApproves", true));
        complete(secondments, "countysocialwork", instance, Map.of("countyApproves", true, "countyOpinion", "准予借调"));
        String number = api.get("easthr", "/api/workers/" + worker).json().path("idCardNumber").asText();

        try (BrowserContext auditor = browser.newContext("auditor", Api.PASSWORD)) {
            Page audit = auditor.newPage();
            audit.navigate("/audit/");
            audit.getByLabel("社区工作者(姓名或编号)").fill(name);
            audit.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("查询")).click();
            Locator row = audit.locator("#instances tbody tr[data-id='" + instance + "']");
            PlaywrightAssertions.assertThat(row).containsText(name);
            Page career = auditor.waitForPage(() -> row.getByRole(AriaRole.LINK,
                    new Locator.GetByRoleOptions().setName(name)).click());
            PlaywrightAssertions.assertThat(career.locator("#worker-name")).hasText(name + " 的履历");
            Locator timeline = career.locator("#timeline");
            PlaywrightAssertions.assertThat(timeline).containsText("借调到东城街道综合行政执法队");
            PlaywrightAssertions.assertThat(timeline).containsText("状态:在岗 → 借调");
            PlaywrightAssertions.assertThat(timeline).containsText("社区工作者借调审批 · 审计记录");
            PlaywrightAssertions.assertThat(career.locator("#worker-id-card"))
                    .hasText(number.substring(0, 6) + "********" + number.substring(14) + "(部分隐藏)");
            Browser.screenshotInChinese(career, "career-auditor-01-from-the-audit-page", Set.of(), worker);

            Page trail = auditor.waitForPage(() -> career.locator("#section-secondment + table")
                    .getByRole(AriaRole.LINK).first().click());
            PlaywrightAssertions.assertThat(trail.locator("#instance-title")).containsText("借调");
        }

        // The street's personnel office, which asked for the secondment, opens the career from 我的申请.
        try (BrowserContext personnelOffice = browser.newContext("easthr", Api.PASSWORD)) {
            Page requests = personnelOffice.newPage();
            requests.navigate("/requests/");
            Locator request = requests.locator("#requests tbody tr[data-id='" + instance + "']");
            Page career = personnelOffice.waitForPage(() -> request.getByRole(AriaRole.LINK).click());
            PlaywrightAssertions.assertThat(career.locator("#worker-name")).hasText(name + " 的履历");
            PlaywrightAssertions.assertThat(career.locator("#worker-id-card")).hasText(number);
            PlaywrightAssertions.assertThat(career.locator("#timeline li")).not().hasCount(0);
            PlaywrightAssertions.assertThat(career.locator("#section-status")).hasText("人员状态");
            PlaywrightAssertions.assertThat(career.locator("#section-contract")).hasText("劳动合同");
            Browser.screenshotInChinese(career, "career-easthr-02-from-my-requests", Set.of(), worker);

            // The office types another worker's number, then corrects it before the first career has come; the
            // first is answered last, as a slow network may do, and the page shows the corrected number's career.
            List<Route> held = Browser.answerFirstAfterSecond(career, url -> url.endsWith("/career"));
            String mistyped = "W001";
            Locator field = career.getByLabel("社区工作者编号");
            Locator open = career.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("查看履历"));
            field.fill(mistyped);
            open.click();
            career.waitForResponse(response -> response.url().contains(mistyped), () -> {
                field.fill(worker);
                open.click();
            }).finished();
            assertThat(held).as("both careers asked for").hasSize(2);
            PlaywrightAssertions.assertThat(career.locator("#worker-name")).hasText(name + " 的履历");
            PlaywrightAssertions.assertThat(career.locator("#worker-id")).hasText(worker);
        }

        try (BrowserContext otherStreet = browser.newContext("westhr", Api.PASSWORD)) {
            Page career = otherStreet.newPage();
            career.navigate("/career/?worker=" + worker);
            PlaywrightAssertions.assertThat(career.locator("#message")).hasText("您无权查阅这名社区工作者的履历");
            PlaywrightAssertions.assertThat(career.locator("#career")).isHidden();
            Browser.screenshotInChinese(career, "career-westhr-03-refused", Set.of(), worker);
        }
    }

    private void complete(Secondments secondments, String user, String instance, Map<String, Object> values) {
        Api.Response done = api.post(user, "/engine-rest/task/" + secondments.onlyTask(user, instance) + "/complete",
                variables(values));
        assertThat(done.status()).as(user + ": " + done.text()).isEqualTo(204);
    }

}
