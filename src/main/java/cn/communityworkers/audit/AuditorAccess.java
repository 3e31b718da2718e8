package cn.communityworkers.audit;

import java.io.IOException;
import java.util.Set;

import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import cn.communityworkers.system.CurrentUser;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Who may use the audit page, and that auditors only read: after the HTTP Basic login, the page ({@code /audit/})
 * is for auditors and administrators only, and an auditor (not also an administrator) is refused every write to the
 * project's API ({@code /api}), whatever the endpoint. (On {@code /engine-rest} the engine's authorizations refuse
 * it: the auditors are granted reading only.)
 */
@Configuration
class AuditorAccess implements WebMvcConfigurer {

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addRedirectViewController("/audit", "/audit/");
        registry.addViewController("/audit/").setViewName("forward:/audit/index.html");
    }

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> auditorAccessFilter(ObjectProvider<CurrentUser> currentUsers) {
        // Looked up at the first request: filters are made before the engine, which must start after Flyway.
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                CurrentUser currentUser = currentUsers.getObject();
                boolean admin = currentUser.groups().contains(Groups.CAMUNDA_ADMIN);
                String path = request.getRequestURI().substring(request.getContextPath().length());
                if (path.startsWith("/audit") && !(admin || currentUser.isAuditor())) {
                    refuse(response, "审计页面仅供审计人员和管理员使用");
                } else if (path.startsWith("/api/") && currentUser.isAuditor() && !admin
                        && !READS.contains(request.getMethod())) {
                    refuse(response, "审计人员只能查阅,不能修改数据");
                } else {
                    chain.doFilter(request, response);
                }
            }
        });
        registration.setName("auditorAccess");
        registration.addUrlPatterns("/api/*", "/audit/*");
        // After the HTTP Basic filter (HIGHEST_PRECEDENCE + 10), which tells the engine who is calling.
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }

    private static void refuse(HttpServletResponse response, String detail) throws IOException {
        response.setStatus(HttpStatus.FORBIDDEN.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Forbidden\",\"status\":403,\"detail\":\""
                + detail + "\"}");
    }
}
