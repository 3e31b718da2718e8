package cn.communityworkers.workforce;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;

import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

import com.fasterxml.jackson.databind.JsonNode;

import cn.communityworkers.support.Api;
import cn.communityworkers.support.IdCards;
import cn.communityworkers.support.IntegrationTest;
import cn.communityworkers.support.TestUnits;

@IntegrationTest
class WorkerImportIT {

    static final String HEADER = "workerId,idCardNumber,name,birthDate,communityCode,role,education,qualification,partyMember,"
            + "status,communityWorkSince,creditedCommunityYears,gradeLevel,contractEnd,probationEnd,"
            + "underDisciplinaryAction,secretaryTerms,assessmentHistory\n";

    @Autowired
    HistoryService history;
    @Autowired
    TestRestTemplate rest;
    Api api;
    TestUnits units;
    String prefix;

    @BeforeEach
    void setUp() {
        api = new Api(rest);
        units = TestUnits.create(api, 100_000);
        prefix = "I" + UUID.randomUUID().toString().substring(0, 6);
    }

    String row(String id, String name) {
        return row(id, IdCards.of("1985-03-04"), name);
    }

    String row(String id, String idCardNumber, String name) {
        return row(units, id, idCardNumber, name);
    }

    /** A row of {@link #HEADER}: a secretary of {@code units}' community, born on 1985-03-04 as the number says. */
    static String row(TestUnits units, String id, String idCardNumber, String name) {
        return id + "," + idCardNumber + "," + name + ",1985-03-04," + units.community()
                + ",SECRETARY,BACHELOR,SOCIAL_WORKER,true,,2012-01-01,2,,2027-12-31,,false,"
                + "2013-01-01/2017-12-31/true;2018-01-01//false,2023:EXCELLENT;2024:QUALIFIED\n";
    }

    @Test
    void importsAWholeRosterWithListsAndChineseNames() {
        String csv = "\uFEFF" + HEADER + row(prefix + "1", "欧阳娜娜") + row(prefix + "2", "王芳");
        Api.Response imported = api.postCsv(Api.ADMIN, "/api/workers/import", csv);
        assertThat(imported.status()).as(imported.text()).isEqualTo(201);
        assertThat(imported.json().path("imported").asInt()).isEqualTo(2);

        JsonNode worker = api.get(Api.ADMIN, "/api/workers/" + prefix + "1").json();
        assertThat(worker.path("name").asText()).isEqualTo("欧阳娜娜");
        assertThat(worker.path("status").asText()).isEqualTo("ACTIVE");
        assertThat(worker.path("creditedCommunityYears").asInt()).isEqualTo(2);
        assertThat(worker.path("secretaryTerms")).hasSize(2);
        assertThat(worker.path("secretaryTerms").get(1).has("end")).isFalse();
        assertThat(worker.path("assessmentHistory").findValuesAsText("rating")).containsExactly("EXCELLENT", "QUALIFIED");
        assertThat(worker.path("gradeLevel").asInt()).as("a secretary: 正职, levels 7 to 18").isBetween(7, 18);
        assertThat(worker.path("lastGradeStepYear").asInt()).as("the latest year rated").isEqualTo(2024);
    }

    /** Rows that ask the grading rules the same question get the same answer, put to each decision once. */
    @Test
    void rowsAskingTheSameGradingQuestionAskEachDecisionOnce() {
        long grades = decisions(GradingRules.INITIAL_GRADE);
        long coefficients = decisions(GradingRules.PAY_COEFFICIENT);
        String csv = HEADER + row(prefix + "1", "甲") + row(prefix + "2", "乙") + row(prefix + "3", "丙");
        Api.Response imported = api.postCsv(Api.ADMIN, "/api/workers/import", csv);
        assertThat(imported.status()).as(imported.text()).isEqualTo(201);
        assertThat(decisions(GradingRules.INITIAL_GRADE) - grades).isEqualTo(1);
        assertThat(decisions(GradingRules.PAY_COEFFICIENT) - coefficients).isEqualTo(1);
        JsonNode first = api.get(Api.ADMIN, "/api/workers/" + prefix + "1").json();
        for (String id : new String[] {prefix + "2", prefix + "3"}) {
            JsonNode worker = api.get(Api.ADMIN, "/api/workers/" + id).json();
            assertThat(worker.path("gradeLevel").asInt()).isEqualTo(first.path("gradeLevel").asInt()).isBetween(7, 18);
            assertThat(worker.path("monthlyPay").decimalValue()).isEqualByComparingTo(first.path("monthlyPay")
                    .decimalValue()).isPositive();
        }
    }

