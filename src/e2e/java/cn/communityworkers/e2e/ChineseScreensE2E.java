package cn.communityworkers.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;

import cn.communityworkers.support.Api;

/**
 * Screens in Chinese beyond the approval journeys: the calendar of a Camunda Form's date field, as a street's
 * personnel office meets it when it starts a secondment in Tasklist (Chinese, weeks from Monday, a date picked from
 * it fills the field), and the request completed and started; a decision table in Cockpit, as the auditor reads it
 * (Chinese headings, the application's name, no Camunda 8 banner).
 */
class ChineseScreensE2E extends BrowserJourney {

    @Test
    void theStartFormsCalendarIsChineseWithWeeksFromMonday() {
        try (Tasklist street = Tasklist.logIn(browser, "easthr", "calendar")) {
            Page page = street.page();
            page.locator("[cam-widget-header]").getByText("启动流程").click();
            page.locator(".modal").getByText("社区工作者借调审批").click();
            Locator startDate = page.locator(".modal .fjs-container").getByLabel(Pattern.compile("^借调开始日期\\*?$"));
            startDate.click();
            Locator calendar = page.locator(".flatpickr-calendar.open");
            assertThat(calendar.locator(".flatpickr-weekday").first()).hasText("一");
            assertThat(calendar.locator(".flatpickr-weekday").last()).hasText("日");
            Object month = calendar.locator("select.flatpickr-monthDropdown-months")
                    .evaluate("months => months.options[months.selectedIndex].text");
            org.assertj.core.api.Assertions.assertThat(month).asString().matches("[一二三四五六七八九十]+月");
            street.screenshot("calendar");
            // The 15th of next month, picked in the calendar.
            calendar.locator(".flatpickr-next-month").click();
            calendar.locator(".flatpickr-day:not(.prevMonthDay):not(.nextMonthDay)")
                    .filter(new Locator.FilterOptions().setHasText(Pattern.compile("^15$"))).click();
            assertThat(startDate).hasValue(Pattern.compile("15"));
            street.screenshot("date-picked");

            // The rest of the request, 田建华 (W028) picked by name, and the case started.
            Locator form = page.locator(".modal .fjs-container");
            Locator worker = form.getByLabel(Pattern.compile("^社区工作者\\*?$"));
            worker.click();
            worker.pressSequentially("田建华");
            form.locator(".fjs-dropdownlist-item").filter(new Locator.FilterOptions().setHasText("田建华 · 朝阳社区")).click();
            form.getByLabel(Pattern.compile("^借调单位名称\\*?$")).fill("东城街道社区治理办公室");
            StartDialog.choose(form, "借调单位层级", "街道(乡镇)");
            StartDialog.choose(form, "借调单位类型", "党政机关");
            Locator endDate = form.getByLabel(Pattern.compile("^借调结束日期\\*?$"));
            endDate.click();
            page.locator(".flatpickr-calendar.open .flatpickr-next-month").click();
            page.locator(".flatpickr-calendar.open .flatpickr-day:not(.prevMonthDay):not(.nextMonthDay)")
                    .filter(new Locator.FilterOptions().setHasText(Pattern.compile("^20$"))).click();
            form.getByLabel(Pattern.compile("^借调事由\\*?$")).fill("社区治理专项工作");
            StartDialog.startButton(page).click();
            assertThat(page.locator(".notifications .alert").filter(new Locator.FilterOptions().setHasText("流程已启动"))).isVisible();
            street.screenshot("started");
        }
    }

    @Test
    void cockpitShowsADecisionTableWithChineseHeadings() {
        String decision = api.get("auditor",
                "/engine-rest/decision-definition?key=secondmentEligibility&latestVersion=true").json().get(0)
                .path("id").asText();
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            page.navigate("/camunda/app/cockpit/");
            page.waitForLoadState(LoadState.NETWORKIDLE);
            page.getByPlaceholder("用户名").fill("auditor");
            page.getByPlaceholder("密码").fill(Api.PASSWORD);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("登录")).click();
            assertThat(page.locator("[cam-widget-header] .brand-name")).hasText("社区工作者管理 流程监控");
            page.navigate("/camunda/app/cockpit/default/#/decision-definition/" + decision);
            Locator table = page.locator(".tjs-container");
            assertThat(table).containsText("命中规则");
            assertThat(table).containsText("当");
            assertThat(table).containsText("则");
            assertThat(table.locator("thead")).not().containsText(Pattern.compile("[A-Za-z]{2,}"));
            assertThat(table).not().containsText(Pattern.compile("Hit [Pp]olicy"));
            assertThat(page.locator(".ce-eol-banner")).isHidden();
            page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                    .setPath(Browser.SCREENSHOTS.resolve("cockpit-auditor-01-decision-table.png")));
        }
    }
}
