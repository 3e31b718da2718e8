package cn.communityworkers.organisation;

import java.util.List;

/**
 * The Camunda groups of each organisation unit. Tasks are routed to these groups, never to all
 * streets. Ids are letters and digits only, as the engine requires.
 */
public final class UnitGroups {

    private UnitGroups() {
    }

    /** 市级党委社会工作部门: sees the figures of the city's counties (《意见》第16条). */
    public static String citySocialWork(String cityCode) {
        return "city" + cityCode + "SocialWork";
    }

    /** 市级党委组织部门 */
    public static String cityOrganization(String cityCode) {
        return "city" + cityCode + "Organization";
    }

    /** The city's departments that follow its community workers. */
    public static List<String> cityDepartments(String cityCode) {
        return List.of(citySocialWork(cityCode), cityOrganization(cityCode));
    }

    /** 县级党委社会工作部门 */
    public static String countySocialWork(String countyCode) {
        return "county" + countyCode + "SocialWork";
    }

    /** 县级党委组织部门 */
    public static String countyOrganization(String countyCode) {
        return "county" + countyCode + "Organization";
    }

    /** 县级人力资源和社会保障部门 */
    public static String countyHrss(String countyCode) {
        return "county" + countyCode + "Hrss";
    }

    /** 县级审计机关: the economic-responsibility audits of outgoing secretaries and directors (《意见》第11条). */
    public static String countyAudit(String countyCode) {
        return "county" + countyCode + "Audit";
    }

    /** The county's three departments that follow its community workers: social work, organisation, HRSS. */
    public static List<String> countyDepartments(String countyCode) {
        return List.of(countySocialWork(countyCode), countyOrganization(countyCode), countyHrss(countyCode));
    }

    /** 街道(乡镇)党(工)委 */
    public static String streetParty(String streetCode) {
        return "street" + streetCode + "Party";
    }

    /** 街道(乡镇)组织人事 */
    public static String streetHr(String streetCode) {
        return "street" + streetCode + "Hr";
    }

    /** 街道(乡镇)工会委员会 */
    public static String streetUnion(String streetCode) {
        return "street" + streetCode + "Union";
    }

    /** 社区党组织 */
    public static String communityParty(String communityCode) {
        return "community" + communityCode + "Party";
    }
}
