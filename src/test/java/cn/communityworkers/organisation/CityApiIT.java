package cn.communityworkers.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

import cn.communityworkers.support.Api;
import cn.communityworkers.support.IntegrationTest;
import cn.communityworkers.support.TestUnits;

/** A city above the counties (《意见》第16条): its registration, its departments' groups and its counties. */
@IntegrationTest
class CityApiIT {

    @Autowired
    TestRestTemplate rest;
    Api api;

    /** The demo city 示范市 (profile demo, loaded for the integration tests). */
    static final String DEMO_CITY = "9901";

    @BeforeEach
    void setUp() {
        api = new Api(rest);
    }

    static String newCityCode() {
        return "C" + ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L);
    }

    Api.Response putCounty(TestUnits units, String cityCode) {
        Map<String, Object> county = new HashMap<>(Map.of("name", "测试县" + units.county(),
                "urbanResidentPopulation", 20_000));
        if (cityCode != null) {
            county.put("cityCode", cityCode);
        }
        return api.put(Api.ADMIN, "/api/counties/" + units.county(), county);
    }

    @Test
    void createsThenRenamesACityWithItsDepartmentsGroups() {
        String city = newCityCode();
        Api.Response created = api.put(Api.ADMIN, "/api/cities/" + city, Map.of("name", "测试市"));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().path("code").asText()).isEqualTo(city);
        assertThat(api.get(Api.ADMIN, "/engine-rest/group/" + UnitGroups.citySocialWork(city)).json().path("name")
                .asText()).isEqualTo("测试市委社会工作部");

        Api.Response renamed = api.put(Api.ADMIN, "/api/cities/" + city, Map.of("name", "新名市"));
        assertThat(renamed.status()).isEqualTo(200);
        assertThat(api.get("eastparty", "/api/cities/" + city).json().path("name").asText()).isEqualTo("新名市");
        assertThat(api.get(Api.ADMIN, "/engine-rest/group/" + UnitGroups.citySocialWork(city)).json().path("name")
                .asText()).isEqualTo("新名市委社会工作部");
        assertThat(api.get(Api.ADMIN, "/engine-rest/group/" + UnitGroups.cityOrganization(city)).json().path("name")
                .asText()).isEqualTo("新名市委组织部");
    }

    @Test
    void aCountyBelongsToTheCityItNamesUntilItIsPutWithoutOne() {
        String city = newCityCode();
        assertThat(api.put(Api.ADMIN, "/api/cities/" + city, Map.of("name", "测试市")).status()).isEqualTo(201);
        TestUnits units = TestUnits.create(api, 20_000);
        assertThat(api.get(Api.ADMIN, "/api/counties/" + units.county()).json().hasNonNull("cityCode")).isFalse();

        Api.Response joined = putCounty(units, city);
        assertThat(joined.status()).isEqualTo(200);
        assertThat(joined.json().path("cityCode").asText()).isEqualTo(city);
        assertThat(api.get("eastparty", "/api/counties/" + units.county()).json().path("cityCode").asText())
                .isEqualTo(city);

        assertThat(putCounty(units, null).status()).isEqualTo(200);
        assertThat(api.get(Api.ADMIN, "/api/counties/" + units.county()).json().hasNonNull("cityCode")).isFalse();
    }

    @Test
    void aCountyOfAnUnregisteredCityIsRefusedNamingTheField() {
        TestUnits units = TestUnits.create(api, 20_000);
        String nowhere = newCityCode();

        Api.Response refused = putCounty(units, nowhere);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.headers().getContentType().toString()).startsWith("application/problem+json");
        assertThat(refused.violations()).containsExactly("cityCode exists");
        assertThat(refused.json().path("violations").get(0).path("message").asText()).contains("不是登记的市", nowhere);
        assertThat(api.get(Api.ADMIN, "/api/counties/" + units.county()).json().hasNonNull("cityCode")).isFalse();

        Api.Response badCode = putCounty(units, "no-such city");
        assertThat(badCode.status()).isEqualTo(400);
        assertThat(badCode.violations()).containsExactly("cityCode Pattern");
    }

    @Test
    void onlyAdministratorsRegisterACity() {
        String city = newCityCode();
        for (String user : new String[] {"countysocialwork", "citysocialwork", "auditor"}) {
            assertThat(api.put(user, "/api/cities/" + city, Map.of("name", "测试市")).status()).as(user).isEqualTo(403);
        }
        assertThat(api.get(Api.ADMIN, "/api/cities/" + city).status()).isEqualTo(404);
        assertThat(api.get(Api.ADMIN, "/engine-rest/group/" + UnitGroups.citySocialWork(city)).status()).isEqualTo(404);
        assertThat(api.put("countysocialwork", "/api/cities/" + DEMO_CITY, Map.of("name", "改名")).status())
                .isEqualTo(403);
        assertThat(api.get(Api.ADMIN, "/api/cities/" + DEMO_CITY).json().path("name").asText()).isEqualTo("示范市");
    }

    @Test
    void badInputAndUnknownCitiesAreRefused() {
        Api.Response badCode = api.put(Api.ADMIN, "/api/cities/bad-code!", Map.of("name", "市"));
        assertThat(badCode.status()).isEqualTo(400);
        assertThat(badCode.violations()).containsExactly("cityCode Pattern");
        Api.Response blank = api.put(Api.ADMIN, "/api/cities/" + newCityCode(), Map.of("name", " "));
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.violations()).containsExactly("name NotBlank");

        Api.Response missing = api.get(Api.ADMIN, "/api/cities/nowhere4");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().path("detail").asText()).contains("nowhere4");
    }
}
