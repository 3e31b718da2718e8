package cn.communityworkers.workforce;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One change to a worker's grade, pay, status or contract, with its ground and, where a process or a
 * decision caused it, their ids. Append-only.
 */
@Table("worker_change")
public record WorkerChange(@Id Long id, String workerId, ChangeAttribute attribute, String oldValue,
        String newValue, LocalDate effectiveDate, String reason, String processInstanceId,
        String decisionInstanceId, String changedBy, Instant changedAt) {
}
