package cn.communityworkers.system;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * The user of the current request, as the HTTP Basic login ({@link EngineUsers}) or the webapps' own login set it on
 * the engine. Outside a request (start-up, jobs) there is nobody, and {@link #isSystem()} is true.
 */
@Component
public class CurrentUser {

    public static final String AUDITORS = "auditors";
    public static final String PROCESS_DESIGNERS = "processDesigners";

    private final IdentityService identityService;

    CurrentUser(IdentityService identityService) {
        this.identityService = identityService;
    }

    public boolean isSystem() {
        return identityService.getCurrentAuthentication() == null;
    }

    public String userId() {
        Authentication authentication = identityService.getCurrentAuthentication();
        return authentication == null ? null : authentication.getUserId();
    }

    public List<String> groups() {
        Authentication authentication = identityService.getCurrentAuthentication();
        return authentication == null || authentication.getGroupIds() == null
                ? List.of() : authentication.getGroupIds();
    }

    public boolean isAdmin() {
        return isSystem() || groups().contains(Groups.CAMUNDA_ADMIN);
    }

    public boolean isAuditor() {
        return groups().contains(AUDITORS);
    }

    public boolean inAnyGroup(List<String> groupIds) {
        return groups().stream().anyMatch(groupIds::contains);
    }

    /** Only administrators change this. */
    public void requireAdmin(String action) {
        if (!isAdmin()) {
            throw new ForbiddenException("只有管理员可以" + action);
        }
    }
}
