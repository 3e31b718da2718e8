package cn.communityworkers.workforce;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The career page (履历): {@code /career} goes to {@code /career/}, which shows {@code index.html}. */
@Configuration
class CareerPageView implements WebMvcConfigurer {

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addRedirectViewController("/career", "/career/");
        registry.addViewController("/career/").setViewName("forward:/career/index.html");
    }
}
