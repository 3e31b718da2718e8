package cn.communityworkers.e2e;

import static cn.communityworkers.e2e.StartDialog.choose;
import static cn.communityworkers.e2e.StartDialog.date;
import static cn.communityworkers.e2e.StartDialog.startButton;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;

import cn.communityworkers.support.Api;

/**
 * A street starts a case in Tasklist's 启动流程 as its officials would: the worker picked by name from the street's
 * own list (no code typed), a request refused at once told so with its reason, then a valid one started.
 */
class StartE2E extends BrowserJourney {

    @Test
    void aStreetPicksItsWorkerByNameIsToldWhyARequestIsRefusedThenStartsAValidOne() {
        // 朱婷 (W027), full-time staff of 朝阳社区, 东城街道; no other test seconds her.
        LocalDate begins = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(12);
        try (Tasklist street = Tasklist.logIn(browser, "easthr", "start")) {
            Page page = street.page();
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("启动流程")).click();
            page.locator(".modal-content").getByText("社区工作者借调审批").click();
            Locator form = page.locator(".modal-content .fjs-container");
            PlaywrightAssertions.assertThat(form).isVisible();
            PlaywrightAssertions.assertThat(form).containsText("提出借调申请");
            PlaywrightAssertions.assertThat(form).not().containsText("编号");

            // The worker: typed by name into the street's list, picked with community and status shown.
            Locator worker = form.getByLabel(Pattern.compile("^社区工作者\\*?$"));
            worker.click();
            worker.pressSequentially("朱婷");
            Locator option = form.locator(".fjs-dropdownlist-item").filter(new Locator.FilterOptions()
                    .setHasText("朱婷 · 朝阳社区 · 在岗"));
            PlaywrightAssertions.assertThat(option).hasCount(1);
            PlaywrightAssertions.assertThat(form.locator(".fjs-dropdownlist-item")
                    .filter(new Locator.FilterOptions().setHasText("西城"))).hasCount(0);
            street.screenshot("worker-search");
            option.click();

            form.getByLabel(Pattern.compile("^借调单位名称\\*?$")).fill("示范县委办公室");
            choose(form, "借调单位层级", "县级");
            choose(form, "借调单位类型", "党政机关");
            date(form, "借调开始日期", begins);
            date(form, "借调结束日期", begins.plusMonths(2));
            form.getByLabel(Pattern.compile("^借调事由\\*?$")).fill("创建文明城市专项工作");
            street.screenshot("request");

            // A county-level borrower: refused at once, with the reason, in Chinese; nothing was started.
            startButton(page).click();
            Locator refusal = page.locator(".notifications .alert").filter(new Locator.FilterOptions()
                    .setHasText("第17条"));
            PlaywrightAssertions.assertThat(refusal).isVisible();
            PlaywrightAssertions.assertThat(refusal).containsText("不予受理");
            PlaywrightAssertions.assertThat(refusal).containsText("县级以上机关企事业单位不得借调社区工作者");
            street.screenshot("refused");
            assertThat(refusal.innerText()).as("the refusal, in Chinese").doesNotContainPattern("[A-Za-z]{4,}");
            assertThat(secondmentsOf("W027")).isEmpty();
            Locator dismiss = page.locator(".notifications .alert button.close:visible");
            while (dismiss.count() > 0) {
                dismiss.first().click();
            }

            // The street's own borrower: started.
            form.getByLabel(Pattern.compile("^借调单位名称\\*?$")).fill("东城街道综合行政执法队");
            choose(form, "借调单位层级", "街道(乡镇)");
            startButton(page).click();
            PlaywrightAssertions.assertThat(page.locator(".notifications .alert")
                    .filter(new Locator.FilterOptions().setHasText("流程已启动"))).isVisible();
            PlaywrightAssertions.assertThat(page.locator(".modal-content")).hasCount(0);
            street.screenshot("started");
        }
        JsonNode started = secondmentsOf("W027");
        assertThat(started).hasSize(1);
        assertThat(started.get(0).path("businessKey").asText()).isEqualTo("S-W027-" + begins);
        String instance = started.get(0).path("id").asText();
        assertThat(api.get("chaoyang", "/engine-rest/task?processInstanceId=" + instance).json())
                .as("the community of 朝阳 gives its opinion").hasSize(1);
    }

    JsonNode secondmentsOf(String workerId) {
        return api.get(Api.ADMIN, "/engine-rest/history/process-instance?processDefinitionKey=secondment"
                + "&variables=workerId_eq_" + workerId).json();
    }
}
