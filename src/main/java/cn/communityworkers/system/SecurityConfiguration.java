package cn.communityworkers.system;

import static cn.communityworkers.system.AccessRules.CODE;
import static cn.communityworkers.system.AccessRules.either;
import static cn.communityworkers.system.AccessRules.member;
import static cn.communityworkers.system.AccessRules.memberOfAnyUnit;
import static cn.communityworkers.system.AccessRules.not;

import java.util.List;
import java.util.Locale;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.firewall.HttpStatusRequestRejectedHandler;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.savedrequest.NullRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.util.pattern.PathPatternParser;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import cn.communityworkers.organisation.OrgUnit;
import cn.communityworkers.organisation.UnitGroups;

/**
 * The HTTP front of the engine's REST API ({@code /engine-rest}), the project's API ({@code /api}) and the audit page
 * ({@code /audit}): HTTP Basic against the engine's identity service ({@link EngineUsers}), no HTTP session, the access
 * rules below, no writes from other sites ({@link CrossSiteWrites}), limited request bodies ({@link BodyLimits}) and
 * security headers. Every decision is made on the path as Spring Security's firewall and path patterns see it: the
 * firewall refuses (400) paths that are not normalised ({@code /./}, {@code //}, {@code ;params}, encoded slashes or
 * dots), and the patterns match the decoded path whatever its case ({@code /%61pi/…} and {@code /API/…} are
 * {@code /api/…}). The webapps (Tasklist, Cockpit, Admin under {@code /camunda}) keep Camunda's own session login,
 * CSRF protection and headers; they, and the public {@code /actuator/health}, pass only the firewall.
 */
@Configuration
class SecurityConfiguration {

    private static final PathPatternRequestMatcher.Builder PATHS =
            PathPatternRequestMatcher.withPathPatternParser(caseInsensitive());

    static final RequestMatcher ENGINE_REST = PATHS.matcher("/engine-rest/**");
    static final RequestMatcher API = PATHS.matcher("/api/**");
    static final RequestMatcher AUDIT_PAGE = PATHS.matcher("/audit/**");
    /** The page "我的申请" (requests of the caller's units): any logged-in user; its call shows only their units'. */
    static final RequestMatcher REQUESTS_PAGE = PATHS.matcher("/requests/**");
    /** A worker's career page: any logged-in user; its call ({@code /api/workers/{id}/career}) checks the worker. */
    static final RequestMatcher CAREER_PAGE = PATHS.matcher("/career/**");
    /** The statistics page: any logged-in user; its calls ({@code /api/statistics/…}) check the unit. */
    static final RequestMatcher STATISTICS_PAGE = PATHS.matcher("/statistics/**");

    /** The roster's import page: any logged-in user; its calls check the uploader's rights and units. */
    static final RequestMatcher IMPORT_PAGE = PATHS.matcher("/imports/**");
    /** A roster imported at once, or kept and imported in the background (the import page's upload). */
    static final RequestMatcher ROSTER_IMPORT = new OrRequestMatcher(PATHS.matcher(HttpMethod.POST, "/api/workers/import"),
            PATHS.matcher(HttpMethod.POST, "/api/roster-imports"));
    static final RequestMatcher SATISFACTION_SURVEY =
            PATHS.matcher(HttpMethod.POST, "/api/assessment-campaigns/{countyCode}/{year}/satisfaction");
    static final RequestMatcher EXAM_SCORES = PATHS.matcher(HttpMethod.POST, "/api/recruitments/{processInstanceId}/scores");
    static final RequestMatcher UPLOADS = new OrRequestMatcher(ROSTER_IMPORT, SATISFACTION_SURVEY, EXAM_SCORES);
    static final RequestMatcher PAGES = new OrRequestMatcher(AUDIT_PAGE, REQUESTS_PAGE, CAREER_PAGE, STATISTICS_PAGE,
            IMPORT_PAGE);

    /**
     * Asking for a verification of the seals: the auditors' own work, which changes no case, registry or history
     * (the one write of {@code /api} an auditor may make; {@code /api/audit/**} is theirs and the administrators').
     */
    static final RequestMatcher SEAL_VERIFICATIONS = PATHS.matcher(HttpMethod.POST, "/api/audit/verifications");

    /** Requests that change something: every method but GET, HEAD, OPTIONS and TRACE. */
    static final RequestMatcher WRITES = request -> !CrossSiteWrites.SAFE_METHODS.contains(request.getMethod());

    /**
     * The page's scripts and style sheets are its own and bpmn-js's (from /webjars), and so are the diagram's fonts and
     * icons; no inline script. bpmn-js draws the diagram's SVG with style attributes, which are allowed (attributes
     * only: no {@code <style>} element, no script).
     */
    static final String PAGE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "style-src-attr 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; object-src 'none'; "
            + "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    /** JSON, CSV and XML: nothing in them may load or run anything, nor be framed. */
    static final String API_POLICY = "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    /** The one authentication provider (so Spring Boot makes no default user). */
    @Bean
    EngineUsers engineUsers(ObjectProvider<IdentityService> identityServices) {
        return new EngineUsers(identityServices);
    }

