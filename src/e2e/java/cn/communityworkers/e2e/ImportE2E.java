package cn.communityworkers.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;

import cn.communityworkers.organisation.UnitGroups;
import cn.communityworkers.support.IdCards;
import cn.communityworkers.support.TestUnits;

/**
 * The import page (导入社区工作者名册), in the browser: a street's personnel office, logged in to Tasklist, finds it by
 * its name among the links of the webapps' first page, downloads the template, uploads a roster kept in Chinese with
 * a bad row, reads the problem by row and imports nothing; uploads the corrected file and follows it to its end; opens
 * the refused upload again from its list. Screenshots (target/e2e) without English but the columns' own names, which
 * the problems quote after their Chinese names.
 */
class ImportE2E extends BrowserJourney {

    @Autowired
    IdentityService identityService;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aStreetsPersonnelOfficeImportsItsRosterOnThePage() throws IOException {
        TestUnits units = TestUnits.create(api, 100_000);
        String hr = units.user(identityService, "hr", UnitGroups.streetHr(units.street()));
        String first = IdCards.of("1990-06-01");
        String second = IdCards.of("1988-02-03");
        String good = "姓名,身份证号码,社区代码,岗位,学历,是否党员,开始从事社区工作的日期,历年考核结果\n"
                + "李明," + first + "," + units.community() + ",社区专职工作人员,本科,是,2016-01-05,2024:合格\n"
                + "周红," + second + "," + units.community() + ",居民委员会主任,大专,否,2015-03-01,2023:优秀;2024:合格\n";
        Path bad = Files.writeString(Files.createTempFile("名册", ".csv"), good.replace("2015-03-01", "2015-02-30"),
                StandardCharsets.UTF_8);
        Path corrected = Files.writeString(Files.createTempFile("名册", ".csv"), good, StandardCharsets.UTF_8);

        try (Tasklist tasklist = Tasklist.logInWithPages(browser, hr, "import")) {
            // from the webapps' first page (首页), by the page's name: nobody needs its address
            Page page = tasklist.page();
            page.navigate("/camunda/app/welcome/default/");
            PlaywrightAssertions.assertThat(page.getByText("链接")).isVisible();
            // the footer names Camunda and the time zone; the test user's name is "hr …"
            Browser.screenshotInChinese(page, "import-00-welcome-links",
                    Set.of("Camunda", "Platform", "Asia", "Shanghai", "hr"));
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("导入社区工作者名册")).click();
            PlaywrightAssertions.assertThat(page).hasTitle("导入社区工作者名册");
            PlaywrightAssertions.assertThat(page.locator("#none")).isVisible();
            // the template, to be filled in a spreadsheet: its header the columns in Chinese
            Download template = page.waitForDownload(() -> page.getByText("下载名册模板").click());
            assertThat(template.suggestedFilename()).isEqualTo("社区工作者名册模板.csv");
            assertThat(Files.readString(template.path(), StandardCharsets.UTF_8))
                    .startsWith("\uFEFF编号,身份证号码,姓名,出生日期,社区代码,岗位,学历,");

            // the bad file: refused, the problem named by its row, nothing imported
            page.getByLabel("名册文件").setInputFiles(bad);
            page.getByRole(AriaRole.BUTTON,
                    new Page.GetByRoleOptions().setName("上传并导入")).click();
            PlaywrightAssertions.assertThat(page.locator("#current-state")).hasText("未导入");
            PlaywrightAssertions.assertThat(page.locator("#outcome")).hasText("未导入任何记录:文件中有 1 处问题");
            Locator problem = page.locator("#problems tbody tr");
            PlaywrightAssertions.assertThat(problem).hasCount(1);
            PlaywrightAssertions.assertThat(problem.locator("td").nth(0)).hasText("第 3 行");
            PlaywrightAssertions.assertThat(problem.locator("td").nth(1))
                    .hasText("开始从事社区工作的日期(communityWorkSince)“2015-02-30”不是 yyyy-MM-dd 格式的日期");
            Browser.screenshotInChinese(page, "import-01-refused", ALLOWED);
            assertThat(communityOf(first)).as("nothing imported").isEmpty();

            // the corrected file: followed to its end. The page reads its list of uploads twice, on the upload and
            // at its end; the first reading's answer is held back until the second's has come, as a slow network
            // may do, and the list must show the second's alone (once each upload, the new one imported)
            List<Route> held = Browser.answerFirstAfterSecond(page, url -> url.endsWith("/api/roster-imports"));
            page.getByLabel("名册文件").setInputFiles(corrected);
            page.getByRole(AriaRole.BUTTON,
                    new Page.GetByRoleOptions().setName("上传并导入")).click();
            PlaywrightAssertions.assertThat(page.locator("#outcome")).hasText("已导入 2 名社区工作者");
            PlaywrightAssertions.assertThat(page.locator("#current-state")).hasText("已导入");
            PlaywrightAssertions.assertThat(page.locator("#checked-count")).hasText("已检查 2 / 2 行");
            PlaywrightAssertions.assertThat(page.locator("#stored-count")).hasText("已保存 2 / 2 名");
            PlaywrightAssertions.assertThat(page.locator("#problems")).isHidden();
            Locator latest = page.locator("#latest tbody tr");
            PlaywrightAssertions.assertThat(latest).hasCount(2);
            PlaywrightAssertions.assertThat(latest.first()).containsText("已导入 2 名社区工作者");
            assertThat(held).as("the list read on the upload and at its end").hasSize(2);
            page.unrouteAll();
            Browser.screenshotInChinese(page, "import-02-imported", ALLOWED);

            // the refused upload, opened again from the list
            latest.nth(1).click();
            PlaywrightAssertions.assertThat(page.locator("#current-state")).hasText("未导入");
            PlaywrightAssertions.assertThat(page.locator("#problems tbody tr")).hasCount(1);
        }

        JsonNode uploads = api.get(hr, "/api/roster-imports").json();
        assertThat(uploads).extracting(u -> u.path("state").asText()).containsExactly("IMPORTED", "REFUSED");
        for (String number : new String[] {first, second}) {
            assertThat(communityOf(number)).as("the worker of " + number).containsExactly(units.community());
        }
    }

    private List<String> communityOf(String idCardNumber) {
        return jdbc.queryForList("select community_code from worker where id_card_number = ?", String.class,
                idCardNumber);
    }

    /**
     * The column a problem quotes after its Chinese name, the date format it names, the file's format and the
     * uploaded file's name's extension.
     */
    private static final Set<String> ALLOWED = Set.of("communityWorkSince", "yyyy", "MM", "dd", "CSV", "UTF", "csv");

}
