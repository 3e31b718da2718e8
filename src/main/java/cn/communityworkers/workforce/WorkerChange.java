package cn.communityworkers.workforce;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One change to a worker's grade, pay, status, contract or qualification, with its ground and, where a process
 * or a decision caused it, their ids; {@code details} keeps what the decision was given (e.g. the assessment
 * inputs). Append-only: written and read by {@link ChangeLog}.
 */
public record WorkerChange(Long id, String workerId, ChangeAttribute attribute, String oldValue, String newValue,
        LocalDate effectiveDate, String reason, String processInstanceId, String decisionInstanceId, String details,
        String changedBy, Instant changedAt) {
}
