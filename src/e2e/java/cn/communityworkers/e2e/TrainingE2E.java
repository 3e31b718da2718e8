package cn.communityworkers.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.communityworkers.organisation.UnitGroups;
import cn.communityworkers.support.Api;
import cn.communityworkers.support.IdCards;
import cn.communityworkers.support.TestUnits;
import cn.communityworkers.system.ClockConfiguration;
import cn.communityworkers.training.TrainingChecks;

/**
 * The yearly training check (《意见》第8条) in a Chinese Tasklist: the street's personnel office arranges the training
 * of its workers due (a day in the past refused), then the county's social-work department reviews the summary and
 * closes it. A county of its own, so that the demo county's open check stays open for the other tests.
 */
class TrainingE2E extends BrowserJourney {

    static final LocalDate TODAY = LocalDate.now(ClockConfiguration.CHINA);

    @Autowired IdentityService identityService;
    @Autowired TrainingChecks checks;

    String user(String prefix, String name, String unit, String group, String county) {
        String id = prefix + county.toLowerCase();
        User user = identityService.newUser(id);
        user.setFirstName(name);
        user.setLastName(unit);
        user.setPassword(Api.PASSWORD);
        identityService.saveUser(user);
        identityService.createMembership(id, group);
        return id;
    }

    @Test
    void theStreetArrangesItsTrainingAndTheCountyReviewsTheSummaryInTasklist() {
        TestUnits units = TestUnits.create(api, 100_000);
        String streetHr = user("hr", "秦文", "测试街道组织人事办", UnitGroups.streetHr(units.street()), units.county());
        String socialWork = user("sw", "罗军", "测试县委社会工作部", UnitGroups.countySocialWork(units.county()),
                units.county());
        for (String[] worker : new String[][] {{"石磊", "SECRETARY"}, {"龙静", "STAFF"}}) {
            assertThat(api.post(Api.ADMIN, "/api/workers", Map.of("name", worker[0], "idCardNumber", IdCards.of("1984-02-01"),
                    "birthDate", "1984-02-01",
                    "communityCode", units.community(), "role", worker[1], "education", "BACHELOR",
                    "communityWorkSince", "2014-05-01")).status()).isEqualTo(201);
        }
        String instance = checks.startOnce(units.county(), TODAY.getYear()).orElseThrow();
        String plan = "参加县委党校社区工作者轮训班:群众工作与矛盾调解";

        try (Tasklist street = Tasklist.logIn(browser, streetHr, "training")) {
            street.openGroupTask("安排应培训人员培训", "测试街道").claim().shows("年度培训安排").shows("应培训人数");
            assertThat(street.field("应培训人员(姓名,社区,岗位,最近培训)"))
                    .hasValue(Pattern.compile("石磊,测试社区,社区党组织书记,最近培训:无[\\s\\S]*龙静"));
            street.screenshot("form");
            street.field("培训安排").fill(plan);
            StartDialog.date(street.page().locator(".fjs-container"), "计划培训日期", TODAY.minusDays(1));
            street.complete().refused("计划培训日期不能早于今天");
            StartDialog.date(street.page().locator(".fjs-container"), "计划培训日期", TODAY.plusDays(14));
            street.complete().completed();
        }

        try (Tasklist county = Tasklist.logIn(browser, socialWork, "training")) {
            county.openGroupTask("审阅年度培训安排", "测试县" + units.county())
                    .claim().shows("年度培训安排汇总");
            assertThat(county.field("各街道应培训人数和培训安排")).hasValue(Pattern.compile(
                    "测试街道:应培训 2 人;计划 " + TODAY.plusDays(14) + " 培训,经办:秦文\\(测试街道组织人事办\\);" + plan));
            county.screenshot("summary");
            county.field("县级意见(选填)").fill("请按计划组织实施,年底前报送培训情况");
            county.complete().completed();
        }

        assertThat(api.get(Api.ADMIN, "/engine-rest/history/process-instance/" + instance).json().path("state")
                .asText()).isEqualTo("COMPLETED");
    }
}
