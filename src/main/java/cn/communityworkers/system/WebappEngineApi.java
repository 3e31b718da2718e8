package cn.communityworkers.system;

import java.util.Set;

import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletRegistration;

import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.camunda.bpm.webapp.impl.engine.EngineRestApplication;
import org.glassfish.jersey.servlet.ServletContainer;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * The webapps' engine API ({@code /camunda/api/engine/…}: Tasklist's task list, its forms, 办结), as Camunda's webapp
 * starter registers it but configured as {@code /engine-rest} is ({@link EngineRestResources}): the one object mapper
 * instead of Camunda's resolver, which makes a new one for every call (every task page of every approver built
 * Jackson's serializers anew: benchmark record A4), and its errors told apart and written as problem details that keep
 * Camunda's members, which Tasklist shows. Registered before the starter's initializer under the name it uses
 * ({@value #NAME}), which then keeps this one.
 */
@Component
class WebappEngineApi implements ServletContextInitializer, Ordered {

    static final String NAME = "Engine Api";

    private final CamundaBpmProperties camunda;

    WebappEngineApi(CamundaBpmProperties camunda) {
        this.camunda = camunda;
    }

    @Override
    public void onStartup(ServletContext context) {
        ServletRegistration.Dynamic api = context.addServlet(NAME, ServletContainer.class);
        api.addMapping(camunda.getWebapp().getApplicationPath() + "/api/engine/*");
        api.setInitParameter("jakarta.ws.rs.Application", Application.class.getName());
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    /** Camunda's engine API of the webapps, its object mapper made once, its errors as {@code /engine-rest}'s. */
    public static class Application extends EngineRestApplication {

        @Override
        public Set<Class<?>> getClasses() {
            Set<Class<?>> classes = TaskListColumns.withColumns(super.getClasses());
            classes.removeAll(EngineRestResources.REPLACED);
            classes.add(EngineRestResources.OneObjectMapper.class);
            classes.add(EngineRestResources.ProblemDetails.class);
            return classes;
        }
    }
}
