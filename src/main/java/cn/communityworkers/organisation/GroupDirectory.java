package cn.communityworkers.organisation;

import java.util.EnumSet;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import cn.communityworkers.system.Grants;

/**
 * Keeps one Camunda group per role of each organisation unit, named after the unit, with what every
 * approver needs: Tasklist, reading process definitions and their forms, seeing colleagues' names.
 * Which tasks a group sees follows from the tasks routed to it (the engine grants candidates).
 */
@Component
class GroupDirectory {

    static final String GROUP_TYPE = "ORGANISATION_UNIT";

    private final IdentityService identityService;
    private final Grants grants;
    /**
     * Found when first needed: a starter is the first step of its process, which may need the organisation's registry
     * (and so this directory) itself.
     */
    private final ObjectProvider<ProcessStarter> starters;

    GroupDirectory(IdentityService identityService, Grants grants, ObjectProvider<ProcessStarter> starters) {
        this.identityService = identityService;
        this.grants = grants;
        this.starters = starters;
    }

    /** The city's departments: they start no process, they read the figures of the city's counties. */
    void ensureCityGroups(String code, String name) {
        ensureGroup(UnitGroups.citySocialWork(code), name + "委社会工作部");
        ensureGroup(UnitGroups.cityOrganization(code), name + "委组织部");
    }

    void ensureCountyGroups(String code, String name) {
        ensure(UnitRole.COUNTY_SOCIAL_WORK, code, name + "委社会工作部");
        ensure(UnitRole.COUNTY_ORGANIZATION, code, name + "委组织部");
        ensure(UnitRole.COUNTY_HRSS, code, name + "人力资源和社会保障局");
        ensure(UnitRole.COUNTY_AUDIT, code, name + "审计局");
    }

    void ensureStreetGroups(String code, String name) {
        ensure(UnitRole.STREET_PARTY, code, name + "党工委");
        ensure(UnitRole.STREET_HR, code, name + "组织人事办");
        ensure(UnitRole.STREET_UNION, code, name + "工会委员会");
    }

    void ensureCommunityGroups(String code, String name) {
        ensure(UnitRole.COMMUNITY_PARTY, code, name + "党组织");
    }

    /** The roles that start some process: their groups need the permission in every unit. */
    Set<UnitRole> startingRoles() {
        Set<UnitRole> roles = EnumSet.noneOf(UnitRole.class);
        starters.orderedStream().forEach(starter -> roles.addAll(starter.startedBy()));
        return roles;
    }

    /** Start permissions of the processes for the groups of a role, e.g. after a process was added. */
    void grantStarts(UnitRole role, String groupId) {
        for (ProcessStarter starter : starters.orderedStream().toList()) {
            if (starter.startedBy().contains(role)) {
                grants.grant(groupId, Resources.PROCESS_DEFINITION, starter.processKey(), Permissions.CREATE_INSTANCE);
                grants.grant(groupId, Resources.PROCESS_INSTANCE, Grants.ANY, Permissions.CREATE);
            }
        }
    }

    private void ensure(UnitRole role, String code, String groupName) {
        String groupId = role.group(code);
        if (ensureGroup(groupId, groupName)) {
            grantStarts(role, groupId);
        }
    }

    /**
     * Creates the group, or renames it, with what every member needs; false, changing nothing, when it is there under
     * that name already.
     */
    private boolean ensureGroup(String groupId, String groupName) {
        Group group = identityService.createGroupQuery().groupId(groupId).singleResult();
        if (group == null) {
            group = identityService.newGroup(groupId);
            group.setType(GROUP_TYPE);
        } else if (groupName.equals(group.getName())) {
            return false;
        }
        group.setName(groupName);
        identityService.saveGroup(group);
        grants.grant(groupId, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
        grants.grant(groupId, Resources.PROCESS_DEFINITION, Grants.ANY, Permissions.READ);
        grants.grant(groupId, Resources.DEPLOYMENT, Grants.ANY, Permissions.READ);
        grants.grant(groupId, Resources.GROUP, Grants.ANY, Permissions.READ);
        grants.grant(groupId, Resources.USER, Grants.ANY, Permissions.READ);
        return true;
    }
}
