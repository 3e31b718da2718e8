package cn.communityworkers.e2e;

import static cn.communityworkers.e2e.StartDialog.date;
import static cn.communityworkers.e2e.StartDialog.startButton;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;

import cn.communityworkers.support.Api;

/**
 * A resignation (辞职) in a Chinese Tasklist, every step in the browser: 东城街道组织人事办 registers 彭霞's written notice
 * under 启动流程 (a last working day too early is refused with Art. 37), 朝阳社区党委 confirms the handover, and the
 * street's office, asked before the contract ends, records that she withdrew it: nothing changes in the registry.
 */
class ResignationE2E extends BrowserJourney {

    /** 彭霞 (W026), full-time staff of 朝阳社区, 东城街道; no other test touches her. */
    static final String WORKER = "W026";

    @Test
    void theStreetRegistersTheNoticeTheCommunityHandsOverAndTheWithdrawalChangesNothing() {
        LocalDate received = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(3);
        try (Tasklist street = Tasklist.logIn(browser, "easthr", "resignation")) {
            Page page = street.page();
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("启动流程")).click();
            page.locator(".modal-content").getByText("社区工作者辞职").click();
            Locator form = page.locator(".modal-content .fjs-container");
            PlaywrightAssertions.assertThat(form).isVisible();
            PlaywrightAssertions.assertThat(form).containsText("《劳动合同法》第三十七条");

            Locator worker = form.getByLabel(Pattern.compile("^社区工作者\\*?$"));
            worker.click();
            worker.pressSequentially("彭霞");
            Locator option = form.locator(".fjs-dropdownlist-item").filter(new Locator.FilterOptions()
                    .setHasText("彭霞 · 朝阳社区 · 在岗"));
            PlaywrightAssertions.assertThat(option).hasCount(1);
            option.click();
            date(form, "收到书面辞职通知日期", received);
            date(form, "劳动合同解除日期(最后工作日)", received.plusDays(29));
            form.getByLabel(Pattern.compile("^辞职理由\\*?$")).fill("照顾家中老人");
            street.screenshot("notice");

            // 29 days: refused at once, naming the day the law allows; nothing was started.
            startButton(page).click();
            Locator refusal = page.locator(".notifications .alert").filter(new Locator.FilterOptions()
                    .setHasText("第三十七条"));
            PlaywrightAssertions.assertThat(refusal).isVisible();
            PlaywrightAssertions.assertThat(refusal).containsText("不能早于" + received.plusDays(30));
            street.screenshot("refused");
            assertThat(refusal.innerText()).as("the refusal, in Chinese").doesNotContainPattern("[A-Za-z]{4,}");
            assertThat(resignations()).isEmpty();
            Locator dismiss = page.locator(".notifications .alert button.close:visible");
            while (dismiss.count() > 0) {
                dismiss.first().click();
            }

            date(form, "劳动合同解除日期(最后工作日)", received.plusDays(30));
            startButton(page).click();
            PlaywrightAssertions.assertThat(page.locator(".notifications .alert")
                    .filter(new Locator.FilterOptions().setHasText("流程已启动"))).isVisible();
            street.screenshot("started");
        }
        List<JsonNode> started = resignations();
        assertThat(started).hasSize(1);
        String instance = started.get(0).path("id").asText();
        assertThat(started.get(0).path("businessKey").asText()).isEqualTo("R-" + WORKER + "-" + received);

        try (Tasklist community = Tasklist.logIn(browser, "chaoyang", "resignation")) {
            community.openGroupTask("工作交接", "彭霞").claim().shows("照顾家中老人").shows("朝阳社区");
            community.screenshot("handover");
            community.complete().refused("此项必填");
            community.field("工作交接情况").fill("经手的居民档案和活动室钥匙已交给社区副主任");
            community.complete().completed();
        }
        try (Tasklist street = Tasklist.logIn(browser, "easthr", "resignation")) {
            street.openGroupTask("辞职生效前确认/撤回", "彭霞").claim().shows("照顾家中老人");
            street.screenshot("confirm");
            street.complete().refused("此项必填");
            street.field("劳动者撤回辞职通知,经街道同意继续履行劳动合同").check();
            street.complete().refused("此项必填");
            street.field("撤回说明").fill("本人于今日书面撤回辞职通知,街道同意继续履行劳动合同");
            street.complete().completed();
        }

        assertThat(api.get(Api.ADMIN, "/engine-rest/history/process-instance/" + instance).json().path("state").asText())
                .isEqualTo("COMPLETED");
        JsonNode outcome = api.get("auditor", "/api/audit/process-instances/" + instance).json().path("outcome");
        assertThat(outcome.path("outcome").asText()).isEqualTo("撤回");
        JsonNode registered = api.get("easthr", "/api/workers/" + WORKER).json();
        assertThat(registered.path("status").asText()).isEqualTo("ACTIVE");
        assertThat(registered.path("contractEnd").asText()).isNotEqualTo(received.plusDays(30).toString());
    }

    /** The resignations of {@link #WORKER}, running or ended. */
    List<JsonNode> resignations() {
        List<JsonNode> found = new ArrayList<>();
        api.get(Api.ADMIN, "/engine-rest/history/process-instance?processDefinitionKey=resignation").json()
                .forEach(instance -> {
                    if (instance.path("businessKey").asText().startsWith("R-" + WORKER + "-")) {
                        found.add(instance);
                    }
                });
        return found;
    }
}
