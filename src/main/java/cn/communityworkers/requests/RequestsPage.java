package cn.communityworkers.requests;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The page "我的申请": {@code /requests} goes to {@code /requests/}, which shows {@code index.html}. */
@Configuration
class RequestsPage implements WebMvcConfigurer {

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addRedirectViewController("/requests", "/requests/");
        registry.addViewController("/requests/").setViewName("forward:/requests/index.html");
    }
}
