package cn.communityworkers.system;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.UserOperationLogCategoryPermissions;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What every installation needs besides its organisation units: the global groups {@code auditors}
 * (read everything, change nothing) and {@code processDesigners} (read models and decisions), and the
 * shared Tasklist filters ("我的工作", opened first, and "我的待办", "本组待办"). Safe to run at every start.
 */
@Component
class PlatformSetup {

    static final int ORDER = 0;
    static final String MY_WORK = "我的工作";
    static final String MY_TASKS = "我的待办";
    static final String GROUP_TASKS = "本组待办";

    private final IdentityService identityService;
    private final FilterService filterService;
    private final TaskService taskService;
    private final Grants grants;

    PlatformSetup(IdentityService identityService, FilterService filterService, TaskService taskService,
            Grants grants) {
        this.identityService = identityService;
        this.filterService = filterService;
        this.taskService = taskService;
        this.grants = grants;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(ORDER)
    @Transactional
    public void setUp() {
        ensureGroup(CurrentUser.AUDITORS, "审计人员");
        grants.grant(CurrentUser.AUDITORS, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
        grants.grant(CurrentUser.AUDITORS, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
        grantAll(CurrentUser.AUDITORS, Map.of(
                Resources.PROCESS_DEFINITION, new Permission[] {Permissions.READ, Permissions.READ_HISTORY,
                        Permissions.READ_INSTANCE, Permissions.READ_TASK},
                Resources.PROCESS_INSTANCE, new Permission[] {Permissions.READ},
                Resources.TASK, new Permission[] {Permissions.READ},
                Resources.DECISION_DEFINITION, new Permission[] {Permissions.READ, Permissions.READ_HISTORY},
                Resources.DECISION_REQUIREMENTS_DEFINITION, new Permission[] {Permissions.READ},
                Resources.DEPLOYMENT, new Permission[] {Permissions.READ},
                Resources.GROUP, new Permission[] {Permissions.READ},
                Resources.USER, new Permission[] {Permissions.READ}));
        grants.grant(CurrentUser.AUDITORS, Resources.OPERATION_LOG_CATEGORY, Grants.ANY,
                UserOperationLogCategoryPermissions.READ);

        ensureGroup(CurrentUser.PROCESS_DESIGNERS, "流程设计人员");
        grants.grant(CurrentUser.PROCESS_DESIGNERS, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
        grantAll(CurrentUser.PROCESS_DESIGNERS, Map.of(
                Resources.PROCESS_DEFINITION, new Permission[] {Permissions.READ},
                Resources.DECISION_DEFINITION, new Permission[] {Permissions.READ},
                Resources.DECISION_REQUIREMENTS_DEFINITION, new Permission[] {Permissions.READ},
                Resources.DEPLOYMENT, new Permission[] {Permissions.READ}));

        // The list Tasklist opens first (lowest priority): mine and my units' open tasks, the overdue (催办,
        // priority raised) first, then by due date.
        ensureFilter(MY_WORK, "交给我本人或我所在单位的全部待办,已催办的在前,其余按办理期限先后", -20,
                taskService.createTaskQuery()
                        .or()
                        .taskAssigneeExpression("${currentUser()}")
                        .taskCandidateGroupInExpression("${currentUserGroups()}")
                        .endOr()
                        .orderByTaskPriority().desc()
                        .orderByDueDate().asc());
        ensureFilter(MY_TASKS, "分配给我本人的待办任务", -10,
                taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
        ensureFilter(GROUP_TASKS, "交给我所在单位、尚未有人认领的待办任务", -5,
                taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}"));
    }

    private void ensureGroup(String id, String name) {
        if (identityService.createGroupQuery().groupId(id).count() == 0) {
            Group group = identityService.newGroup(id);
            group.setName(name);
            group.setType("SYSTEM");
            identityService.saveGroup(group);
        }
    }

    private void grantAll(String groupId, Map<Resource, Permission[]> permissions) {
        permissions.forEach((resource, granted) -> grants.grant(groupId, resource, Grants.ANY, granted));
    }

    private void ensureFilter(String name, String description, int priority, TaskQuery query) {
        if (filterService.createFilterQuery().filterName(name).count() > 0) {
            return;
        }
        Filter filter = filterService.newTaskFilter(name)
                .setQuery(query)
                .setProperties(Map.of("description", description, "priority", priority, "refresh", true,
                        "variables", TaskListColumns.COLUMNS.stream()
                                .map(column -> Map.of("name", column[0], "label", column[1])).toList()));
        filterService.saveFilter(filter);
        grants.grantEveryone(Resources.FILTER, filter.getId(), Permissions.READ);
    }
}
