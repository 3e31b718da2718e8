package cn.communityworkers.system;

import java.io.IOException;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The users of HTTP Basic are the engine's users: the password is checked once per request by the engine's identity
 * service (with its login delay after wrong passwords), and the caller's authorities are their Camunda groups. While
 * the request runs, the engine knows the caller too ({@link #engineAuthentication()}), as Camunda's
 * {@code ProcessEngineAuthenticationFilter} did: the engine's authorizations and the user-operation log apply, and
 * {@link CurrentUser} reads it.
 */
class EngineUsers implements AuthenticationProvider {

    /** The caller as the engine knows them. */
    record EngineUser(String id, List<String> groupIds, List<String> tenantIds) {
    }

    // Looked up at the first request: the security filters are made before the engine, which starts after Flyway.
    private final ObjectProvider<IdentityService> identityServices;

    EngineUsers(ObjectProvider<IdentityService> identityServices) {
        this.identityServices = identityServices;
    }

    @Override
    public Authentication authenticate(Authentication login) {
        IdentityService identity = identityServices.getObject();
        String userId = login.getName();
        Object password = login.getCredentials();
        if (!(password instanceof String text) || !identity.checkPassword(userId, text)) {
            throw new BadCredentialsException("wrong user name or password, or locked for a while after wrong ones");
        }
        List<String> groupIds = identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
        List<String> tenantIds = identity.createTenantQuery().userMember(userId).includingGroupsOfUser(true).list()
                .stream().map(Tenant::getId).toList();
        return UsernamePasswordAuthenticationToken.authenticated(new EngineUser(userId, groupIds, tenantIds), null,
                groupIds.stream().map(SimpleGrantedAuthority::new).toList());
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /** Sets the authenticated caller on the engine for the rest of the request, and clears it afterwards. */
    OncePerRequestFilter engineAuthentication() {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                Authentication caller = SecurityContextHolder.getContextHolderStrategy().getContext().getAuthentication();
                if (caller == null || !(caller.getPrincipal() instanceof EngineUser user)) {
                    chain.doFilter(request, response);
                    return;
                }
                IdentityService identity = identityServices.getObject();
                identity.setAuthentication(user.id(), user.groupIds(), user.tenantIds());
                try {
                    chain.doFilter(request, response);
                } finally {
                    identity.clearAuthentication();
                }
            }
        };
    }
}
