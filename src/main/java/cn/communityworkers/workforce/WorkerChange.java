package cn.communityworkers.workforce;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One change to a worker's grade, pay, status, contract or qualification, with its ground and, where a process
 * or a decision caused it, their ids; {@code details} keeps what the decision was given (e.g. the assessment
 * inputs). Append-only.
 */
@Table("worker_change")
public record WorkerChange(@Id Long id, String workerId, ChangeAttribute attribute, String oldValue,
        String newValue, LocalDate effectiveDate, String reason, String processInstanceId,
        String decisionInstanceId, String details, String changedBy, Instant changedAt) {

    @PersistenceCreator
    public WorkerChange {
    }

    /** A change without details. */
    public WorkerChange(Long id, String workerId, ChangeAttribute attribute, String oldValue, String newValue,
            LocalDate effectiveDate, String reason, String processInstanceId, String decisionInstanceId,
            String changedBy, Instant changedAt) {
        this(id, workerId, attribute, oldValue, newValue, effectiveDate, reason, processInstanceId,
                decisionInstanceId, null, changedBy, changedAt);
    }
}
