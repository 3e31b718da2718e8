package cn.communityworkers.system;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may call what, decided on the request's normalised path (see {@link SecurityConfiguration}): a caller must be
 * logged in, and every rule whose request matcher matches must allow the caller's groups. Unlike Spring Security's
 * first-match list, the rules add up: an auditor who also sits in a personnel office is still refused every write.
 * A refusal carries the Chinese sentence that the 403 problem detail shows.
 */
final class AccessRules implements AuthorizationManager<RequestAuthorizationContext> {

    /** Whether the caller's groups (and the path's variables, e.g. {@code countyCode}) allow the request. */
    @FunctionalInterface
    interface Access {
        boolean allows(Set<String> groups, Map<String, String> variables);
    }

    /** A denial naming the rule, for the 403's {@code detail}. */
    static final class Refusal extends AuthorizationDecision {

        private final String detail;

        Refusal(String detail) {
            super(false);
            this.detail = detail;
        }

        String detail() {
            return detail;
        }
    }

    private record Rule(RequestMatcher requests, Access access, String refusal) {
    }

    private final List<Rule> rules = new ArrayList<>();
    private final AuthenticationTrustResolver trust = new AuthenticationTrustResolverImpl();

    AccessRules rule(RequestMatcher requests, Access access, String refusal) {
        rules.add(new Rule(requests, access, refusal));
        return this;
    }

    @Override
    @SuppressWarnings("deprecation") // the interface's one abstract method; authorize(...) delegates to it
    public AuthorizationDecision check(Supplier<Authentication> authentication, RequestAuthorizationContext context) {
        Authentication caller = authentication.get();
        if (!trust.isAuthenticated(caller)) {
            return new AuthorizationDecision(false);
        }
        Set<String> groups = caller.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .collect(Collectors.toUnmodifiableSet());
        for (Rule rule : rules) {
            RequestMatcher.MatchResult match = rule.requests().matcher(context.getRequest());
            if (match.isMatch() && !rule.access().allows(groups, match.getVariables())) {
                return new Refusal(rule.refusal());
            }
        }
        return new AuthorizationDecision(true);
    }

    /** Members of this group. */
    static Access member(String group) {
        return (groups, variables) -> groups.contains(group);
    }

    /**
     * Members of a group of any organisation unit of the form the template gives for the code {@value #CODE}, e.g.
     * {@code UnitGroups.streetHr(CODE)}: the group of some street's personnel office.
     */
    static Access memberOfAnyUnit(List<String> templates) {
        List<Pattern> patterns = templates.stream().map(template -> Pattern.compile(Pattern.quote(template)
                .replace(CODE, "\\E[A-Za-z0-9]+\\Q"))).toList();
        return (groups, variables) -> groups.stream()
                .anyMatch(group -> patterns.stream().anyMatch(pattern -> pattern.matcher(group).matches()));
    }

    /** Stands for a unit's code in a group template of {@link #memberOfAnyUnit}. */
    static final String CODE = "{code}";

    static Access either(Access one, Access other) {
        return (groups, variables) -> one.allows(groups, variables) || other.allows(groups, variables);
    }

    static Access not(Access access) {
        return (groups, variables) -> !access.allows(groups, variables);
    }
}
