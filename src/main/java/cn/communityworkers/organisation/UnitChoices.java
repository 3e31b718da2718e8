package cn.communityworkers.organisation;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.communityworkers.system.StartChoices;

/**
 * The units a person starts a process for, offered by name in the start forms (see {@link StartChoices}): the
 * counties and streets whose groups the person is in, and the communities of those streets.
 */
@Configuration
public class UnitChoices {

    /** The county of a county department's start form ({@code valuesKey}). */
    public static final String MY_COUNTIES = "myCounties";
    /** The street of a street's start form. */
    public static final String MY_STREETS = "myStreets";
    /** A community of the person's streets. */
    public static final String MY_STREETS_COMMUNITIES = "myStreetsCommunities";
    /** A community of the counties of the person's streets (where a street may move a worker to), with its street. */
    public static final String MY_COUNTIES_COMMUNITIES = "myCountiesCommunities";

    private static final List<UnitRole> COUNTY_ROLES = List.of(UnitRole.COUNTY_SOCIAL_WORK, UnitRole.COUNTY_ORGANIZATION,
            UnitRole.COUNTY_HRSS);

    /** The codes of the streets whose party working committee or personnel office the groups include. */
    public static Set<String> streetsOf(Collection<String> groups) {
        return codes(groups, List.of(UnitRole.STREET_PARTY, UnitRole.STREET_HR));
    }

    private static Set<String> codes(Collection<String> groups, List<UnitRole> roles) {
        Set<String> codes = new TreeSet<>();
        groups.forEach(group -> roles.forEach(role -> role.unitOf(group).ifPresent(codes::add)));
        return codes;
    }

    @Bean
    StartChoices myCounties(CountyRepository counties) {
        return StartChoices.of(MY_COUNTIES, groups -> counties.findAllById(codes(groups, COUNTY_ROLES)).stream()
                .sorted(Comparator.comparing(County::code))
                .map(county -> new StartChoices.Choice(county.code(), county.name())).toList());
    }

    @Bean
    StartChoices myStreets(StreetRepository streets) {
        return StartChoices.of(MY_STREETS, groups -> streets.findAllById(streetsOf(groups)).stream()
                .sorted(Comparator.comparing(Street::code))
                .map(street -> new StartChoices.Choice(street.code(), street.name())).toList());
    }

    @Bean
    StartChoices myStreetsCommunities(CommunityRepository communities, StreetRepository streets) {
        return StartChoices.of(MY_STREETS_COMMUNITIES, groups -> {
            List<Street> mine = streets.findAllById(streetsOf(groups)).stream()
                    .sorted(Comparator.comparing(Street::code)).toList();
            return mine.stream().flatMap(street -> communities.findByStreetCodeOrderByCode(street.code()).stream()
                    .map(community -> new StartChoices.Choice(community.code(),
                            mine.size() == 1 ? community.name() : community.name() + "(" + street.name() + ")")))
                    .toList();
        });
    }

    @Bean
    StartChoices myCountiesCommunities(CommunityRepository communities, StreetRepository streets) {
        return StartChoices.of(MY_COUNTIES_COMMUNITIES, groups -> streets.findAllById(streetsOf(groups)).stream()
                .map(Street::countyCode).distinct().sorted()
                .flatMap(county -> streets.findByCountyCodeOrderByCode(county).stream())
                .flatMap(street -> communities.findByStreetCodeOrderByCode(street.code()).stream()
                        .map(community -> new StartChoices.Choice(community.code(),
                                community.name() + "(" + street.name() + ")")))
                .toList());
    }
}
