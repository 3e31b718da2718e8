package cn.communityworkers.system;

import java.util.Set;
import java.util.stream.Collectors;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.camunda.bpm.engine.rest.impl.CamundaRestResources;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.springframework.stereotype.Component;

/**
 * Camunda's {@code /engine-rest}, with one change to its errors: a request the engine refuses as bad input is
 * answered 400, whichever endpoint received it. Starting a process ({@code POST …/start}) wraps every engine
 * exception as a server error (500), so a start that our delegates refuse (a field that breaks a rule, a
 * county's second campaign of a year) looked like a fault of the server; Tasklist's start form
 * ({@code …/submit-form}) already answers those 400. The body stays Camunda's ({@code type}, {@code message}).
 */
@Component
@ApplicationPath("/engine-rest")
class EngineRestResources extends CamundaJerseyResourceConfig {

    @Override
    protected void registerCamundaRestResources() {
        registerClasses(CamundaRestResources.getResourceClasses());
        Set<Class<?>> configuration = CamundaRestResources.getConfigurationClasses().stream()
                .filter(type -> type != RestExceptionHandler.class).collect(Collectors.toSet());
        registerClasses(configuration);
        register(RefusalsAreBadRequests.class);
        register(JacksonFeature.class);
    }

    /** Camunda's handler of its REST exceptions, with a refusal of bad input wrapped as 500 turned into 400. */
    static class RefusalsAreBadRequests implements ExceptionMapper<RestException> {

        private final RestExceptionHandler camunda = new RestExceptionHandler();

        @Override
        public Response toResponse(RestException exception) {
            if (exception.getStatus() == Response.Status.INTERNAL_SERVER_ERROR
                    && (exception.getCause() instanceof FormFieldValidationException
                            || exception.getCause() instanceof BadUserRequestException)) {
                return camunda.toResponse(new RestException(Response.Status.BAD_REQUEST, (Exception) exception.getCause(),
                        exception.getMessage()));
            }
            return camunda.toResponse(exception);
        }
    }
}