    private long decisions(String key) {
        return history.createHistoricDecisionInstanceQuery().decisionDefinitionKey(key).count();
    }

    @Test
    void aFileWithBadRowsImportsNothingAndReportsEveryBadRow() {
        String csv = HEADER
                + row(prefix + "1", "好人")                                             // line 2: fine
                + row(prefix + "2", "坏日期").replace("1985-03-04", "1985-02-30")          // line 3
                + row(prefix + "3", "好人二")                                           // line 4: fine
                + row(prefix + "4", "坏社区").replace(units.community(), "nowhere")      // line 5
                + row(prefix + "5", "坏等级").replace(",2,,", ",2,6,")                   // line 6: 正职 start at 7
                + row(prefix + "1", "重复")                                             // line 7: id of line 2
                + row(prefix + "7", "坏列表").replace("2023:EXCELLENT", "2023-EXCELLENT"); // line 8
        Api.Response refused = api.postCsv(Api.ADMIN, "/api/workers/import", csv);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.violations()).containsExactlyInAnyOrder(
                "row 3 birthDate iso-date",
                "row 5 communityCode exists",
                "row 6 gradeLevel within-category-range",
                "row 7 workerId unique",
                "row 8 assessmentHistory assessment-format");
        assertThat(refused.json().path("detail").asText()).isEqualTo("未导入任何记录:文件中有 5 处问题");
        // each problem in Chinese, naming the column as the file does
        assertThat(refused.json().path("violations")).extracting(v -> v.path("message").asText()).contains(
                "出生日期(birthDate)“1985-02-30”不是 yyyy-MM-dd 格式的日期",
                "社区代码(communityCode)nowhere 不存在:请核对组织机构中的社区代码",
                "编号(workerId)" + prefix + "1 在文件中出现了两次",
                "历年考核结果(assessmentHistory)“2023-EXCELLENT”须为“年度:考核等次”");
        for (String id : new String[] {"1", "3"}) {
            assertThat(api.get(Api.ADMIN, "/api/workers/" + prefix + id).status()).isEqualTo(404);
        }
    }

    /** A roster kept in a spreadsheet by people: Chinese column names and Chinese values, as the registry names them. */
    @Test
    void aRosterInChineseImports() {
        String csv = "姓名,身份证号码,社区代码,岗位,学历,职业资格,是否党员,状态,开始从事社区工作的日期,试用期满日期,历年考核结果\n"
                + "李明," + IdCards.of("1990-06-01") + "," + units.community() + ",社区专职工作人员,本科,助理社会工作师,是,试用期,"
                + "2026-01-05,2026-07-04,\n"
                + "周红," + IdCards.of("1988-02-03") + "," + units.community() + ",居民委员会主任,大专,无职业资格,否,正式在岗,"
                + "2015-03-01,,2023:优秀;2024:合格\n";
        Api.Response imported = api.postCsv(Api.ADMIN, "/api/workers/import", csv);
        assertThat(imported.status()).as(imported.text()).isEqualTo(201);
        JsonNode first = api.get(Api.ADMIN, "/api/workers/" + imported.json().path("workerIds").get(0).asText()).json();
        assertThat(first.path("name").asText()).isEqualTo("李明");
        assertThat(first.path("role").asText()).isEqualTo("STAFF");
        assertThat(first.path("education").asText()).isEqualTo("BACHELOR");
        assertThat(first.path("qualification").asText()).isEqualTo("ASSISTANT_SOCIAL_WORKER");
        assertThat(first.path("partyMember").asBoolean()).isTrue();
        assertThat(first.path("status").asText()).isEqualTo("PROBATION");
        JsonNode second = api.get(Api.ADMIN, "/api/workers/" + imported.json().path("workerIds").get(1).asText()).json();
        assertThat(second.path("role").asText()).isEqualTo("DIRECTOR");
        assertThat(second.path("partyMember").asBoolean()).isFalse();
        assertThat(second.path("assessmentHistory").findValuesAsText("rating")).containsExactly("EXCELLENT", "QUALIFIED");

        Api.Response twice = api.postCsv(Api.ADMIN, "/api/workers/import", "姓名,name\n王五,王五\n");
        assertThat(twice.status()).isEqualTo(400);
        assertThat(twice.violations()).containsExactly("row 1 name unique-column");
        Api.Response unknownValue = api.postCsv(Api.ADMIN, "/api/workers/import", csv.replace("本科", "大学"));
        assertThat(unknownValue.json().path("violations").get(0).path("message").asText())
                .isEqualTo("学历(education)“大学”不是可选值之一:高中及以下、大专、本科、硕士研究生、博士研究生");
    }

    @Test
    void anUnknownColumnRefusesTheFile() {
        Api.Response refused = api.postCsv(Api.ADMIN, "/api/workers/import",
                HEADER.replace("\n", ",salary\n") + row(prefix + "1", "某人").replace("\n", ",1\n"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.violations()).containsExactly("row 1 salary known-column");
        assertThat(api.get(Api.ADMIN, "/api/workers/" + prefix + "1").status()).isEqualTo(404);
    }

    @Test
    void aRowMissingRequiredValuesIsReported() {
        Api.Response refused = api.postCsv(Api.ADMIN, "/api/workers/import",
                "idCardNumber,name,birthDate,communityCode,role,education,communityWorkSince\n"
                        + IdCards.of("1990-01-01") + ",,1990-01-01," + units.community() + ",STAFF,,2020-01-01\n");
        assertThat(refused.violations()).containsExactlyInAnyOrder("row 2 name NotBlank", "row 2 education NotNull");
    }

    @Test
    void anEmptyFileOrNonUtf8IsRefused() {
        assertThat(api.postCsv(Api.ADMIN, "/api/workers/import", HEADER).violations()).containsExactly(" not-empty");
        Api.Response latin = api.call(Api.ADMIN, org.springframework.http.HttpMethod.POST, "/api/workers/import",
                new byte[] {'n', 'a', 'm', 'e', '\n', (byte) 0xC3, (byte) 0x28, '\n'},
                org.springframework.http.MediaType.parseMediaType("text/csv"));
        assertThat(latin.violations()).containsExactly(" utf-8");
    }

    /**
     * #21 the roster's identity numbers: a bad one names its row and the field, the same number twice in the file or
     * one already registered is refused, and so is an id already registered; nothing is imported.
     */
    @Test
    void badAndDuplicateIdCardNumbersAreReportedByRow() {
        String registered = IdCards.of("1985-03-04");
        assertThat(api.postCsv(Api.ADMIN, "/api/workers/import", HEADER + row(prefix + "0", registered, "在册"))
                .status()).isEqualTo(201);
        String twice = IdCards.of("1985-03-04");
        String wrongBirth = IdCards.of("1985-03-05");
        String csv = HEADER
                + row(prefix + "1", twice, "甲")                                          // line 2: fine
                + row(prefix + "2", twice, "乙")                                          // line 3: twice in the file
                + row(prefix + "3", registered, "丙")                                     // line 4: registered
                + row(prefix + "4", twice.substring(0, 17) + (twice.endsWith("1") ? "2" : "1"), "丁") // line 5
                + row(prefix + "5", wrongBirth, "戊")                                     // line 6
                + row(prefix + "6", "", "己")                                             // line 7
                + row(prefix + "0", IdCards.of("1985-03-04"), "庚");                      // line 8: id registered
        Api.Response refused = api.postCsv(Api.ADMIN, "/api/workers/import", csv);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.violations()).containsExactlyInAnyOrder(
                "row 3 idCardNumber unique",
                "row 4 idCardNumber unique",
                "row 5 idCardNumber id-card-checksum",
                "row 6 birthDate agrees-with-id-card",
                "row 7 idCardNumber required",
                "row 8 workerId unique");
        assertThat(refused.json().path("violations").findValuesAsText("message"))
                .contains("编号(workerId)" + prefix + "0 已有社区工作者登记")
                .filteredOn(message -> !message.startsWith("编号"))
                .allMatch(message -> message.contains("身份证号码") || message.contains("出生日期"));
        assertThat(api.get(Api.ADMIN, "/api/workers/" + prefix + "1").status()).isEqualTo(404);
    }

    /** #21 an imported worker's sex and birth date are read from the number. */
    @Test
    void anImportedWorkerHasTheSexOfTheNumber() {
        String number = IdCardNumber.compose("440106", LocalDate.of(1985, 3, 4), 2);
        Api.Response imported = api.postCsv(Api.ADMIN, "/api/workers/import", HEADER + row(prefix + "1", number, "王芳"));
        assertThat(imported.status()).as(imported.text()).isEqualTo(201);
        JsonNode worker = api.get(Api.ADMIN, "/api/workers/" + prefix + "1").json();
        assertThat(worker.path("sex").asText()).isEqualTo("FEMALE");
        assertThat(worker.path("idCardNumber").asText()).isEqualTo(number);
    }
}
