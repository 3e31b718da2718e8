package cn.communityworkers.statistics;

import java.util.List;
import java.util.Map;

/**
 * The unit the figures are of and what it covers: the units below it (the rows of the tables), the counties its
 * workers are read from, and its communities by code.
 */
record Scope(Statistics.Unit unit, List<Statistics.Unit> children, StatisticsQueries.Counties counties,
        Map<String, StatisticsQueries.Place> places) {

    /** Whether the community belongs to the unit. */
    boolean covers(String communityCode) {
        return communityCode != null && places.containsKey(communityCode);
    }

    /** The code of the unit below this one that the community (of the unit) belongs to. */
    String childOf(String communityCode) {
        return childOf(places.get(communityCode));
    }

    /** The code of the unit below this one that a community of the unit belongs to. */
    String childOf(StatisticsQueries.Place place) {
        return switch (unit.level()) {
            case CITY -> place.countyCode();
            case COUNTY -> place.streetCode();
            case STREET, COMMUNITY -> place.communityCode();
        };
    }
}
