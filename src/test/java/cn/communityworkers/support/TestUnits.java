package cn.communityworkers.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;

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

    /** A user for these units' tests, {@code prefix} and the county's code, in {@code group}, password {@link Api#PASSWORD}. */
    public String user(IdentityService identityService, String prefix, String group) {
        String id = prefix + county.toLowerCase();
        User user = identityService.newUser(id);
        user.setFirstName(prefix);
        user.setLastName(county);
        user.setPassword(Api.PASSWORD);
        identityService.saveUser(user);
        identityService.createMembership(id, group);
        return id;
    }
}
