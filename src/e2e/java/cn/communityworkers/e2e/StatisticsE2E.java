package cn.communityworkers.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.assertions.PlaywrightAssertions;

import cn.communityworkers.support.Api;
import cn.communityworkers.system.ClockConfiguration;

/**
 * The statistics page (《意见》第16、17条), in the browser. The county's social-work department opens its county's
 * figures, and every figure on the page is the API's; it opens the workers behind a figure and one worker's career,
 * goes down to a street and back up, asks for a past date and sees that date's figures, and downloads that date's
 * workbook, whose every sheet holds the API's numbers. The city's social-work department does the same for its city and
 * one of its counties. Screenshots (target/e2e) without English.
 */
class StatisticsE2E extends BrowserJourney {

    static final LocalDate TODAY = LocalDate.now(ClockConfiguration.CHINA);
    static final String COUNTY = "990101";
    static final String STREET = "990101001";
    static final String CITY = "9901";
    /** What the page shows for a figure that does not apply (null in the API). */
    static final String NOT_APPLICABLE = "—";

    @Test
    void theCountyReadsItsFiguresDrillsDownGoesBackInTimeAndDownloadsTheWorkbook() throws IOException {
        String user = "countysocialwork";
        JsonNode units = api.get(user, "/api/statistics/units").json();
        assertThat(units.path(0).path("code").asText()).isEqualTo(COUNTY);

        try (BrowserContext context = browser.newContext(user, Api.PASSWORD)) {
            Page page = context.newPage();
            page.navigate("/statistics/");
            JsonNode county = shows(page, user, "county/" + COUNTY, null);
            assertThat(county.path("unit").path("name").asText()).isEqualTo("示范县");
            PlaywrightAssertions.assertThat(page.locator("#parent")).isHidden();
            PlaywrightAssertions.assertThat(page.locator("#table-sex .chart canvas")).hasCount(1);
            PlaywrightAssertions.assertThat(page.locator("#table-headcount .chart canvas")).hasCount(1);
            // Figures of workers are links to their names; a population or an approved total is not.
            PlaywrightAssertions.assertThat(page.locator("#table-staffing td[data-column='population'] a")).hasCount(0);
            Browser.screenshotInChinese(page, "statistics-countysocialwork-01-county", Set.of());

            // The workers behind the count of 正式在岗 in 东城街道, as the API lists them; a name opens the career.
            long active = figure(county, "headcount", STREET, "ACTIVE");
            assertThat(active).as("workers active in 东城街道").isPositive();
            // Another street's figure first: its list's answer is held back, as a slow network may do, while the
            // official closes the panel and opens 东城街道's; when it comes, it must not enter 东城街道's list.
            String other = otherRow(county, "headcount", STREET, "ACTIVE");
            List<Route> held = Browser.answerFirstAfterSecond(page, url -> url.contains("/workers?"));
            page.locator("#table-headcount tbody tr[data-key='" + other + "'] td[data-column='ACTIVE'] a").click();
            PlaywrightAssertions.assertThat(page.locator("#workers-message")).hasText("正在读取名单……");
            page.locator("#workers-close").click();
            page.locator("#table-headcount tbody tr[data-key='" + STREET + "'] td[data-column='ACTIVE'] a").click();
            JsonNode workers = api.get(user, "/api/statistics/county/" + COUNTY + "/workers?date=" + county.path("asOf")
                    .asText() + "&table=headcount&row=" + STREET + "&column=ACTIVE").json();
            assertThat(workers.size()).isEqualTo((int) active);
            Locator listed = page.locator("#workers tbody tr");
            PlaywrightAssertions.assertThat(listed).hasCount((int) active);
            PlaywrightAssertions.assertThat(page.locator("#workers-message")).hasText("共 " + active + " 人。点击姓名查看其履历。");
            for (int i = 0; i < workers.size(); i++) {
                PlaywrightAssertions.assertThat(listed.nth(i).locator("a")).hasText(workers.get(i).path("name").asText());
            }
            assertThat(held).as("both lists asked for").hasSize(2);
            page.unrouteAll();
            Browser.screenshotInChinese(page, "statistics-countysocialwork-02-workers-behind-a-figure", Set.of());
            String name = workers.get(0).path("name").asText();
            Page career = context.waitForPage(() -> listed.first().locator("a").click());
            PlaywrightAssertions.assertThat(career.locator("#worker-name")).hasText(name + " 的履历");
            PlaywrightAssertions.assertThat(career.locator("#worker-id"))
                    .hasText(workers.get(0).path("workerId").asText());
            career.close();
            page.locator("#workers-close").click();
            PlaywrightAssertions.assertThat(page.locator("#workers-panel")).isHidden();

            // Down to the street (its row's label), and back up (the parent link).
            page.locator("#table-headcount tbody tr[data-key='" + STREET + "'] th a").click();
            JsonNode street = shows(page, user, "street/" + STREET, null);
            assertThat(street.path("unit").path("name").asText()).isEqualTo("东城街道");
            PlaywrightAssertions.assertThat(page.locator("#parent-link")).hasText("示范县");
            Browser.screenshotInChinese(page, "statistics-countysocialwork-03-street", Set.of());
            page.locator("#parent-link").click();
            shows(page, user, "county/" + COUNTY, null);

            // A past date whose figures differ from today's: the page shows that date's.
            LocalDate past = pastDateWithOtherFigures(user, "county/" + COUNTY, county);
            page.getByLabel("统计日期(截至当日)").fill(past.toString());
            JsonNode then = shows(page, user, "county/" + COUNTY, past);
            Browser.screenshotInChinese(page, "statistics-countysocialwork-04-past-date", Set.of());

            // That date's workbook: every sheet holds the API's numbers of that date.
            Download download = page.waitForDownload(() -> page.locator("#workbook").click());
            assertThat(download.suggestedFilename()).isEqualTo("示范县社区工作者队伍统计" + past + ".xlsx");
            Path workbook = Browser.SCREENSHOTS.resolve("statistics-countysocialwork-" + past + ".xlsx");
            download.saveAs(workbook);
            sameNumbers(workbook, then);

            // Refusals in Chinese: the city's figures, a day in the future.
            page.navigate("/statistics/?level=city&code=" + CITY);
            Api.Response refused = api.get(user, "/api/statistics/city/" + CITY);
            assertThat(refused.status()).isEqualTo(403);
            PlaywrightAssertions.assertThat(page.locator("#message")).hasText(refused.json().path("detail").asText());
            PlaywrightAssertions.assertThat(page.locator("#statistics")).isHidden();
            Browser.screenshotInChinese(page, "statistics-countysocialwork-05-city-refused", Set.of());
            page.navigate("/statistics/?level=county&code=" + COUNTY + "&date=" + TODAY.plusDays(1));
            PlaywrightAssertions.assertThat(page.locator("#message")).hasText("统计日期不能晚于今天(" + TODAY + ")");
            Browser.screenshotInChinese(page, "statistics-countysocialwork-06-future-date", Set.of());
        }
    }

