package cn.communityworkers.workforce;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;

import cn.communityworkers.organisation.UnitGroups;
import cn.communityworkers.support.Api;
import cn.communityworkers.support.IdCards;
import cn.communityworkers.support.IntegrationTest;
import cn.communityworkers.support.TestUnits;

/**
 * The import page's rosters, imported in the background (POST /api/roster-imports): followed to their end by the
 * uploader, all or nothing, every problem named by row in Chinese, with the uploader's authority; and an import whose
 * node stopped, run again by another.
 */
@IntegrationTest
class RosterImportIT {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    IdentityService identityService;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RosterImports imports;
    @Autowired
    WorkerRegistry registry;
    @Autowired
    WorkerCsv csv;
    Api api;
    TestUnits units;
    String hr;
    String prefix;

    @BeforeEach
    void setUp() {
        api = new Api(rest);
        units = TestUnits.create(api, 100_000);
        hr = units.user(identityService, "hr", UnitGroups.streetHr(units.street()));
        prefix = "R" + UUID.randomUUID().toString().substring(0, 6);
    }

    private String roster(String... rows) {
        StringBuilder csv = new StringBuilder(WorkerImportIT.HEADER);
        for (String row : rows) {
            csv.append(row);
        }
        return csv.toString();
    }

    private String row(String id, String name) {
        return WorkerImportIT.row(units, id, IdCards.of("1985-03-04"), name);
    }

    private Api.Response upload(String user, String csv) {
        return api.postCsv(user, "/api/roster-imports?name=" + "名册.csv", csv);
    }

    private JsonNode finished(String user, Api.Response accepted) {
        assertThat(accepted.status()).as(accepted.text()).isEqualTo(202);
        String location = accepted.headers().getLocation().toString();
        assertThat(location).isEqualTo("/api/roster-imports/" + accepted.json().path("id").asLong());
        return Awaitility.await("the import " + location).atMost(Duration.ofMinutes(2))
                .until(() -> api.get(user, location).json(), upload -> upload.has("finishedAt"));
    }

    @Test
    void theUploaderFollowsAGoodRosterToItsImport() {
        Api.Response accepted = upload(hr, roster(row(prefix + "1", "欧阳娜娜"),
                row(prefix + "2", "王芳")));
        assertThat(accepted.json().path("requestedBy").asText()).isEqualTo(hr);
        assertThat(accepted.json().path("fileName").asText()).isEqualTo("名册.csv");

        JsonNode imported = finished(hr, accepted);
        assertThat(imported.path("state").asText()).isEqualTo("IMPORTED");
        assertThat(imported.path("stateLabel").asText()).isEqualTo("已导入");
        assertThat(imported.path("imported").asInt()).isEqualTo(2);
        assertThat(imported.path("total").asInt()).isEqualTo(2);
        assertThat(imported.path("checked").asInt()).isEqualTo(2);
        assertThat(imported.path("stored").asInt()).isEqualTo(2);
        assertThat(api.get(hr, "/api/workers/" + prefix + "1").json().path("name").asText()).isEqualTo("欧阳娜娜");
        assertThat(api.get(hr, "/api/workers/" + prefix + "2").status()).isEqualTo(200);
        assertThat(file(imported)).as("the file, with its identity numbers, is given up at the end").isNull();

        JsonNode mine = api.get(hr, "/api/roster-imports").json();
        assertThat(mine.get(0).path("id").asLong()).isEqualTo(imported.path("id").asLong());
        assertThat(mine.get(0).has("problems")).as("the list leaves the problems out").isFalse();
    }

    @Test
    void aRosterWithBadRowsImportsNothingAndNamesEveryProblemInChinese() {
        JsonNode refused = finished(hr, upload(hr, roster(
                row(prefix + "1", "好人"),
                row(prefix + "2", "坏日期").replace("2012-01-01", "2012-02-30"),
                row(prefix + "1", "重号"))));
        assertThat(refused.path("state").asText()).isEqualTo("REFUSED");
        assertThat(refused.path("refusalStatus").asInt()).isEqualTo(400);
        assertThat(refused.path("detail").asText()).isEqualTo("未导入任何记录:文件中有 2 处问题");
        assertThat(refused.path("problems")).extracting(p -> p.path("row").asInt() + " " + p.path("field").asText()
                + " " + p.path("message").asText()).containsExactly(
                        "3 communityWorkSince 开始从事社区工作的日期(communityWorkSince)“2012-02-30”不是 yyyy-MM-dd 格式的日期",
                        "4 workerId 编号(workerId)" + prefix + "1 在文件中出现了两次");
        assertThat(api.get(hr, "/api/workers/" + prefix + "1").status()).isEqualTo(404);
        assertThat(file(refused)).as("a refused file is not kept either").isNull();
    }

