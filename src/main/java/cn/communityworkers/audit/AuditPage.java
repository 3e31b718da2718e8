package cn.communityworkers.audit;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The audit page's addresses: {@code /audit} goes to {@code /audit/}, which shows {@code index.html}. Who may open it
 * (auditors and administrators) is decided with the other access rules, in {@code system/SecurityConfiguration}.
 */
@Configuration
class AuditPage implements WebMvcConfigurer {

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addRedirectViewController("/audit", "/audit/");
        registry.addViewController("/audit/").setViewName("forward:/audit/index.html");
    }
}
