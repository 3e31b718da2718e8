package cn.communityworkers.organisation;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
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

    GroupDirectory(IdentityService identityService, Grants grants) {
        this.identityService = identityService;
        this.grants = grants;
    }

    void ensureCountyGroups(String code, String name) {
        ensure(UnitGroups.countySocialWork(code), name + "委社会工作部");
        ensure(UnitGroups.countyOrganization(code), name + "委组织部");
        ensure(UnitGroups.countyHrss(code), name + "人力资源和社会保障局");
    }

    void ensureStreetGroups(String code, String name) {
        ensure(UnitGroups.streetParty(code), name + "党工委");
        ensure(UnitGroups.streetHr(code), name + "组织人事办");
    }

    void ensureCommunityGroups(String code, String name) {
        ensure(UnitGroups.communityParty(code), name + "党组织");
    }

    private void ensure(String groupId, String groupName) {
        Group group = identityService.createGroupQuery().groupId(groupId).singleResult();
        if (group == null) {
            group = identityService.newGroup(groupId);
            group.setType(GROUP_TYPE);
        } else if (groupName.equals(group.getName())) {
            return;
        }
        group.setName(groupName);
        identityService.saveGroup(group);
        grants.grant(groupId, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
        grants.grant(groupId, Resources.PROCESS_DEFINITION, Grants.ANY, Permissions.READ);
        grants.grant(groupId, Resources.DEPLOYMENT, Grants.ANY, Permissions.READ);
        grants.grant(groupId, Resources.GROUP, Grants.ANY, Permissions.READ);
        grants.grant(groupId, Resources.USER, Grants.ANY, Permissions.READ);
    }
}
