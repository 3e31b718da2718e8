package cn.communityworkers.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

import cn.communityworkers.support.Api;
import cn.communityworkers.support.IntegrationTest;

/**
 * The project API's refusals read in Chinese, whatever refuses: a missing record, a broken rule of the registry, a
 * request body Jackson cannot read (an unknown field, an unknown choice, a bad date, the wrong type), a request
 * parameter out of range. Each names the field; beyond field names, codes and formats (and the parser's own words,
 * in brackets after the Chinese, where it has some), no English word.
 */
@IntegrationTest
class ChineseRefusalsIT {

    /** An English word of four letters or more. */
    static final Pattern ENGLISH = Pattern.compile("(?<![A-Za-z])[A-Za-z]{4,}(?![A-Za-z])");

    @Autowired
    TestRestTemplate rest;
    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(rest);
    }

    @Test
    void aMissingRecord() {
        Api.Response missing = api.get(Api.ADMIN, "/api/workers/NO-SUCH-WORKER");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(detail(missing)).isEqualTo("社区工作者“NO-SUCH-WORKER”不存在");
        assertThat(detail(api.get(Api.ADMIN, "/api/counties/000000"))).isEqualTo("县(市、区)“000000”不存在");
    }

    @Test
    void aRuleOfTheRegistry() {
        Api.Response street = api.put(Api.ADMIN, "/api/streets/000000001", Map.of("name", "无县街道",
                "countyCode", "000000"));
        assertThat(street.status()).isEqualTo(400);
        assertThat(detail(street)).isEqualTo("县(市、区)000000 不存在");
    }

    /** Bean Validation's constraints, in Chinese whatever language the caller asks for. */
    @Test
    void aConstraintOfARequest() {
        Api.Response county = api.put(Api.ADMIN, "/api/counties/000001", Map.of("name", " ",
                "urbanResidentPopulation", -1, "cityCode", "市-1"));
        assertThat(county.status()).isEqualTo(400);
        assertThat(county.violations()).containsExactlyInAnyOrder("name NotBlank",
                "urbanResidentPopulation PositiveOrZero", "cityCode Pattern");
        assertThat(county.json().path("violations")).extracting(v -> v.path("field").asText() + " "
                + v.path("message").asText()).containsExactlyInAnyOrder("name 不能为空", "urbanResidentPopulation 不能小于 0",
                        "cityCode 须为 1 至 20 个字母或数字");
    }

    @Test
    void aBodyThatCannotBeRead() {
        Api.Response unknownField = api.post(Api.ADMIN, "/api/workers", Map.of("name", "某人", "salary", 1));
        assertThat(unknownField.status()).isEqualTo(400);
        assertThat(unknownField.violations()).containsExactly("salary known-field");
        // the known fields are listed by their names, as the request writes them
        assertThat(unknownField.json().path("detail").asText()).startsWith("“salary”不是本请求的字段;可用的字段:");

        Api.Response unknownChoice = api.post(Api.ADMIN, "/api/workers", Map.of("name", "某人", "role", "KING"));
        assertThat(unknownChoice.violations()).containsExactly("role one-of");
        assertThat(detail(unknownChoice)).startsWith("role“KING”不是可选值之一:SECRETARY、DIRECTOR、");

        Api.Response badDate = api.post(Api.ADMIN, "/api/workers", Map.of("name", "某人", "birthDate", "1990-13-01"));
        assertThat(badDate.violations()).containsExactly("birthDate iso-date");
        // Java's own reason for the date follows in brackets
        assertThat(badDate.json().path("detail").asText()).startsWith("birthDate").contains("yyyy-MM-dd 格式");

        Api.Response wrongType = api.post(Api.ADMIN, "/api/workers", Map.of("name", "某人",
                "creditedCommunityYears", Map.of("years", 3)));
        assertThat(wrongType.violations()).containsExactly("creditedCommunityYears type");
        assertThat(detail(wrongType)).isEqualTo("creditedCommunityYears的类型不对,须为数字");

        Api.Response notJson = api.post(Api.ADMIN, "/api/workers", "{\"name\": ");
        assertThat(notJson.violations()).containsExactly(" json");
        // the parser's own words on where it stopped follow in brackets
        assertThat(notJson.json().path("detail").asText()).startsWith("请求内容不是有效的 JSON(");
    }

    @Test
    void aParameterOutOfRange() {
        Api.Response page = api.get(Api.ADMIN, "/api/audit/process-instances?page=-1");
        assertThat(page.status()).isEqualTo(400);
        assertThat(detail(page)).startsWith("页码(page)须在 0 至 ");
        Api.Response notANumber = api.get(Api.ADMIN, "/api/audit/process-instances?page=abc");
        assertThat(detail(notANumber)).isEqualTo("page“abc”不是有效的数字");
        Api.Response badDate = api.get(Api.ADMIN, "/api/audit/process-instances?from=2024-13-01");
        assertThat(detail(badDate)).isEqualTo("from“2024-13-01”不是 yyyy-MM-dd 格式的日期");
    }

    /** The problem's detail, checked to hold no English word but the field names and formats it quotes. */
    private static String detail(Api.Response refused) {
        String detail = refused.json().path("detail").asText();
        String field = refused.json().path("violations").path(0).path("field").asText();
        assertThat(ENGLISH.matcher(detail.replace(field, "").replace("yyyy-MM-dd", "").replace("JSON", ""))
                .results().map(MatchResult::group)
                .filter(word -> !word.equals(word.toUpperCase()))).as(detail).isEmpty();
        return detail;
    }
}
