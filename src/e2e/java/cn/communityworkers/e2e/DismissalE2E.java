package cn.communityworkers.e2e;

import static cn.communityworkers.support.Api.variables;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import cn.communityworkers.support.Api;
import cn.communityworkers.system.ClockConfiguration;

/**
 * The dismissal in a Chinese Tasklist, every step in the browser: 西城街道组织人事办 records that the worker declined to
 * state their case, the street's trade union objects, and the party working committee answers the union and does
 * not dismiss (so the demo worker stays at the post for the other journeys).
 */
class DismissalE2E extends BrowserJourney {

    /** 徐明, full-time staff of 新华社区, 西城街道; no other test names him. */
    static final String WORKER = "W054";

    @Test
    void theStatementTheUnionAndTheCommitteeInTasklist() {
        LocalDate today = LocalDate.now(ClockConfiguration.CHINA);
        Api.Response started = api.post("westhr", "/engine-rest/process-definition/key/dismissal/start", variables(Map.of(
                "workerId", WORKER, "ground", "SERIOUS_BREACH_OF_RULES",
                "facts", "擅自将社区公章借给他人使用,造成不良影响",
                "evidence", "公章使用登记、情况说明、西城街道公章管理规定及其公示记录")));
        assertThat(started.status()).as(started.text()).isEqualTo(200);
        String instance = started.json().path("id").asText();

        try (Tasklist hr = Tasklist.logIn(browser, "westhr", "dismissal")) {
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
