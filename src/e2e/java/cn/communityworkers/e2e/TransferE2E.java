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
 * A transfer within 东城街道 in a Chinese Tasklist: the street's personnel office starts it in 启动流程, both
 * communities give their opinions and the street party working committee decides, each in the browser; on the
 * transfer date (today) the worker is in the receiving community.
 */
class TransferE2E extends BrowserJourney {

    /** 李伟, full-time staff of 和平社区 (东城街道); no other test transfers him. */
    static final String WORKER = "W036";

    @Test
    void aStreetTransfersAWorkerBetweenItsCommunitiesInTasklist() throws InterruptedException {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        try (Tasklist street = Tasklist.logIn(browser, "easthr", "transfer")) {
            Page page = street.page();
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("启动流程")).click();
            page.locator(".modal-content").getByText("社区工作者调动(统筹调配)").click();
            Locator form = page.locator(".modal-content .fjs-container");
            PlaywrightAssertions.assertThat(form).containsText("提出调动申请");
            Locator worker = form.getByLabel(Pattern.compile("^社区工作者\\*?$"));
            worker.click();
            worker.pressSequentially("李伟");
            form.locator(".fjs-dropdownlist-item").filter(new Locator.FilterOptions().setHasText("李伟 · 和平社区"))
                    .click();
            choose(form, "调入社区", "春晖社区(东城街道)");
            date(form, "调动日期", today);
            form.getByLabel(Pattern.compile("^调动事由\\*?$")).fill("春晖社区服务人口增加,统筹调配一名专职工作人员");
            street.screenshot("request");
            startButton(page).click();
            PlaywrightAssertions.assertThat(page.locator(".notifications .alert")
                    .filter(new Locator.FilterOptions().setHasText("流程已启动"))).isVisible();
        }
        JsonNode started = api.get(Api.ADMIN, "/engine-rest/process-instance?businessKey=T-" + WORKER + "-" + today)
                .json();
        assertThat(started).hasSize(1);
        String instance = started.get(0).path("id").asText();

        try (Tasklist source = Tasklist.logIn(browser, "heping", "transfer")) {
            source.openGroupTask("调出社区提出意见", "李伟").claim().shows("调动申请").shows("春晖社区");
            source.screenshot("form");
            source.complete().refused("此项必填");
            source.field("不同意调出").check();
            source.complete().refused("不同意时必须填写");
            source.field("同意调出").check();
            source.field("调出社区意见(不同意时必填)").fill("同意,其网格工作由本社区其他同志接替");
            source.complete().completed();
        }
        try (Tasklist target = Tasklist.logIn(browser, "chunhui", "transfer")) {
            target.openGroupTask("调入社区提出意见", "李伟").claim().shows("同意,其网格工作由本社区其他同志接替");
            target.field("同意接收").check();
            target.complete().completed();
        }
        try (Tasklist party = Tasklist.logIn(browser, "eastparty", "transfer")) {
            party.openGroupTask("街道党工委决定调动", "李伟").claim().shows("同意,其网格工作由本社区其他同志接替");
            party.screenshot("decision");
            party.field("同意调动").check();
            party.field("街道党工委意见(不同意时必填)").fill("同意调配");
            party.complete().completed();
        }

        // The transfer date is today: the timer runs at once and the worker is in 春晖社区.
        for (int i = 0; i < 120 && !"990101001001".equals(communityOf(WORKER)); i++) {
            Thread.sleep(500);
        }
        assertThat(communityOf(WORKER)).isEqualTo("990101001001");
        assertThat(api.get(Api.ADMIN, "/engine-rest/history/activity-instance?processInstanceId=" + instance
                + "&activityId=EndEvent_WorkerTransferred").json()).hasSize(1);
    }

    String communityOf(String workerId) {
        return api.get(Api.ADMIN, "/api/workers/" + workerId).json().path("communityCode").asText();
    }
}
