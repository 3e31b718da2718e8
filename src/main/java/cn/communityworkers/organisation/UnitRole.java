package cn.communityworkers.organisation;

import java.util.Optional;
import java.util.function.Function;

import cn.communityworkers.system.Case;

/** The roles of an organisation unit, each a Camunda group per unit (see {@link UnitGroups}). */
public enum UnitRole {
    COUNTY_SOCIAL_WORK(UnitGroups::countySocialWork, Case.Units::countyCode, "委社会工作部"),
    COUNTY_ORGANIZATION(UnitGroups::countyOrganization, Case.Units::countyCode, "委组织部"),
    COUNTY_HRSS(UnitGroups::countyHrss, Case.Units::countyCode, "人力资源和社会保障局"),
    COUNTY_AUDIT(UnitGroups::countyAudit, Case.Units::countyCode, "审计局"),
    STREET_PARTY(UnitGroups::streetParty, Case.Units::streetCode, "党工委"),
    STREET_HR(UnitGroups::streetHr, Case.Units::streetCode, "组织人事办"),
    /** The street's trade union, told beforehand of a unilateral ending of a contract (Labour Contract Law Art. 43). */
    STREET_UNION(UnitGroups::streetUnion, Case.Units::streetCode, "工会委员会"),
    COMMUNITY_PARTY(UnitGroups::communityParty, Case.Units::communityCode, "党委");

    private final Function<String, String> groupOf;
    private final Function<Case.Units, String> unitCodeOf;
    private final String title;

    UnitRole(Function<String, String> groupOf, Function<Case.Units, String> unitCodeOf, String title) {
        this.groupOf = groupOf;
        this.unitCodeOf = unitCodeOf;
        this.title = title;
    }

    public String group(String unitCode) {
        return groupOf.apply(unitCode);
    }

    /** The group of this role in the unit of its level among a case's units, if the case has a unit of that level. */
    public Optional<String> group(Case.Units units) {
        return Optional.ofNullable(unitCodeOf.apply(units)).map(groupOf);
    }

    /** The department's name after its unit's name: 东城街道 + 组织人事办, 示范县 + 委组织部. */
    public String title(String unitName) {
        return unitName + title;
    }

    /** The code of the unit whose group of this role the group id is, if it is one (codes are letters and digits). */
    public Optional<String> unitOf(String groupId) {
        String template = groupOf.apply("{code}");
        String prefix = template.substring(0, template.indexOf('{'));
        String suffix = template.substring(template.indexOf('}') + 1);
        if (groupId.length() <= prefix.length() + suffix.length() || !groupId.startsWith(prefix) || !groupId.endsWith(suffix)) {
            return Optional.empty();
        }
        String code = groupId.substring(prefix.length(), groupId.length() - suffix.length());
        return code.chars().allMatch(Character::isLetterOrDigit) ? Optional.of(code) : Optional.empty();
    }
}