    @Bean
    SecurityFilterChain apiSecurity(HttpSecurity http, SecuritySettings settings, ObjectMapper json, EngineUsers users)
            throws Exception {
        SecurityProblems problems = new SecurityProblems(json);
        BodyLimits bodyLimits = new BodyLimits(UPLOADS, settings.maxUploadSize(), settings.maxBodySize(), problems);
        http.securityMatcher(new OrRequestMatcher(ENGINE_REST, API, PAGES))
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .authorizeHttpRequests(requests -> requests.anyRequest().access(accessRules()))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.requestCache(new NullRequestCache()))
                // No token: these are called by scripts and by the audit page with HTTP Basic; cross-site writes are
                // refused by CrossSiteWrites instead.
                .csrf(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .headers(headers -> headers
                        .cacheControl(HeadersConfigurer.CacheControlConfig::disable)
                        .addHeaderWriter(SecurityConfiguration::noStore)
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(PAGES,
                                new ContentSecurityPolicyHeaderWriter(PAGE_POLICY)))
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(PAGES),
                                new ContentSecurityPolicyHeaderWriter(API_POLICY))))
                .addFilterBefore(new CrossSiteWrites(settings.allowedOrigins(), problems), BasicAuthenticationFilter.class)
                .addFilterAfter(bodyLimits, AuthorizationFilter.class)
                .addFilterAfter(users.engineAuthentication(), BodyLimits.class);
        return http.build();
    }

    /** Who may call what; see {@link AccessRules}. */
    static AccessRules accessRules() {
        AccessRules.Access admin = member(Groups.CAMUNDA_ADMIN);
        AccessRules.Access auditorsAndAdmins = either(member(CurrentUser.AUDITORS), admin);
        return new AccessRules()
                .rule(AUDIT_PAGE, auditorsAndAdmins, "审计页面仅供审计人员和管理员使用")
                .rule(PATHS.matcher("/api/audit/**"), auditorsAndAdmins, "审计接口仅供审计人员和管理员使用")
                .rule(new AndRequestMatcher(API, WRITES, new NegatedRequestMatcher(SEAL_VERIFICATIONS)),
                        either(not(member(CurrentUser.AUDITORS)), admin), "审计人员只能查阅,不能修改数据")
                .rule(new AndRequestMatcher(new OrRequestMatcher(PATHS.matcher("/engine-rest/deployment/**"),
                        PATHS.matcher("/engine-rest/engine/{engine}/deployment/**")), WRITES), admin,
                        "只有管理员可以部署或删除流程模型")
                // Uploads: the caller must hold some right to the call before its (large) body is read; the
                // controllers then check the unit.
                .rule(ROSTER_IMPORT, either(admin, memberOfAnyUnit(
                        new OrgUnit(CODE, null, CODE, null, CODE, null).personnelGroups())),
                        "只有县社会工作部门、县人力资源和社会保障部门、街道组织人事部门和管理员可以导入社区工作者名册")
                .rule(SATISFACTION_SURVEY, either(admin, (groups, variables) ->
                        groups.contains(UnitGroups.countySocialWork(variables.get("countyCode")))),
                        "只有本县社会工作部门和管理员可以上报居民满意度测评结果")
                .rule(EXAM_SCORES, either(admin, memberOfAnyUnit(List.of(UnitGroups.streetHr(CODE)))),
                        "只有街道组织人事部门和管理员可以上传考试成绩");
    }

    /**
     * Spring Security's strict firewall, which also refuses a path with a percent-encoded unreserved character
     * ({@code /%65ngine-rest}, {@code /%61pi}): no client needs to encode a letter, digit, '-', '_' or '~', and such
     * a path reads differently to Tomcat (decoded) and to a servlet's path prefix (encoded).
     */
    @Bean
    StrictHttpFirewall firewall() {
        StrictHttpFirewall firewall = new StrictHttpFirewall();
        String unreserved = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_~";
        for (char c : unreserved.toCharArray()) {
            String hex = String.format("%02X", (int) c);
            firewall.getEncodedUrlBlocklist().add("%" + hex);
            firewall.getEncodedUrlBlocklist().add("%" + hex.toLowerCase(Locale.ROOT));
        }
        return firewall;
    }

    @Bean
    WebSecurityCustomizer firewallOfTheSecurityFilters(StrictHttpFirewall firewall) {
        return web -> web.httpFirewall(firewall);
    }

    /**
     * The firewall once more, in front of Spring Security's filters: these parse the path (for the path patterns)
     * before their own firewall runs, and a path that does not start with its servlet's path as written
     * ({@code //engine-rest/…}, {@code /./engine-rest/…}) made that parsing fail with 500. Refused here, it is a 400
     * like every other path the firewall refuses, on every address of the application.
     */
    @Bean
    FilterRegistrationBean<Filter> firewallFirst(StrictHttpFirewall firewall) {
        RequestRejectedHandler rejected = new HttpStatusRequestRejectedHandler();
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>((request, response, chain) -> {
            try {
                firewall.getFirewalledRequest((HttpServletRequest) request);
            } catch (RequestRejectedException e) {
                rejected.handle((HttpServletRequest) request, (HttpServletResponse) response, e);
                return;
            }
            chain.doFilter(request, response);
        });
        registration.setName("firewallFirst");
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER - 1);
        return registration;
    }

    /** Not cached anywhere, even where the answer set its own Cache-Control (Camunda's REST API says no-cache). */
    private static void noStore(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache, no-store, max-age=0, must-revalidate");
        response.setHeader(HttpHeaders.PRAGMA, "no-cache");
        response.setHeader(HttpHeaders.EXPIRES, "0");
    }

    private static PathPatternParser caseInsensitive() {
        PathPatternParser parser = new PathPatternParser();
        parser.setCaseSensitive(false);
        return parser;
    }
}
