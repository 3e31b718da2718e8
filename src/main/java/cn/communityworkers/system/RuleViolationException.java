package cn.communityworkers.system;

import java.util.List;

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
