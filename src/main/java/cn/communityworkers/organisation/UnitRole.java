package cn.communityworkers.organisation;

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
}