    /** The file an import keeps, as the database holds it. */
    String file(JsonNode upload) {
        return jdbc.queryForObject("select content from roster_import where id = ?", String.class,
                upload.path("id").asLong());
    }

    @Test
    void anotherStreetsPersonnelOfficeImportsNothingIntoThisStreet() {
        TestUnits other = TestUnits.create(api, 100_000);
        String otherHr = other.user(identityService, "hr", UnitGroups.streetHr(other.street()));
        JsonNode refused = finished(otherHr, upload(otherHr, roster(row(prefix + "1", "越权"))));
        assertThat(refused.path("state").asText()).isEqualTo("REFUSED");
        assertThat(refused.path("refusalStatus").asInt()).isEqualTo(403);
        assertThat(refused.path("detail").asText()).startsWith("未导入任何记录:只有测试街道和测试县");
        assertThat(api.get(Api.ADMIN, "/api/workers/" + prefix + "1").status()).isEqualTo(404);
    }

    @Test
    void anImportIsTheUploadersAlone() {
        Api.Response accepted = upload(hr, roster(row(prefix + "1", "某人")));
        String location = accepted.headers().getLocation().toString();
        String colleague = units.user(identityService, "hr2", UnitGroups.streetHr(units.street()));
        assertThat(api.get(colleague, location).status()).isEqualTo(403);
        assertThat(api.get(colleague, "/api/roster-imports").json()).isEmpty();
        assertThat(api.get(null, location).status()).isEqualTo(401);
        assertThat(api.get(Api.ADMIN, location).status()).isEqualTo(200);
        finished(hr, accepted);
    }

