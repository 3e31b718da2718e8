package cn.communityworkers.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;

import com.fasterxml.jackson.databind.JsonNode;

import cn.communityworkers.organisation.UnitGroups;
import cn.communityworkers.support.Api;
import cn.communityworkers.support.CsvRows;
import cn.communityworkers.support.IdCards;
import cn.communityworkers.support.IntegrationTest;
import cn.communityworkers.support.TestUnits;

/**
 * The workbook and the CSV files of a unit, downloaded over HTTP with the real security, hold the figures the JSON API
 * gives for the same unit and date, cell by cell; whoever may not see the unit's figures gets neither file.
 */
@IntegrationTest
class StatisticsDownloadsIT {

    static final Pattern FILE_NAMES = Pattern.compile(
            "attachment; filename=\"([A-Za-z0-9._-]+)\"; filename\\*=UTF-8''([A-Za-z0-9%._~-]+)");
    static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

    @Autowired
    TestRestTemplate rest;
    @Autowired
    IdentityService identityService;
    Api api;
    TestUnits units;
    String socialWork;

    @BeforeEach
    void setUp() {
        api = new Api(rest);
        units = TestUnits.create(api, 20_000);
        socialWork = units.user(identityService, "sw", UnitGroups.countySocialWork(units.county()));
        register("1988-04-02", "PROBATION", "MASTER", true);
        register("1975-11-30", "ACTIVE", "BACHELOR", true);
        register("1969-01-15", "ACTIVE", "JUNIOR_COLLEGE", false);
        register("1993-07-09", "SECONDED", "BACHELOR", false);
    }

