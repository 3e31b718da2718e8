package cn.communityworkers.workforce;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cn.communityworkers.system.CurrentUser;

/**
 * The change log (table {@code worker_change}, append-only): the one place where a change to a worker is written, by
 * whom and when, with its ground and, where a process or a decision caused it, their ids.
 */
@Repository
class ChangeLog {

    /**
     * Why a change was made: the ground (the article or rule it follows, in Chinese), the process instance and the
     * decision instance behind it where there are any, what the decision was given ({@code details}), and for a
     * STATUS change that takes the worker out of the headcount why they left ({@code cause}, else null).
     */
    record Ground(String reason, String processInstanceId, String decisionInstanceId, String details,
            LeavingCause cause) {

        Ground(String reason, String processInstanceId, String decisionInstanceId, String details) {
            this(reason, processInstanceId, decisionInstanceId, details, null);
        }

        /** A change made directly (registration, a personnel office's record), by no process. */
        static Ground of(String reason) {
            return new Ground(reason, null, null, null);
        }

        /** A change a process instance made. */
        static Ground byProcess(String reason, String processInstanceId) {
            return new Ground(reason, processInstanceId, null, null);
        }

        /** This ground, for a STATUS change by which the worker leaves the headcount for {@code why}. */
        Ground leaving(LeavingCause why) {
            return new Ground(reason, processInstanceId, decisionInstanceId, details, why);
        }
    }

    /** A change to record: see {@link #record(String, ChangeAttribute, Object, Object, LocalDate, Ground)}. */
    record Entry(String workerId, ChangeAttribute attribute, Object from, Object to, LocalDate effective,
            Ground ground) {
    }

    private static final String INSERT = """
            insert into worker_change (worker_id, attribute, old_value, new_value, effective_date, reason,
              process_instance_id, decision_instance_id, details, cause, changed_by, changed_at)
            values (:worker, :attribute, :old, :new, :effective, :reason, :process, :decision, :details, :cause,
              :by, :at)""";

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate named;
    private final CurrentUser currentUser;
    private final Clock clock;

    ChangeLog(JdbcClient jdbc, NamedParameterJdbcTemplate named, CurrentUser currentUser, Clock clock) {
        this.jdbc = jdbc;
        this.named = named;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Records that {@code attribute} of the worker changed from {@code from} to {@code to} (either may be null) with
     * effect from {@code effective}, made by the current user now. Values are stored as text: an enum by its name, an
     * amount in plain notation.
     */
    void record(String workerId, ChangeAttribute attribute, Object from, Object to, LocalDate effective, Ground ground) {
        record(workerId, attribute, from, to, effective, ground, currentUser.userId());
    }

    /** As {@link #record(String, ChangeAttribute, Object, Object, LocalDate, Ground)}, made by {@code changedBy}. */
    void record(String workerId, ChangeAttribute attribute, Object from, Object to, LocalDate effective, Ground ground,
            String changedBy) {
        named.update(INSERT, row(new Entry(workerId, attribute, from, to, effective, ground), changedBy,
                Timestamp.from(Instant.now(clock))));
    }

    /** Records many changes, made by the current user now, in one batch (a roster's registrations). */
    void recordAll(List<Entry> entries) {
        String changedBy = currentUser.userId();
        Timestamp now = Timestamp.from(Instant.now(clock));
        named.batchUpdate(INSERT, entries.stream().map(entry -> row(entry, changedBy, now))
                .toArray(SqlParameterSource[]::new));
    }

    private static MapSqlParameterSource row(Entry entry, String changedBy, Timestamp at) {
        Ground ground = entry.ground();
        return new MapSqlParameterSource().addValue("worker", entry.workerId())
                .addValue("attribute", entry.attribute().name()).addValue("old", text(entry.from()))
                .addValue("new", text(entry.to())).addValue("effective", entry.effective())
                .addValue("reason", ground.reason()).addValue("process", ground.processInstanceId())
                .addValue("decision", ground.decisionInstanceId()).addValue("details", ground.details())
                .addValue("cause", text(ground.cause())).addValue("by", changedBy).addValue("at", at);
    }

    /** A worker's changes, in the order they were recorded. */
    List<WorkerChange> of(String workerId) {
        return jdbc.sql("""
                select id, worker_id, attribute, old_value, new_value, effective_date, reason, process_instance_id,
                       decision_instance_id, details, changed_by, changed_at
                  from worker_change where worker_id = :worker order by id""")
                .param("worker", workerId)
                .query((rs, row) -> new WorkerChange(rs.getLong(1), rs.getString(2),
                        ChangeAttribute.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5),
                        rs.getObject(6, LocalDate.class), rs.getString(7), rs.getString(8), rs.getString(9),
                        rs.getString(10), rs.getString(11), rs.getTimestamp(12).toInstant()))
                .list();
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof BigDecimal amount) {
            return amount.toPlainString();
        }
        return value instanceof Enum<?> constant ? constant.name() : value.toString();
    }
}