    @Test
    void theCityReadsItsCountiesAndDownloadsTheWorkbook() throws IOException {
        String user = "citysocialwork";
        JsonNode units = api.get(user, "/api/statistics/units").json();
        assertThat(units.path(0).path("code").asText()).isEqualTo(CITY);

        try (BrowserContext context = browser.newContext(user, Api.PASSWORD)) {
            Page page = context.newPage();
            page.navigate("/statistics/");
            JsonNode city = shows(page, user, "city/" + CITY, null);
            assertThat(city.path("unit").path("name").asText()).isEqualTo("示范市");
            assertThat(rowKeys(city, "headcount")).contains(COUNTY, "990102");
            Browser.screenshotInChinese(page, "statistics-citysocialwork-01-city", Set.of());

            page.locator("#table-headcount tbody tr[data-key='" + COUNTY + "'] th a").click();
            shows(page, user, "county/" + COUNTY, null);
            PlaywrightAssertions.assertThat(page.locator("#parent-link")).hasText("示范市");
            Browser.screenshotInChinese(page, "statistics-citysocialwork-02-county", Set.of());
            page.locator("#parent-link").click();
            shows(page, user, "city/" + CITY, null);

            // One table's CSV: the same lines as the page's table.
            Download csv = page.waitForDownload(() -> page.locator("#table-sex a.csv").click());
            String text = new String(Files.readAllBytes(csv.path()), StandardCharsets.UTF_8);
            assertThat(text).startsWith("\uFEFF");
            assertThat(text.substring(1).lines().toList()).isEqualTo(lines(table(city, "sex")).stream()
                    .map(line -> String.join(",", line).replace(NOT_APPLICABLE, "")).toList());

            Download download = page.waitForDownload(() -> page.locator("#workbook").click());
            assertThat(download.suggestedFilename()).isEqualTo("示范市社区工作者队伍统计" + city.path("asOf").asText()
                    + ".xlsx");
            Path workbook = Browser.SCREENSHOTS.resolve("statistics-citysocialwork-today.xlsx");
            download.saveAs(workbook);
            sameNumbers(workbook, city);
        }
    }

