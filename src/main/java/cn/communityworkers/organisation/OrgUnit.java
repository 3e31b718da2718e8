package cn.communityworkers.organisation;

import java.util.List;

/**
 * Where a community sits: community, street and county with their names. The Camunda groups that
 * act for each level are derived from the codes (see {@link UnitGroups}).
 */
public record OrgUnit(String countyCode, String countyName, String streetCode, String streetName,
        String communityCode, String communityName) {

    /** Every group of this community's county, street and community: they may see its workers. */
    public List<String> allGroups() {
        return List.of(UnitGroups.countySocialWork(countyCode), UnitGroups.countyOrganization(countyCode),
                UnitGroups.countyHrss(countyCode), UnitGroups.streetParty(streetCode), UnitGroups.streetHr(streetCode),
                UnitGroups.communityParty(communityCode));
    }

    /** The groups that keep the personnel records of this community's workers. */
    public List<String> personnelGroups() {
        return List.of(UnitGroups.countySocialWork(countyCode), UnitGroups.countyHrss(countyCode),
                UnitGroups.streetHr(streetCode));
    }
}
