package cn.communityworkers.e2e;

import static cn.communityworkers.e2e.StartDialog.date;
import static cn.communityworkers.e2e.StartDialog.startButton;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;

import cn.communityworkers.organisation.UnitGroups;
import cn.communityworkers.support.Api;
import cn.communityworkers.support.IdCards;
import cn.communityworkers.support.TestUnits;

/**
 * A community's election in a Chinese Tasklist, every step in the browser: the street's party working committee
 * registers the result (一肩挑) after reading why an impossible one is refused, the county organisation department
 * sends the filing back (its reason required) and files it once the street has answered, the county audit office
 * records the outgoing secretary's audit (a period ending before it starts refused). A county of its own, so that the
 * demo county's facts stay as other tests know them.
 */
class CommunityElectionE2E extends BrowserJourney {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    TestUnits units;

    @Test
    void theStreetRegistersTheCountyFilesTheAuditOfficeAuditsInTasklist() {
        units = TestUnits.create(api, 50_000);
        String suffix = Long.toString(ThreadLocalRandom.current().nextLong(100_000, 999_999));
        String party = "e2eparty" + suffix;
        String organization = "e2eorg" + suffix;
        String audit = "e2eaudit" + suffix;
        user(party, UnitGroups.streetParty(units.street()));
        user(organization, UnitGroups.countyOrganization(units.county()));
        user(audit, UnitGroups.countyAudit(units.county()));
        LocalDate today = LocalDate.now(CHINA);
        String outgoing = worker("岳书明", "SECRETARY", true, today.minusYears(5));
        String elected = worker("韦主任", "DIRECTOR", true, null);
        worker("邵副职", "DEPUTY", false, null);
        worker("严委员", "COMMITTEE_MEMBER", true, null);

        try (Tasklist street = Tasklist.logIn(browser, party, "election")) {
            Page page = street.page();
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("启动流程")).click();
            page.locator(".modal-content").getByText("社区“两委”换届选举结果登记").click();
            Locator form = page.locator(".modal-content .fjs-container");
            PlaywrightAssertions.assertThat(form).containsText("登记社区“两委”换届选举结果");
            // the street's only community is chosen already
            date(form, "选举日期", today.minusDays(1));
            pick(form, "社区党组织书记", "邵副职");
            pick(form, "居民委员会主任", "韦主任");
            tick(form, "副书记、副主任", "邵副职");
            tick(form, "“两委”委员", "严委员");
            form.getByLabel(Pattern.compile("^选举情况说明\\*?$")).fill("社区党员大会、居民代表会议选举产生");
            street.screenshot("result");

            // not a party member, and in two posts: refused with the reason, in Chinese; nothing started
            startButton(page).click();
            Locator refusal = page.locator(".notifications .alert").filter(new Locator.FilterOptions()
                    .setHasText("社区党组织书记"));
            PlaywrightAssertions.assertThat(refusal).isVisible();
            street.screenshot("refused");
            assertThat(refusal.innerText()).doesNotContainPattern("[A-Za-z]{4,}");
            assertThat(elections(units.community())).isEmpty();
            Locator dismiss = page.locator(".notifications .alert button.close:visible");
            while (dismiss.count() > 0) {
                dismiss.first().click();
            }

            // 一肩挑: the director elected secretary and director
            pick(form, "社区党组织书记", "韦主任");
            startButton(page).click();
            PlaywrightAssertions.assertThat(page.locator(".notifications .alert")
                    .filter(new Locator.FilterOptions().setHasText("流程已启动"))).isVisible();
            street.screenshot("started");
        }
        List<JsonNode> started = elections(units.community());
        assertThat(started).hasSize(1);
        String instance = started.get(0).path("id").asText();
        assertThat(api.get(Api.ADMIN, "/api/workers/" + elected).json().path("role").asText()).isEqualTo("SECRETARY");
        assertThat(api.get(Api.ADMIN, "/api/workers/" + outgoing).json().path("role").asText()).isEqualTo("STAFF");