    /**
     * Waits until the page shows the unit's figures as of the date (today if null), then checks that every table on it
     * (heading, rows, total) holds the API's figures for the same user, and returns them.
     */
    private JsonNode shows(Page page, String user, String unit, LocalDate date) {
        Api.Response response = api.get(user, "/api/statistics/" + unit + (date == null ? "" : "?date=" + date));
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        JsonNode statistics = response.json();
        String asOf = statistics.path("asOf").asText();
        if (date != null) {
            assertThat(asOf).isEqualTo(date.toString());
        }
        PlaywrightAssertions.assertThat(page.locator("#title")).hasText(statistics.path("unit").path("name").asText()
                + " 社区工作者队伍统计(截至" + chinese(LocalDate.parse(asOf)) + ")");
        PlaywrightAssertions.assertThat(page.locator("#date")).hasValue(asOf);
        PlaywrightAssertions.assertThat(page.locator("#message")).isEmpty();
        @SuppressWarnings("unchecked")
        Map<String, Object> shown = (Map<String, Object>) page.evaluate("() => Object.fromEntries("
                + "[...document.querySelectorAll('#tables section.table')].map(section => [section.id.substring(6),"
                + " [...section.querySelectorAll('.figures tr')].map(tr => [...tr.cells].map(c => c.textContent.trim()))]))");
        Map<String, Object> expected = new LinkedHashMap<>();
        statistics.path("tables").forEach(table -> expected.put(table.path("key").asText(), lines(table)));
        assertThat(shown).as("the figures of " + unit + " as of " + asOf).isEqualTo(expected);
        return statistics;
    }

    /** A table as the page lays it out: the heading, each row, the total row; every cell as text. */
    private static List<List<String>> lines(JsonNode table) {
        List<List<String>> lines = new ArrayList<>();
        List<String> heading = new ArrayList<>(List.of(table.path("rowHeading").asText()));
        table.path("columns").forEach(column -> heading.add(column.path("label").asText()));
        lines.add(heading);
        table.path("rows").forEach(row -> lines.add(line(row)));
        if (!table.path("total").isNull() && !table.path("total").isMissingNode()) {
            lines.add(line(table.path("total")));
        }
        return lines;
    }

    private static List<String> line(JsonNode row) {
        List<String> line = new ArrayList<>(List.of(row.path("label").asText()));
        row.path("values").forEach(value -> line.add(value.isNull() ? NOT_APPLICABLE : value.asText()));
        return line;
    }

    private static long figure(JsonNode statistics, String table, String row, String column) {
        JsonNode found = table(statistics, table);
        int index = 0;
        while (!found.path("columns").path(index).path("key").asText().equals(column)) {
            assertThat(found.path("columns").path(index).isMissingNode()).as("column " + column).isFalse();
            index++;
        }
        for (JsonNode line : found.path("rows")) {
            if (line.path("key").asText().equals(row)) {
                return line.path("values").path(index).asLong();
            }
        }
        throw new AssertionError("no row " + row + " in " + table);
    }

    /** A row of the table other than the given one whose figure in the column is positive. */
    private static String otherRow(JsonNode statistics, String table, String row, String column) {
        for (JsonNode line : table(statistics, table).path("rows")) {
            String key = line.path("key").asText();
            if (!key.equals(row) && figure(statistics, table, key, column) > 0) {
                return key;
            }
        }
        throw new AssertionError("no other row of " + table + " with workers in " + column);
    }

