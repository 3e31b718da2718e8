package cn.communityworkers.system;

import java.time.Instant;
import java.util.Map;

/**
 * A process instance's case as recorded when it started (see {@link Cases}): the units it belongs to, the worker it
 * is about, and the request as submitted and checked, keyed by the names of the start variables.
 *
 * @param countyCode    the county, or null when the case has none
 * @param streetCode    the street, or null when the case has none (a county's campaign or promotion)
 * @param communityCode the community, or null when the case has none
 * @param workerId      the worker the case is about, or null
 * @param request       the request's fields by variable name, as JSON gives them back (texts, numbers, booleans)
 * @param startedBy     who started it, or null when the system did
 * @param fromHistory   true for an instance started before cases were recorded, whose case was taken later from the
 *                      engine's history (see {@link Cases})
 */
public record Case(String processInstanceId, String processKey, String businessKey, String countyCode,
        String streetCode, String communityCode, String workerId, Map<String, Object> request, String startedBy,
        Instant startedAt, boolean fromHistory) {

    /**
     * The request field of a case that moves its worker to another unit (a transfer): the receiving community, as
     * checked at the start; the receiving street is {@link #TARGET_STREET}. Tasks of the receiving units are routed by
     * them ({@code route.targetCommunityParty}, {@code route.targetStreetParty}).
     */
    public static final String TARGET_COMMUNITY = "targetCommunityCode";
    /** The request field of such a case naming the receiving community's street, as the registry had it at the start. */
    public static final String TARGET_STREET = "targetStreetCode";

    /** Where a case belongs: each code may be null when the case has no unit of that level. */
    public record Units(String countyCode, String streetCode, String communityCode) {
    }

    /** A field of the request that must be there, e.g. the campaign's {@code year}. */
    public Object requested(String name) {
        Object value = request.get(name);
        if (value == null) {
            throw new IllegalStateException("the recorded request of " + processKey + " " + processInstanceId
                    + " has no " + name);
        }
        return value;
    }

    /** A whole number of the request. */
    public int requestedNumber(String name) {
        return ((Number) requested(name)).intValue();
    }

    /** A text of the request. */
    public String requestedText(String name) {
        return requested(name).toString();
    }

    /** The worker; an error for a case about no worker. */
    public String requireWorker() {
        return require(workerId, "worker");
    }

    public String requireCounty() {
        return require(countyCode, "county");
    }

    public String requireCommunity() {
        return require(communityCode, "community");
    }

    /** The community the case moves its worker to ({@link #TARGET_COMMUNITY}); an error for a case that moves nobody. */
    public String requireTargetCommunity() {
        return require((String) request.get(TARGET_COMMUNITY), "target community");
    }

    /** The street of the community the case moves its worker to ({@link #TARGET_STREET}). */
    public String requireTargetStreet() {
        return require((String) request.get(TARGET_STREET), "target street");
    }

    private String require(String value, String what) {
        if (value == null) {
            throw new IllegalStateException("the case of " + processKey + " " + processInstanceId + " has no " + what);
        }
        return value;
    }
}