        try (Tasklist county = Tasklist.logIn(browser, organization, "election")) {
            county.openGroupTask("社区党组织书记备案", "韦主任").claim();
            PlaywrightAssertions.assertThat(county.field("选举结果")).hasValue(Pattern.compile("一肩挑"));
            county.field("退回补正").check();
            county.complete().refused("退回理由");
            county.field("退回理由(退回时必填)").fill("缺少书记人选任职资格审查表");
            county.complete().completed();
        }
        try (Tasklist street = Tasklist.logIn(browser, party, "election")) {
            street.openGroupTask("补正备案材料", "缺少书记人选任职资格审查表").claim();
            street.field("补正说明").fill("已补报任职资格审查表");
            street.complete().completed();
        }
        try (Tasklist county = Tasklist.logIn(browser, organization, "election")) {
            county.openGroupTask("社区党组织书记备案", "已补报任职资格审查表").claim();
            county.field("同意备案").check();
            county.complete().completed();
        }
        try (Tasklist auditOffice = Tasklist.logIn(browser, audit, "election")) {
            auditOffice.openGroupTask("离任经济责任审计", "岳书明").claim().shows("社区党组织书记");
            Locator form = auditOffice.page().locator(".fjs-container");
            date(form, "审计期间起", today.minusYears(5));
            date(form, "审计期间止", today.minusYears(6));
            auditOffice.field("审计发现的主要问题和评价").fill("财务收支基本规范,个别支出审批手续不全,已督促整改");
            auditOffice.field("较好").check();
            date(form, "审计报告日期", today);
            auditOffice.complete().refused("不能早于审计期间起");
            date(form, "审计期间止", today.minusDays(2));
            auditOffice.complete().completed();
        }

        JsonNode audits = api.get(Api.ADMIN, "/api/workers/" + outgoing).json().path("economicAudits");
        assertThat(audits).hasSize(1);
        assertThat(audits.get(0).path("conclusion").asText()).isEqualTo("FAIRLY_GOOD");
        assertThat(audits.get(0).path("periodEnd").asText()).isEqualTo(today.minusDays(2).toString());
        assertThat(api.get(Api.ADMIN, "/engine-rest/history/process-instance/" + instance).json().path("state").asText())
                .isEqualTo("COMPLETED");
    }

    /** Picks a worker by name from a searchable select of the street's workers. */
    static void pick(Locator form, String label, String name) {
        Locator select = form.getByLabel(Pattern.compile("^" + StartDialog.quoted(label) + "\\*?$"));
        select.click();
        select.fill("");
        select.pressSequentially(name);
        form.locator(".fjs-dropdownlist-item").filter(new Locator.FilterOptions()
                .setHasText(Pattern.compile("^" + StartDialog.quoted(name) + " · "))).first().click();
    }

    /** Ticks a worker, by name, in a checklist of the street's workers. */
    static void tick(Locator form, String label, String name) {
        Locator field = form.locator(".fjs-form-field-checklist").filter(new Locator.FilterOptions()
                .setHas(form.page().locator("label").filter(new Locator.FilterOptions().setHasText(label))));
        field.getByLabel(Pattern.compile("^" + StartDialog.quoted(name) + " · ")).check();
    }

    List<JsonNode> elections(String community) {
        List<JsonNode> found = new ArrayList<>();
        api.get(Api.ADMIN, "/engine-rest/history/process-instance?processDefinitionKey=community-election").json()
                .forEach(election -> {
                    if (election.path("businessKey").asText().startsWith("E-" + community + "-")) {
                        found.add(election);
                    }
                });
        return found;
    }

    void user(String userId, String group) {
        Api.Response created = api.post(Api.ADMIN, "/engine-rest/user/create", Map.of(
                "profile", Map.of("id", userId, "firstName", "测试", "lastName", "用户", "email", userId + "@example.org"),
                "credentials", Map.of("password", Api.PASSWORD)));
        assertThat(created.status()).as(created.text()).isEqualTo(204);
        assertThat(api.put(Api.ADMIN, "/engine-rest/group/" + group + "/members/" + userId, Map.of()).status())
                .isEqualTo(204);
    }

    String worker(String name, String role, boolean partyMember, LocalDate termStart) {
        Map<String, Object> worker = new HashMap<>(Map.of("name", name, "birthDate", "1980-05-01",
                "communityCode", units.community(), "role", role, "education", "BACHELOR",
                "partyMember", partyMember, "communityWorkSince", "2012-01-01"));
        worker.put("idCardNumber", IdCards.of("1980-05-01"));
        if (termStart != null) {
            worker.put("secretaryTerms", List.of(Map.of("start", termStart.toString(), "completed", false)));
        }
        Api.Response registered = api.post(Api.ADMIN, "/api/workers", worker);
        assertThat(registered.status()).as(registered.text()).isEqualTo(201);
        return registered.json().path("workerId").asText();
    }
}