    private static JsonNode table(JsonNode statistics, String key) {
        for (JsonNode table : statistics.path("tables")) {
            if (table.path("key").asText().equals(key)) {
                return table;
            }
        }
        throw new AssertionError("no table " + key);
    }

    private static List<String> rowKeys(JsonNode statistics, String table) {
        List<String> keys = new ArrayList<>();
        table(statistics, table).path("rows").forEach(row -> keys.add(row.path("key").asText()));
        return keys;
    }

    /** The first of a few past dates whose figures are not today's (the demo's history makes some differ). */
    private LocalDate pastDateWithOtherFigures(String user, String unit, JsonNode today) {
        return Stream.of(TODAY.minusYears(1), TODAY.withDayOfYear(1), TODAY.minusYears(2), TODAY.minusYears(4))
                .filter(date -> !Objects.equals(numbers(api.get(user, "/api/statistics/" + unit + "?date=" + date)
                        .json()), numbers(today)))
                .findFirst().orElseThrow(() -> new AssertionError("no past date with other figures than today's"));
    }

    /** The figures of every table, without the labels (the movement's years are labelled by the date's year). */
    private static List<JsonNode> numbers(JsonNode statistics) {
        List<JsonNode> numbers = new ArrayList<>();
        statistics.path("tables").forEach(table -> {
            table.path("rows").forEach(row -> numbers.add(row.path("values")));
            numbers.add(table.path("total").path("values"));
        });
        return numbers;
    }

    /**
     * The workbook read back: one sheet per table in the API's order, named by its title; the title line with the unit
     * and the date; the heading; every row's label and figures as numbers (an empty cell where the API has null); the
     * total row 合计; the note.
     */
    private static void sameNumbers(Path file, JsonNode statistics) throws IOException {
        JsonNode tables = statistics.path("tables");
        String unit = statistics.path("unit").path("name").asText();
        String asOf = chinese(LocalDate.parse(statistics.path("asOf").asText()));
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(tables.size());
            for (int i = 0; i < tables.size(); i++) {
                JsonNode table = tables.get(i);
                Sheet sheet = workbook.getSheetAt(i);
                String title = table.path("title").asText();
                assertThat(sheet.getSheetName()).isEqualTo(title);
                assertThat(text(sheet.getRow(0), 0)).isEqualTo(unit + " " + title + "(截至" + asOf + ")");
                List<List<String>> lines = lines(table);
                assertThat(texts(sheet.getRow(1), lines.get(0).size())).as(title + " heading").isEqualTo(lines.get(0));
                List<JsonNode> rows = new ArrayList<>();
                table.path("rows").forEach(rows::add);
                if (!table.path("total").isNull()) {
                    rows.add(table.path("total"));
                }
                for (int r = 0; r < rows.size(); r++) {
                    Row row = sheet.getRow(2 + r);
                    JsonNode expected = rows.get(r);
                    assertThat(text(row, 0)).as(title + " row " + r).isEqualTo(expected.path("label").asText());
                    JsonNode values = expected.path("values");
                    for (int c = 0; c < values.size(); c++) {
                        Cell cell = row.getCell(1 + c);
                        String where = title + " " + expected.path("label").asText() + " column " + c;
                        if (values.get(c).isNull()) {
                            assertThat(cell == null || cell.getCellType() == CellType.BLANK).as(where + " empty").isTrue();
                        } else {
                            assertThat(cell.getCellType()).as(where).isEqualTo(CellType.NUMERIC);
                            assertThat((long) cell.getNumericCellValue()).as(where).isEqualTo(values.get(c).asLong());
                        }
                    }
                }
                List<String> after = new ArrayList<>();
                for (int r = 2 + rows.size(); r <= sheet.getLastRowNum(); r++) {
                    after.add(text(sheet.getRow(r), 0));
                }
                assertThat(after).as(title + " note").contains(table.path("note").asText());
            }
        }
    }

    private static String text(Row row, int column) {
        Cell cell = row == null ? null : row.getCell(column);
        return cell == null ? "" : cell.getStringCellValue();
    }

    private static List<String> texts(Row row, int columns) {
        List<String> texts = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            texts.add(text(row, c));
        }
        return texts;
    }

    private static String chinese(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

}
