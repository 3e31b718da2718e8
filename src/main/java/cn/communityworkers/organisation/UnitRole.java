package cn.communityworkers.organisation;

import java.util.Optional;
import java.util.function.Function;

/** The roles of an organisation unit, each a Camunda group per unit (see {@link UnitGroups}). */
public enum UnitRole {
    COUNTY_SOCIAL_WORK(UnitGroups::countySocialWork),
    COUNTY_ORGANIZATION(UnitGroups::countyOrganization),
    COUNTY_HRSS(UnitGroups::countyHrss),
    STREET_PARTY(UnitGroups::streetParty),
    STREET_HR(UnitGroups::streetHr),
    COMMUNITY_PARTY(UnitGroups::communityParty);

    private final Function<String, String> groupOf;

    UnitRole(Function<String, String> groupOf) {
        this.groupOf = groupOf;
    }

    public String group(String unitCode) {
        return groupOf.apply(unitCode);
    }

    /** The code of the unit whose group of this role {@code groupId} is, if it is one. */
    public Optional<String> unitOf(String groupId) {
        String probe = group("#");
        String prefix = probe.substring(0, probe.indexOf('#'));
        String suffix = probe.substring(probe.indexOf('#') + 1);
        if (groupId.length() <= prefix.length() + suffix.length() || !groupId.startsWith(prefix)
                || !groupId.endsWith(suffix)) {
            return Optional.empty();
        }
        return Optional.of(groupId.substring(prefix.length(), groupId.length() - suffix.length()));
    }
}
