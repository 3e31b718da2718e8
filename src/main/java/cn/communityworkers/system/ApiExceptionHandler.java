package cn.communityworkers.system;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.AuthorizationException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.lang.Nullable;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Every error of the project's own API as an RFC 9457 problem detail ({@code application/problem+json}, whatever the
 * request accepts). Field errors are listed under {@code violations}, each naming the field and the rule it breaks.
 * It also answers the errors found before any controller is chosen (a path or method that no controller has).
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    static final String VIOLATIONS = "violations";

    @ExceptionHandler(RuleViolationException.class)
    ResponseEntity<ProblemDetail> ruleViolation(RuleViolationException e) {
        return problem(e.status(), titleFor(e.status()), e.getMessage(), e.violations());
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage(), List.of());
    }

    @ExceptionHandler(ForbiddenException.class)
    ResponseEntity<ProblemDetail> forbidden(ForbiddenException e) {
        return problem(HttpStatus.FORBIDDEN, "Forbidden", e.getMessage(), List.of());
    }

    @ExceptionHandler(AuthorizationException.class)
    ResponseEntity<ProblemDetail> engineForbidden(AuthorizationException e) {
        return problem(HttpStatus.FORBIDDEN, "Forbidden", e.getMessage(), List.of());
    }

    @ExceptionHandler(DuplicateKeyException.class)
    ResponseEntity<ProblemDetail> duplicate(DuplicateKeyException e) {
        return problem(HttpStatus.CONFLICT, "Conflict", "已有相同编号的记录", List.of());
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<ProblemDetail> concurrentChange(OptimisticLockingFailureException e) {
        return problem(HttpStatus.CONFLICT, "Conflict",
                "该记录刚被他人修改,请重新读取后再试", List.of());
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Violation> violations = new ArrayList<>();
        for (FieldError error : e.getBindingResult().getFieldErrors()) {
            violations.add(Violation.of(error.getField(), error.getCode(), error.getDefaultMessage()));
        }
        e.getBindingResult().getGlobalErrors().forEach(error ->
                violations.add(Violation.of(error.getObjectName(), error.getCode(), error.getDefaultMessage())));
        return asObject(problem(HttpStatus.BAD_REQUEST, "Invalid request", RuleViolationException.summary(violations),
                violations));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Violation> violations = new ArrayList<>();
        e.getParameterValidationResults().forEach(result -> {
            if (result instanceof ParameterErrors errors) {
                errors.getFieldErrors().forEach(error ->
                        violations.add(Violation.of(error.getField(), error.getCode(), error.getDefaultMessage())));
                return;
            }
            String field = result.getMethodParameter().getParameterName();
            result.getResolvableErrors().forEach(error -> violations.add(Violation.of(field,
                    error.getCodes() == null ? "invalid" : lastCode(error.getCodes()), error.getDefaultMessage())));
        });
        return asObject(problem(HttpStatus.BAD_REQUEST, "Invalid request", RuleViolationException.summary(violations),
                violations));
    }

    /** A request parameter or path variable of the wrong type, e.g. {@code page=abc} or {@code from=2024-13-01}. */
    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String field = e instanceof MethodArgumentTypeMismatchException argument ? argument.getName() : e.getPropertyName();
        Class<?> target = e.getRequiredType();
        Violation violation = target != null && java.time.temporal.Temporal.class.isAssignableFrom(target)
                ? Violation.of(field, "iso-date", field + "“" + e.getValue() + "”不是 yyyy-MM-dd 格式的日期")
                : Violation.of(field, "type", field + "“" + e.getValue() + "”不是有效的"
                        + (target == null ? "值" : kind(target)));
        return asObject(problem(HttpStatus.BAD_REQUEST, "Invalid request", violation.message(), List.of(violation)));
    }

    /** Every problem detail, also those of Spring's own handlers, as {@code application/problem+json}. */
    @Override
    protected ResponseEntity<Object> createResponseEntity(@Nullable Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        ResponseEntity.BodyBuilder response = ResponseEntity.status(statusCode).headers(headers);
        return (body instanceof ProblemDetail ? response.contentType(MediaType.APPLICATION_PROBLEM_JSON) : response).body(body);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Violation violation = readableViolation(e.getCause() != null ? e.getCause() : e);
        return asObject(problem(HttpStatus.BAD_REQUEST, "Invalid request", violation.message(), List.of(violation)));
    }

    private static Violation readableViolation(Throwable cause) {
        if (cause instanceof UnrecognizedPropertyException unknown) {
            return Violation.of(path(unknown), "known-field", "“" + unknown.getPropertyName()
                    + "”不是本请求的字段;可用的字段:" + unknown.getKnownPropertyIds());
        }
        if (cause instanceof InvalidFormatException invalid) {
            Class<?> target = invalid.getTargetType();
            String field = path(invalid);
            if (target != null && target.isEnum()) {
                return Violation.of(field, "one-of", field + "“" + invalid.getValue() + "”不是可选值之一:"
                        + Arrays.stream(target.getEnumConstants()).map(String::valueOf).collect(Collectors.joining("、")));
            }
            if (target != null && java.time.temporal.Temporal.class.isAssignableFrom(target)) {
                return Violation.of(field, "iso-date", field + "“" + invalid.getValue()
                        + "”不是 yyyy-MM-dd 格式的日期");
            }
            return Violation.of(field, "type", field + "“" + invalid.getValue() + "”不是有效的"
                    + (target == null ? "值" : kind(target)));
        }
        if (cause instanceof MismatchedInputException mismatched) {
            Class<?> target = mismatched.getTargetType();
            if (target != null && java.time.temporal.Temporal.class.isAssignableFrom(target)) {
                return Violation.of(path(mismatched), "iso-date", path(mismatched) + "须为 yyyy-MM-dd 格式的日期");
            }
            return Violation.of(path(mismatched), "type", path(mismatched) + "的类型不对"
                    + (target == null ? "" : ",须为" + kind(target)));
        }
        if (cause instanceof JsonMappingException mapping && mapping.getCause() instanceof java.time.DateTimeException) {
            return Violation.of(path(mapping), "iso-date", path(mapping) + "不是有效的 yyyy-MM-dd 格式日期("
                    + mapping.getCause().getMessage() + ")");
        }
        return Violation.of("", "json", "请求内容不是有效的 JSON(" + cause.getMessage() + ")");
    }

    /** What a value of {@code type} is, in Chinese. */
    private static String kind(Class<?> type) {
        if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
            return "数字";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "是非值(true 或 false)";
        }
        if (type == String.class) {
            return "文字";
        }
        return type.isArray() || java.util.Collection.class.isAssignableFrom(type) ? "列表" : "对象";
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    private static String lastCode(String[] codes) {
        return codes[codes.length - 1];
    }

    private static String titleFor(HttpStatus status) {
        return switch (status) {
            case CONFLICT -> "Conflict";
            case FORBIDDEN -> "Forbidden";
            default -> "Invalid request";
        };
    }

    static ResponseEntity<ProblemDetail> problem(HttpStatus status, String title, @Nullable String detail,
            List<Violation> violations) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setType(URI.create("/problems/" + status.value()));
        if (!violations.isEmpty()) {
            problem.setProperty(VIOLATIONS, violations);
        }
        // Set here, the type is not negotiated: a problem is answered as such even to an Accept it does not match.
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static ResponseEntity<Object> asObject(ResponseEntity<ProblemDetail> response) {
        return (ResponseEntity) response;
    }
}
