package cn.communityworkers.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A county of its own for each test, with one street and one community, created over the API as the
 * administrator. Codes are random, so tests neither see each other's data nor need an empty database.
 */
public record TestUnits(String county, String street, String community) {

    public static TestUnits create(Api api, long urbanResidentPopulation) {
        String county = "T" + ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L);
        TestUnits units = new TestUnits(county, county + "01", county + "01001");
        assertThat(api.put(Api.ADMIN, "/api/counties/" + units.county,
                Map.of("name", "测试县" + county, "urbanResidentPopulation", urbanResidentPopulation)).status())
                .isEqualTo(201);
        assertThat(api.put(Api.ADMIN, "/api/streets/" + units.street,
                Map.of("name", "测试街道", "countyCode", county)).status()).isEqualTo(201);
        assertThat(api.put(Api.ADMIN, "/api/communities/" + units.community,
                Map.of("name", "测试社区", "streetCode", units.street)).status()).isEqualTo(201);
        return units;
    }
}
