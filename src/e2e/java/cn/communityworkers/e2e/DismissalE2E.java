package cn.communityworkers.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;

import cn.communityworkers.support.Api;
import cn.communityworkers.system.ClockConfiguration;

/**
 * The dismissal in a Chinese Tasklist, every step in the browser: 西城街道组织人事办 proposes it in 启动流程 and records that
 * the worker declined to state their case, the street's trade union objects, and the party working committee answers
 * the union and does not dismiss (so the demo worker stays at the post for the other journeys).
 */
class DismissalE2E extends BrowserJourney {

    /** 徐明, full-time staff of 新华社区, 西城街道; no other test names him. */
    static final String WORKER = "W054";

    /**
     * 西城街道组织人事办 proposes in 启动流程: the worker picked by name, ground (一) refused for a worker not in probation
     * with the reason, then, in the dialog opened again, ground (二) started.
     */
    String propose(Tasklist hr) {
        Page page = hr.page();
        fillProposal(hr, "(一)在试用期间被证明不符合录用条件");
        hr.screenshot("proposal");
        StartDialog.startButton(page).click();
        Locator refusal = page.locator(".notifications .alert").filter(new Locator.FilterOptions()
                .setHasText("只适用于试用期内"));
        PlaywrightAssertions.assertThat(refusal).containsText("不予受理");
        hr.screenshot("proposal-refused");
        closeNotifications(page);
        page.locator(".modal-footer").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("关闭")
                .setExact(true)).click();
        PlaywrightAssertions.assertThat(page.locator(".modal-content")).hasCount(0);

        fillProposal(hr, "(二)严重违反用人单位的规章制度");
        StartDialog.startButton(page).click();
        PlaywrightAssertions.assertThat(page.locator(".notifications .alert")
                .filter(new Locator.FilterOptions().setHasText("流程已启动"))).isVisible();
        PlaywrightAssertions.assertThat(page.locator(".modal-content")).hasCount(0);
        hr.screenshot("proposed");
        closeNotifications(page);
        JsonNode started = api.get(Api.ADMIN, "/engine-rest/process-instance?processDefinitionKey=dismissal"
                + "&businessKey=D-" + WORKER + "-" + LocalDate.now(ClockConfiguration.CHINA)).json();
        assertThat(started).hasSize(1);
        return started.get(0).path("id").asText();
    }

    void fillProposal(Tasklist hr, String ground) {
        Page page = hr.page();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("启动流程")).click();
        page.locator(".modal-content").getByText("解除劳动合同(过失性辞退)").click();
        Locator form = page.locator(".modal-content .fjs-container");
        PlaywrightAssertions.assertThat(form).containsText("提出解除劳动合同");
        Locator worker = form.getByLabel(Pattern.compile("^社区工作者\\*?$"));
        worker.click();
        worker.pressSequentially("徐明");
        Locator option = form.locator(".fjs-dropdownlist-item").filter(new Locator.FilterOptions()
                .setHasText("徐明 · 新华社区 · 在岗"));
        PlaywrightAssertions.assertThat(option).hasCount(1);
        option.click();
        StartDialog.choose(form, "解除依据(《劳动合同法》第三十九条)", ground);
        form.getByLabel(Pattern.compile("^事实\\*?$")).fill("擅自将社区公章借给他人使用,造成不良影响");
        form.getByLabel(Pattern.compile("^证据\\*?$")).fill("公章使用登记、情况说明、西城街道公章管理规定及其公示记录");
    }

    static void closeNotifications(Page page) {
        Locator close = page.locator(".notifications .alert button.close:visible");
        while (close.count() > 0) {
            close.first().click();
        }
    }

    @Test
    void theStatementTheUnionAndTheCommitteeInTasklist() {
        LocalDate today = LocalDate.now(ClockConfiguration.CHINA);

        String instance;
        try (Tasklist hr = Tasklist.logIn(browser, "westhr", "dismissal")) {
            instance = propose(hr);
            hr.openGroupTask("听取本人申辩", "徐明").claim()
                    .shows("解除提议").shows("严重违反用人单位的规章制度").shows("记录申辩");
            hr.screenshot("form");
            hr.complete().refused("此项必填");
            hr.field("本人经告知后书面放弃申辩").check();
            StartDialog.date(hr.page().locator(".fjs-container"), "申辩或书面放弃申辩日期", today.plusDays(1));
            hr.field("申辩内容或放弃申辩的书面记录").fill("已当面告知解除理由和申辩权利,本人签署《放弃申辩声明》");
            hr.complete().refused("不能晚于今天");
            StartDialog.date(hr.page().locator(".fjs-container"), "申辩或书面放弃申辩日期", today);
            hr.complete().completed();
        }
        try (Tasklist union = Tasklist.logIn(browser, "westunion", "dismissal")) {
            union.openGroupTask("提出工会意见", "徐明").claim().shows("已当面告知解除理由和申辩权利,本人签署《放弃申辩声明》").shows("工会意见");
            union.screenshot("next-task");
            union.field("提出异议").check();
            union.complete().refused("工会提出异议时必须填写工会的意见和理由");
            union.field("工会的意见和理由(提出异议时必填)").fill("公章管理规定未经职工代表大会讨论,不宜作为解除依据");
            union.complete().completed();
        }
        try (Tasklist party = Tasklist.logIn(browser, "westparty", "dismissal")) {
            party.openGroupTask("决定是否解除劳动合同", "徐明").claim().shows("公章管理规定未经职工代表大会讨论,不宜作为解除依据").shows("街道党工委决定");
            party.screenshot("decision");
            party.field("不解除劳动合同").check();
            party.complete().refused("决定不解除劳动合同时必须填写决定理由");
            party.field("决定理由(不解除时必填)").fill("采纳工会意见,予以批评教育");
            party.complete().refused("工会提出异议时必须填写对工会意见的书面答复");
            party.field("对工会意见的书面答复(工会提出异议时必填)").fill("经研究,采纳工会意见,不解除劳动合同,特此书面答复");
            party.complete().completed();
        }

        JsonNode outcome = api.get("auditor", "/api/audit/process-instances/" + instance).json().path("outcome");
        assertThat(outcome.path("outcome").asText()).isEqualTo("不解除劳动合同");
        assertThat(api.get("westhr", "/api/workers/" + WORKER).json().path("status").asText()).isEqualTo("ACTIVE");
    }
}