    @Test
    void whoMayNotImportUploadsNothing() {
        long before = count();
        String party = units.user(identityService, "party", UnitGroups.streetParty(units.street()));
        Api.Response refused = upload(party, roster(row(prefix + "1", "某人")));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().path("detail").asText()).contains("只有县社会工作部门");
        assertThat(upload(null, roster(row(prefix + "1", "某人"))).status()).isEqualTo(401);

        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(new MediaType("text", "csv", StandardCharsets.UTF_8));
        headers.set(HttpHeaders.ORIGIN, "https://elsewhere.example");
        int foreign = rest.withBasicAuth(hr, Api.PASSWORD).exchange("/api/roster-imports", HttpMethod.POST,
                new HttpEntity<>(roster(row(prefix + "1", "某人")), headers), String.class)
                .getStatusCode().value();
        assertThat(foreign).isEqualTo(403);
        assertThat(count()).as("nothing kept").isEqualTo(before);
    }

    @Test
    void aFileThatIsNotUtf8IsRefusedAtOnceAndNotKept() {
        long before = count();
        Api.Response refused = api.call(hr, HttpMethod.POST, "/api/roster-imports",
                new byte[] {'n', 'a', 'm', 'e', '\n', (byte) 0xC3, (byte) 0x28, '\n'}, MediaType.parseMediaType("text/csv"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.violations()).containsExactly(" utf-8");
        assertThat(refused.json().path("detail").asText()).startsWith("未导入任何记录:文件不是 UTF-8 编码的文本");
        assertThat(count()).isEqualTo(before);
    }

    /** The import tells how far it has come every 500 rows checked and stored, and at the end of each. */
    @Test
    void theImportTellsItsProgressAsItGoes() {
        int rows = 2 * WorkerRegistry.PROGRESS_EVERY + 1;
        StringBuilder roster = new StringBuilder(WorkerImportIT.HEADER);
        List<String> numbers = IdCards.distinct(LocalDate.parse("1985-03-04"), rows);
        for (int i = 0; i < rows; i++) {
            roster.append(WorkerImportIT.row(units, prefix + "-" + i, numbers.get(i), "第" + i + "人"));
        }
        List<String> told = new ArrayList<>();
        registry.importRoster(csv.read(new ByteArrayInputStream(roster.toString()
                .getBytes(StandardCharsets.UTF_8))), new WorkerRegistry.ImportProgress() {
                    @Override
                    public void checked(int n) {
                        told.add("checked " + n);
                    }

                    @Override
                    public void stored(int n) {
                        told.add("stored " + n);
                    }
                });
        assertThat(told).containsExactly("checked 500", "checked 1000", "checked 1001", "stored 500", "stored 1000",
                "stored 1001");
    }

    /** The template's columns, in Chinese, are a roster's: filled in, it imports. */
    @Test
    void theTemplateFilledInImports() {
        Api.Response template = api.get(hr, "/api/roster-imports/template");
        assertThat(template.status()).isEqualTo(200);
        assertThat(template.headers().getContentType().toString()).isEqualTo("text/csv;charset=UTF-8");
        assertThat(template.headers().getContentDisposition().getFilename()).isEqualTo("社区工作者名册模板.csv");
        String header = template.text();
        assertThat(header).startsWith("\uFEFF编号,身份证号码,姓名,出生日期,社区代码,岗位,学历,").endsWith("\r\n");
        List<String> columns = List.of(header.substring(1).strip().split(","));
        assertThat(columns).hasSize(WorkerCsv.COLUMNS.size());

        String[] row = new String[columns.size()];
        Arrays.fill(row, "");
        row[columns.indexOf("编号")] = prefix + "1";
        row[columns.indexOf("身份证号码")] = IdCards.of("1991-07-08");
        row[columns.indexOf("姓名")] = "模板";
        row[columns.indexOf("社区代码")] = units.community();
        row[columns.indexOf("岗位")] = "社区专职工作人员";
        row[columns.indexOf("学历")] = "大专";
        row[columns.indexOf("开始从事社区工作的日期")] = "2019-09-01";
        JsonNode imported = finished(hr, upload(hr, header + String.join(",", row) + "\r\n"));
        assertThat(imported.path("state").asText()).as(imported.toString()).isEqualTo("IMPORTED");
        assertThat(api.get(hr, "/api/workers/" + prefix + "1").json().path("education").asText())
                .isEqualTo("JUNIOR_COLLEGE");
    }

    private long count() {
        return jdbc.queryForObject("select count(*) from roster_import", Long.class);
    }

    /**
     * A node stopped while importing: its import is left alone while its lease is live, then run again from the file
     * by the node that takes it over, once.
     */
    @Test
    void anImportWhoseNodeStoppedIsRunAgainFromItsFile() {
        Instant now = Instant.now();
        jdbc.update("insert into roster_import (file_name, requested_by, groups_then, requested_at, content, state,"
                + " total_rows, checked_rows, stored_rows, owner, heartbeat_at) values (?, ?, ?, ?, ?, 'STORING', 1, 1,"
                + " 0, 'a stopped node', ?)", "停机前.csv", hr, UnitGroups.streetHr(units.street()),
                Timestamp.from(now), roster(row(prefix + "1", "停机")), Timestamp.from(now));
        long id = jdbc.queryForObject("select id from roster_import where file_name = '停机前.csv' and requested_by = ?",
                Long.class, hr);

        imports.resumeAbandoned();
        assertThat(api.get(hr, "/api/roster-imports/" + id).json().path("state").asText())
                .as("the lease is live: the other node may still be working").isEqualTo("STORING");
        assertThat(jdbc.queryForObject("select content from roster_import where id = ?", String.class, id))
                .as("kept until the import has finished").isNotNull();

        jdbc.update("update roster_import set heartbeat_at = ? where id = ?", Timestamp.from(now.minus(Duration.ofHours(1))),
                id);
        imports.resumeAbandoned();
        JsonNode imported = Awaitility.await().atMost(Duration.ofMinutes(2)).until(
                () -> api.get(hr, "/api/roster-imports/" + id).json(), upload -> upload.has("finishedAt"));
        assertThat(imported.path("state").asText()).isEqualTo("IMPORTED");
        assertThat(imported.path("imported").asInt()).isEqualTo(1);
        assertThat(api.get(hr, "/api/workers/" + prefix + "1").json().path("name").asText()).isEqualTo("停机");
        assertThat(file(imported)).isNull();

        imports.resumeAbandoned();
        assertThat(jdbc.queryForList("select imported from roster_import where id = ?", Integer.class, id))
                .isEqualTo(List.of(1));
    }
}
