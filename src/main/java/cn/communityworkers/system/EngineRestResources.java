package cn.communityworkers.system;

import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandler;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.ExceptionLogger;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.camunda.bpm.engine.rest.impl.CamundaRestResources;
import org.camunda.bpm.engine.rest.mapper.JacksonConfigurator;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Camunda's {@code /engine-rest}, with its errors told apart and written as problem details. Camunda answers many
 * client errors as server errors (500): a start or completion that the processes' rules refuse, a request the
 * engine's guards refuse ({@link EngineWriteGuard}, {@link KnownValueTypes}), a task someone else completed a moment
 * before, two starts racing for the same record. Here:
 * <ul>
 * <li>a refusal of bad input is 400, a refusal of rights 403 (also where Camunda wrapped it as a 400 of its own),</li>
 * <li>a lost race (optimistic locking, a unique key another request took first) is 409,</li>
 * <li>every error body is an RFC 9457 problem detail ({@code application/problem+json}: {@code title},
 * {@code status}, {@code detail}, the refusal's own words; for a refused value {@code violations}, naming its
 * {@code field} and, where known, the {@code rule}) that keeps Camunda's members ({@code type} — the
 * exception's name —, {@code message}, {@code code}), which Camunda's clients read.</li>
 * </ul>
 */
@Component
@ApplicationPath("/engine-rest")
class EngineRestResources extends CamundaJerseyResourceConfig {

    /** Camunda's configuration classes this one replaces: the exception mappers, and the object mapper's resolver. */
    static final Set<Class<?>> REPLACED = Set.of(RestExceptionHandler.class,
            ProcessEngineExceptionHandler.class, ExceptionHandler.class, JacksonConfigurator.class);
    /** The engine's message when Java serialization, which is off, is asked for (CoreLogger, code 007). */
    private static final String JAVA_SERIALIZATION_PROHIBITED = "ENGINE-17007";
    /** SQL states of a lost race: 23, a unique key taken first; 40, a transaction rolled back (deadlock, serialization). */
    private static final Set<String> LOST_RACE_STATES = Set.of("23", "40");
    /** What a person is told who lost a race the engine found (its own message names rows and ids). */
    static final String LOST_RACE = "其他人同时办理了同一事项,本次提交没有生效;请刷新后查看结果";

    @Override
    protected void registerCamundaRestResources() {
        registerClasses(TaskListColumns.withColumns(CamundaRestResources.getResourceClasses()));
        registerClasses(CamundaRestResources.getConfigurationClasses().stream()
                .filter(type -> !REPLACED.contains(type)).collect(Collectors.toSet()));
        register(ProblemDetails.class);
        register(OneObjectMapper.class);
        register(JacksonFeature.class);
    }

    /**
     * The object mapper of {@code /engine-rest}, configured as Camunda's {@link JacksonConfigurator} does, but made
     * once: Camunda's resolver makes a new one for every call, so that every request built Jackson's serializers and
     * deserializers anew (a filter's query, its task list: about 70 ms of one approver's task page, and at 20 approvers
     * at once half a second; benchmark record A1). A configured mapper is safe to share between threads.
     */
    @Provider
    static class OneObjectMapper implements ContextResolver<ObjectMapper> {

        private static final ObjectMapper MAPPER = JacksonConfigurator.configureObjectMapper(new ObjectMapper());

        @Override
        public ObjectMapper getContext(Class<?> type) {
            return MAPPER;
        }
    }

    /** Every error of {@code /engine-rest} (Camunda's mappers of JSON parse errors aside, which answer 400). */
    static class ProblemDetails implements ExceptionMapper<Throwable> {

        private static final ObjectMapper JSON = new ObjectMapper();

        @Override
        public Response toResponse(Throwable exception) {
            ExceptionHandlerHelper camunda = ExceptionHandlerHelper.getInstance();
            Throwable refusal = refusal(exception);
            Response.Status status = refusal == null ? camunda.getStatus(exception) : status(refusal, camunda.getStatus(exception));
            if (status.getFamily() == Response.Status.Family.SERVER_ERROR) {
                ExceptionLogger.REST_LOGGER.log(exception);
            }
            // An authorization refusal keeps Camunda's description of the missing permission.
            Throwable described = refusal instanceof AuthorizationException ? refusal : exception;
            Map<String, Object> body = new LinkedHashMap<>(JSON.convertValue(camunda.fromException(described),
                    new TypeReference<Map<String, Object>>() { }));
            body.put("title", status.getReasonPhrase());
            body.put("status", status.getStatusCode());
            body.put("detail", detail(refusal == null ? exception : refusal, status));
            if (refusal instanceof FormFieldValidationException invalid) {
                body.put(ApiExceptionHandler.VIOLATIONS, List.of(violation(invalid)));
            }
            return Response.status(status).entity(body).type("application/problem+json").build();
        }

        /** The field a refused value concerns and, where the refusal names it, the rule it breaks. */
        private static Violation violation(FormFieldValidationException invalid) {
            Object detail = invalid.getDetail();
            return detail instanceof Violation violation ? violation
                    : Violation.of(detail == null ? null : detail.toString(), null, invalid.getMessage());
        }

        /** The refusal's own words; a race the engine or the database found is told in the words of a person. */
        private static String detail(Throwable refusal, Response.Status status) {
            boolean ownWords = refusal instanceof OptimisticLockingException
                    && !String.valueOf(refusal.getMessage()).startsWith("ENGINE-");
            return status == Response.Status.CONFLICT && !ownWords ? LOST_RACE : refusal.getMessage();
        }

        /** The innermost exception behind an error that refuses the request (rights, a lost race, bad input). */
        private static Throwable refusal(Throwable exception) {
            Throwable found = null;
            for (Throwable current = exception; current != null && current.getCause() != current;
                    current = current.getCause()) {
                if (status(current, Response.Status.INTERNAL_SERVER_ERROR) != Response.Status.INTERNAL_SERVER_ERROR) {
                    found = current;
                }
            }
            return found;
        }

        /** The status of a refusal; bad input only turns Camunda's 500 into 400, its other answers stay. */
        private static Response.Status status(Throwable refusal, Response.Status camunda) {
            if (refusal instanceof AuthorizationException) {
                return Response.Status.FORBIDDEN;
            }
            if (refusal instanceof OptimisticLockingException || refusal instanceof SQLException sql
                    && sql.getSQLState() != null && LOST_RACE_STATES.contains(sql.getSQLState().substring(0, 2))) {
                return Response.Status.CONFLICT;
            }
            boolean badInput = refusal instanceof FormFieldValidationException || refusal instanceof BadUserRequestException
                    || refusal instanceof ProcessEngineException engine && engine.getMessage() != null
                            && engine.getMessage().startsWith(JAVA_SERIALIZATION_PROHIBITED);
            return badInput && camunda == Response.Status.INTERNAL_SERVER_ERROR ? Response.Status.BAD_REQUEST : camunda;
        }
    }
}