    @Test
    void theWorkbookHoldsEveryFigureOfTheJson() throws IOException {
        for (String path : List.of("county/" + units.county(), "street/" + units.street())) {
            for (String date : List.of("", "?date=2024-06-30")) {
                JsonNode json = ok(api.get(socialWork, "/api/statistics/" + path + date)).json();
                Api.Response download = ok(api.get(socialWork, "/api/statistics/" + path + "/workbook" + date));
                String asOf = json.path("asOf").asText();
                String unitName = json.path("unit").path("name").asText();

                assertThat(download.headers().getContentType()).hasToString(
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
                assertDownloadHeaders(download, "statistics-" + json.path("unit").path("code").asText() + "-" + asOf
                        + ".xlsx", unitName + "社区工作者队伍统计" + asOf + ".xlsx");
                assertSameFigures(json, download.bytes());
                if (date.isEmpty()) {
                    assertHeadcountInWorkbook(json, download.bytes(), 4);
                }
            }
        }
    }

    @Test
    void eachTablesCsvHoldsItsFiguresOfTheJson() {
        for (String date : List.of("", "?date=2024-06-30")) {
            JsonNode json = ok(api.get(socialWork, "/api/statistics/county/" + units.county() + date)).json();
            assertThat(json.path("tables").size()).isGreaterThan(10);
            for (JsonNode table : json.path("tables")) {
                String key = table.path("key").asText();
                Api.Response download = ok(api.get(socialWork, "/api/statistics/county/" + units.county() + "/tables/"
                        + key + ".csv" + date));
                assertThat(download.headers().getContentType()).hasToString("text/csv;charset=UTF-8");
                assertDownloadHeaders(download, "statistics-" + units.county() + "-" + key + "-"
                        + json.path("asOf").asText() + ".csv", json.path("unit").path("name").asText()
                        + table.path("title").asText() + json.path("asOf").asText() + ".csv");
                String csv = download.text();
                assertThat(csv).startsWith("\uFEFF");
                assertThat(CsvRows.parse(csv.substring(1))).as(key).isEqualTo(expectedLines(table));
            }
        }
    }

    @Test
    void whoMayNotSeeTheUnitGetsNeitherFileAndAnUnknownTableOrDateIsRefused() {
        String county = "/api/statistics/county/" + units.county();
        String otherCounty = "countysocialwork";   // the demo county's social work department
        String street = units.user(identityService, "hr", UnitGroups.streetHr(units.street()));
        for (String user : List.of(otherCounty, street)) {
            Api.Response workbook = api.get(user, county + "/workbook");
            assertThat(workbook.status()).as(user).isEqualTo(403);
            assertThat(workbook.headers().getContentType().toString()).startsWith("application/problem+json");
            assertThat(workbook.headers().getFirst(HttpHeaders.CONTENT_DISPOSITION)).isNull();
            assertThat(api.get(user, county + "/tables/sex.csv").status()).as(user).isEqualTo(403);
        }
        assertThat(api.get(street, "/api/statistics/street/" + units.street() + "/workbook").status()).isEqualTo(200);
        assertThat(api.get(street, "/api/statistics/street/" + units.street() + "/tables/sex.csv").status())
                .isEqualTo(200);

        Api.Response unknown = api.get(socialWork, county + "/tables/nosuch.csv");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.violations()).containsExactly("key one-of");
        assertThat(unknown.json().path("violations").get(0).path("message").asText()).contains("统计表", "sex");
        Api.Response future = api.get(socialWork, county + "/workbook?date=2999-01-01");
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.violations()).singleElement().asString().startsWith("date ");
    }

    /** Every sheet against its table: name, title, headings, each figure (null: empty), the total row, the note. */
    static void assertSameFigures(JsonNode json, byte[] bytes) throws IOException {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            JsonNode tables = json.path("tables");
            assertThat(workbook.getNumberOfSheets()).isEqualTo(tables.size());
            String asOf = CHINESE_DATE.format(LocalDate.parse(json.path("asOf").asText()));
            for (int t = 0; t < tables.size(); t++) {
                JsonNode table = tables.get(t);
                Sheet sheet = workbook.getSheetAt(t);
                String title = table.path("title").asText();
                assertThat(sheet.getSheetName()).isEqualTo(title.replaceAll("[\\[\\]:*?/\\\\]", ""));
                assertThat(sheet.getRow(0).getCell(0).getStringCellValue())
                        .isEqualTo(json.path("unit").path("name").asText() + " " + title + "(截至" + asOf + ")");
                List<List<String>> expected = expectedLines(table);
                for (int line = 0; line < expected.size(); line++) {
                    assertThat(cells(sheet.getRow(line + 1), expected.get(line).size())).as(title + " line " + line)
                            .isEqualTo(expected.get(line));
                }
                int afterTable = expected.size() + 1;
                assertThat(sheet.getRow(afterTable)).as(title).isNull();
                assertThat(sheet.getRow(afterTable + 1).getCell(0).getStringCellValue()).isEqualTo(table.path("note").asText());
                assertThat(sheet.getLastRowNum()).isEqualTo(afterTable + 1);
            }
        }
    }

    /** Not all zeros: the total of the headcount table's sheet counts the workers registered. */
    static void assertHeadcountInWorkbook(JsonNode json, byte[] bytes, long workers) throws IOException {
        List<String> keys = new ArrayList<>();
        json.path("tables").forEach(table -> keys.add(table.path("key").asText()));
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet headcount = workbook.getSheetAt(keys.indexOf("headcount"));
            Row total = headcount.getRow(headcount.getLastRowNum() - 2);
            assertThat(total.getCell(0).getStringCellValue()).isEqualTo("合计");
            assertThat(total.getCell(1).getNumericCellValue()).isEqualTo(workers);
        }
    }

    /** A table's lines as the files should hold them: headings, rows, "合计"; figures as digits, null as "". */
    static List<List<String>> expectedLines(JsonNode table) {
        List<List<String>> lines = new ArrayList<>();
        List<String> heading = new ArrayList<>(List.of(table.path("rowHeading").asText()));
        table.path("columns").forEach(column -> heading.add(column.path("label").asText()));
        lines.add(heading);
        table.path("rows").forEach(row -> lines.add(line(row.path("label").asText(), row.path("values"))));
        if (!table.path("total").isNull() && !table.path("total").isMissingNode()) {
            lines.add(line("合计", table.path("total").path("values")));
        }
        return lines;
    }

    static List<String> line(String label, JsonNode values) {
        List<String> line = new ArrayList<>(List.of(label));
        values.forEach(value -> line.add(value.isNull() ? "" : Long.toString(value.longValue())));
        return line;
    }

    /** A sheet's line as text: labels as they are, numbers (numeric cells only) as digits, empty cells as "". */
    static List<String> cells(Row row, int width) {
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < width; i++) {
            Cell cell = row.getCell(i);
            if (cell == null || cell.getCellType() == CellType.BLANK) {
                cells.add("");
            } else if (i > 0 && row.getRowNum() > 1) {
                assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
                double value = cell.getNumericCellValue();
                assertThat(value).isEqualTo(Math.rint(value));
                cells.add(Long.toString((long) value));
            } else {
                cells.add(cell.getStringCellValue());
            }
        }
        assertThat(row.getLastCellNum()).isLessThanOrEqualTo((short) width);
        return cells;
    }

    static void assertDownloadHeaders(Api.Response download, String asciiName, String name) {
        String disposition = download.headers().getFirst(HttpHeaders.CONTENT_DISPOSITION);
        Matcher names = FILE_NAMES.matcher(disposition);
        assertThat(names.matches()).as(disposition).isTrue();
        assertThat(names.group(1)).isEqualTo(asciiName);
        assertThat(URLDecoder.decode(names.group(2), StandardCharsets.UTF_8)).isEqualTo(name);
        assertThat(download.headers().getFirst("Content-Security-Policy")).contains("default-src");
        assertThat(download.headers().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    static Api.Response ok(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response;
    }

    private void register(String birthDate, String status, String education, boolean partyMember) {
        Map<String, Object> worker = new HashMap<>(Map.of("idCardNumber", IdCards.of(birthDate), "name", "统计" + birthDate,
                "birthDate", birthDate, "communityCode", units.community(), "role", "STAFF", "education", education,
                "partyMember", partyMember, "communityWorkSince", "2020-01-01", "status", status));
        if (status.equals("PROBATION")) {
            worker.put("probationEnd", "2030-01-01");
        }
        Api.Response registered = api.post(Api.ADMIN, "/api/workers", worker);
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
    }
}
