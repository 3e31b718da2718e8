package cn.communityworkers.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;

import cn.communityworkers.organisation.OrganisationService;

/**
 * The synthetic units and users of the benchmarks, made as production makes them (set-up, not measured): a county
 * through {@link OrganisationService} (groups and grants as in production) with streets of
 * {@value #COMMUNITIES_PER_STREET} communities, and users with the password policy's kind of password.
 */
final class BenchUnits {

    /** The application as installed has the password policy on (at least 10 characters, both cases, digit, symbol). */
    static final String PASSWORD = "Yace-Mima-2026!";
    static final int COMMUNITIES_PER_STREET = 10;

    private final OrganisationService organisation;
    private final IdentityService identityService;

    BenchUnits(OrganisationService organisation, IdentityService identityService) {
        this.organisation = organisation;
        this.identityService = identityService;
    }

    /** A random code of {@code digits} digits after {@code prefix}, so that runs on one database do not collide. */
    static String randomCode(String prefix, int digits) {
        long low = (long) Math.pow(10, digits - 1);
        return prefix + ThreadLocalRandom.current().nextLong(low, low * 10);
    }

    /**
     * A county of {@code communityCount} communities, {@value #COMMUNITIES_PER_STREET} to a street (codes: the
     * county's, then three digits per level); returns the communities' codes in order.
     */
    List<String> county(String code, String name, long urbanResidentPopulation, int communityCount) {
        organisation.putCounty(code, name, urbanResidentPopulation, null);
        int streets = (communityCount + COMMUNITIES_PER_STREET - 1) / COMMUNITIES_PER_STREET;
        if (streets > 999) {
            throw new IllegalArgumentException(streets + " streets: codes allow 999; raise bench.workersPerCommunity");
        }
        List<String> communities = new ArrayList<>();
        for (int s = 1; s <= streets; s++) {
            String street = code + String.format("%03d", s);
            organisation.putStreet(street, name + "街道" + s, code);
            for (int c = 1; c <= Math.min(COMMUNITIES_PER_STREET, communityCount - (s - 1) * COMMUNITIES_PER_STREET); c++) {
                String community = street + String.format("%03d", c);
                organisation.putCommunity(community, name + "社区" + s + "-" + c, street);
                communities.add(community);
            }
        }
        return communities;
    }

    /** A user in {@code group} (created if the engine has none of that id), with {@link #PASSWORD}. */
    String user(String id, String group) {
        User user = identityService.newUser(id);
        user.setFirstName("压测");
        user.setLastName(id);
        user.setPassword(PASSWORD);
        identityService.saveUser(user);
        if (identityService.createGroupQuery().groupId(group).count() == 0) {
            identityService.saveGroup(identityService.newGroup(group));
        }
        identityService.createMembership(id, group);
        return id;
    }
}
