package cn.communityworkers.system;

import java.util.List;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;

/** A request that breaks one or more rules; answered as a problem detail listing each violation. */
public class RuleViolationException extends RuntimeException {

    private final HttpStatus status;
    private final List<Violation> violations;

    public RuleViolationException(HttpStatus status, String detail, List<Violation> violations) {
        super(detail);
        this.status = status;
        this.violations = List.copyOf(violations);
    }

    public static RuleViolationException badRequest(String field, String rule, String message) {
        return new RuleViolationException(HttpStatus.BAD_REQUEST, message, List.of(Violation.of(field, rule, message)));
    }

    /** Refuses a request (400) that breaks any of {@code violations}, all listed at once; nothing when there is none. */
    public static void refuseIfAny(List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw new RuleViolationException(HttpStatus.BAD_REQUEST, summary(violations), violations);
        }
    }

    /** The violations as one line: each field with its message. */
    public static String summary(List<Violation> violations) {
        return violations.stream().map(v -> v.field() + ": " + v.message()).collect(Collectors.joining("; "));
    }

    public static RuleViolationException conflict(String field, String rule, String message) {
        return new RuleViolationException(HttpStatus.CONFLICT, message, List.of(Violation.of(field, rule, message)));
    }

    public HttpStatus status() {
        return status;
    }

    public List<Violation> violations() {
        return violations;
    }
}
