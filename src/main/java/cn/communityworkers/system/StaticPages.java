package cn.communityworkers.system;

import java.util.List;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The addresses of the static pages under {@code src/main/resources/static}: {@code /audit} goes to {@code /audit/},
 * which shows {@code index.html}, and so for each page. Who may open them is decided with the other access rules, in
 * {@link SecurityConfiguration} ({@code PAGES}).
 */
@Configuration
class StaticPages implements WebMvcConfigurer {

    /** The audit page, 我的申请, the career page (履历), the statistics page (统计) and the roster's import (导入名册). */
    static final List<String> PAGES = List.of("audit", "requests", "career", "statistics", "imports");

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        for (String page : PAGES) {
            registry.addRedirectViewController("/" + page, "/" + page + "/");
            registry.addViewController("/" + page + "/").setViewName("forward:/" + page + "/index.html");
        }
    }
}
