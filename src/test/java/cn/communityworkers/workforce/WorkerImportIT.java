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
        return id + "," + idCardNumber + "," + name + ",1985-03-04," + units.community() + ",SECRETARY,BACHELOR,SOCIAL_WORKER,true,,"
                + "2012-01-01,2,,2027-12-31,,false,2013-01-01/2017-12-31/true;2018-01-01//false,"
                + "2023:EXCELLENT;2024:QUALIFIED\n";
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
        assertThat(refused.json().path("detail").asText()).startsWith("nothing was imported");
        for (String id : new String[] {"1", "3"}) {
            assertThat(api.get(Api.ADMIN, "/api/workers/" + prefix + id).status()).isEqualTo(404);
        }
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
     * one already registered is refused; nothing is imported.
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
                + row(prefix + "6", "", "己");                                            // line 7
        Api.Response refused = api.postCsv(Api.ADMIN, "/api/workers/import", csv);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.violations()).containsExactlyInAnyOrder(
                "row 3 idCardNumber unique",
                "row 4 idCardNumber unique",
                "row 5 idCardNumber id-card-checksum",
                "row 6 birthDate agrees-with-id-card",
                "row 7 idCardNumber required");
        assertThat(refused.json().path("violations").findValuesAsText("message"))
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
