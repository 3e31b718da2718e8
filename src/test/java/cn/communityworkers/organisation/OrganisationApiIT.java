package cn.communityworkers.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

import cn.communityworkers.support.Api;
import cn.communityworkers.support.IntegrationTest;
import cn.communityworkers.support.TestUnits;

@IntegrationTest
class OrganisationApiIT {

    @Autowired
    TestRestTemplate rest;
    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(rest);
    }

    @Test
    void createsThenUpdatesACountyAndItsGroups() {
        TestUnits units = TestUnits.create(api, 50_000);

        Api.Response update = api.put(Api.ADMIN, "/api/counties/" + units.county(),
                Map.of("name", "新名县", "urbanResidentPopulation", 70_000, "averageMonthlyWage", 8000));
        assertThat(update.status()).isEqualTo(200);
        Api.Response county = api.get("eastparty", "/api/counties/" + units.county());
        assertThat(county.json().path("name").asText()).isEqualTo("新名县");
        assertThat(county.json().path("urbanResidentPopulation").asLong()).isEqualTo(70_000);

        for (String group : new String[] {"county" + units.county() + "SocialWork",
                "county" + units.county() + "Organization", "county" + units.county() + "Hrss",
                "street" + units.street() + "Party", "street" + units.street() + "Hr",
                "street" + units.street() + "Union", "community" + units.community() + "Party"}) {
            assertThat(api.get(Api.ADMIN, "/engine-rest/group/" + group).status()).as(group).isEqualTo(200);
        }
        assertThat(api.get(Api.ADMIN, "/engine-rest/group/county" + units.county() + "SocialWork").json()
                .path("name").asText()).isEqualTo("新名县委社会工作部");
        assertThat(api.get(Api.ADMIN, "/api/streets/" + units.street()).json().path("countyCode").asText())
                .isEqualTo(units.county());
        assertThat(api.get(Api.ADMIN, "/api/communities/" + units.community()).json().path("streetCode").asText())
                .isEqualTo(units.street());
    }

    @Test
    void onlyAdministratorsChangeTheRegistry() {
        assertThat(api.put("countysocialwork", "/api/counties/990101",
                Map.of("name", "改名", "urbanResidentPopulation", 1)).status()).isEqualTo(403);
        assertThat(api.get(Api.ADMIN, "/api/counties/990101").json().path("name").asText()).isEqualTo("示范县");
    }

    @Test
    void badInputNamesTheFieldAndTheRule() {
        Api.Response badCode = api.put(Api.ADMIN, "/api/counties/bad-code!",
                Map.of("name", "县", "urbanResidentPopulation", 1));
        assertThat(badCode.status()).isEqualTo(400);
        assertThat(badCode.violations()).containsExactly("countyCode Pattern");
        assertThat(badCode.headers().getContentType().toString()).startsWith("application/problem+json");

        Api.Response negative = api.put(Api.ADMIN, "/api/counties/T1", Map.of("name", " ", "urbanResidentPopulation", -5));
        assertThat(negative.status()).isEqualTo(400);
        assertThat(negative.violations()).containsExactlyInAnyOrder("name NotBlank", "urbanResidentPopulation PositiveOrZero");

        Api.Response wrongType = api.put(Api.ADMIN, "/api/counties/T1", "{\"name\":\"县\",\"urbanResidentPopulation\":\"many\"}");
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(wrongType.violations()).containsExactly("urbanResidentPopulation type");

        Api.Response unknownCounty = api.put(Api.ADMIN, "/api/streets/T1S", Map.of("name", "街道", "countyCode", "nowhere1"));
        assertThat(unknownCounty.status()).isEqualTo(400);
        assertThat(unknownCounty.violations()).containsExactly("countyCode exists");
        assertThat(api.get(Api.ADMIN, "/api/streets/T1S").status()).isEqualTo(404);

        Api.Response unknownStreet = api.put(Api.ADMIN, "/api/communities/T1C", Map.of("name", "社区", "streetCode", "nowhere2"));
        assertThat(unknownStreet.violations()).containsExactly("streetCode exists");
        assertThat(api.get(Api.ADMIN, "/engine-rest/group/communityT1CParty").status()).isEqualTo(404);
    }

    @Test
    void aStreetCannotMoveToAnotherCounty() {
        TestUnits first = TestUnits.create(api, 10_000);
        TestUnits second = TestUnits.create(api, 10_000);
        Api.Response move = api.put(Api.ADMIN, "/api/streets/" + first.street(),
                Map.of("name", "测试街道", "countyCode", second.county()));
        assertThat(move.status()).isEqualTo(409);
        assertThat(move.violations()).containsExactly("countyCode unchanged");
    }

    @Test
    void unknownUnitsAreNotFound() {
        Api.Response missing = api.get(Api.ADMIN, "/api/counties/nowhere3");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().path("detail").asText()).contains("nowhere3");
    }
}
