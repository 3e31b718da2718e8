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

    /** 袁秀英, full-time staff of 和平社区 (东城街道); no other test credits her years. */
    static final String ARRIVING = "W041";

    /**
     * A worker who came from elsewhere in the province (§4): the street's personnel office registers her earlier
     * community work in 启动流程, the street party working committee confirms it and the county social-work department
     * credits it, each in the browser; her credited years grow by the period's whole years, with its source.
     */
    @Test
    void anArrivingWorkersYearsInTheProvinceAreCreditedInTasklist() {
        JsonNode before = api.get(Api.ADMIN, "/api/workers/" + ARRIVING).json();
        LocalDate previousTo = LocalDate.parse(before.path("communityWorkSince").asText()).minusDays(1);
        LocalDate previousFrom = previousTo.minusYears(3).plusDays(1);
        try (Tasklist street = Tasklist.logIn(browser, "easthr", "arrival")) {
            Page page = street.page();
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("启动流程")).click();
            page.locator(".modal-content").getByText("省内调入社区工作年限认定").click();
            Locator form = page.locator(".modal-content .fjs-container");
            Locator worker = form.getByLabel(Pattern.compile("^社区工作者\\*?$"));
            worker.click();
            worker.pressSequentially("袁秀英");
            form.locator(".fjs-dropdownlist-item").filter(new Locator.FilterOptions().setHasText("袁秀英")).click();
            date(form, "原社区工作开始日期", previousFrom);
            date(form, "原社区工作结束日期", previousTo);
            form.getByLabel(Pattern.compile("^原工作地\\(本省县、市、区\\)\\*?$")).fill("本省南湖市北城区");
            form.getByLabel(Pattern.compile("^原工作社区\\(单位\\)\\*?$")).fill("北城区东湖街道湖滨社区");
            form.getByLabel(Pattern.compile("^证明材料\\*?$")).fill("湖滨社区党委出具的工作经历证明及劳动合同复印件");
            street.screenshot("arrival-request");
            startButton(page).click();
            PlaywrightAssertions.assertThat(page.locator(".notifications .alert")
                    .filter(new Locator.FilterOptions().setHasText("流程已启动"))).isVisible();
        }
        try (Tasklist party = Tasklist.logIn(browser, "eastparty", "arrival")) {
            party.openGroupTask("街道党工委核实工作经历", "袁秀英").claim().shows("北城区东湖街道湖滨社区");
            party.screenshot("arrival-street");
            party.field("确认属实").check();
            party.complete().completed();
        }
        try (Tasklist county = Tasklist.logIn(browser, "countysocialwork", "arrival")) {
            county.openGroupTask("县级认定社区工作年限", "袁秀英").claim().shows("湖滨社区党委出具的工作经历证明及劳动合同复印件");
            county.field("予以认定").check();
            county.field("县级认定意见(不同意时必填)").fill("经核实,予以认定");
            county.complete().completed();
        }

        JsonNode after = api.get(Api.ADMIN, "/api/workers/" + ARRIVING).json();
        assertThat(after.path("creditedCommunityYears").asInt())
                .isEqualTo(before.path("creditedCommunityYears").asInt() + 3);
        assertThat(after.path("creditedCommunityWork").findValuesAsText("unit")).contains("北城区东湖街道湖滨社区");
    }

    String communityOf(String workerId) {
        return api.get(Api.ADMIN, "/api/workers/" + workerId).json().path("communityCode").asText();
    }
}
