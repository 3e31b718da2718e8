package cn.communityworkers.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import com.fasterxml.jackson.databind.JsonNode;

import cn.communityworkers.system.SystemActions;

/**
 * The seals of ended process instances, one chain: each seal holds the canonical trail of its instance, its SHA-256
 * ({@code trail_hash}), the digest of the instance's history rows it was built from ({@code rows_hash}, see
 * {@link HistoryRows}; none in seals made before it was kept), the previous seal's hash ({@code prev_hash}) and its own
 * hash over its number, instance, trail hash, previous hash and rows digest ({@code seal_hash}). Seals are only ever
 * inserted. A sealer locks the chain head (one row) first, so that sealers on several nodes add one seal after the
 * other and never fork the chain.
 * <p>
 * The instances to seal are those recorded in {@code audit_unsealed} when they ended ({@link SealOnEnd}); a sealed
 * instance's row is deleted with its seal. The first sweep of each start reads the whole history's ended instances
 * instead ({@link #sealAllEnded}).
 * <p>
 * An instance whose trail cannot be built is recorded in {@code audit_seal_failure} with the reason and skipped: the
 * others are sealed all the same, and it is tried again by the first sweep {@code audit.seal-retry-interval} after
 * its last attempt. A verification ({@link Verifications}) names it ({@link Status#UNSEALABLE}), and names every
 * instance ended more than {@code audit.unsealed-grace} ago that has no seal ({@link Status#UNSEALED}).
 */
@Component
class Seals {

    static final String GENESIS = "0".repeat(64);
    private static final int BATCH = 50;
    /** The length of {@code audit_seal_failure.reason}. */
    private static final int REASON_LENGTH = 4000;
    private static final Logger LOG = LoggerFactory.getLogger(Seals.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final TransactionTemplate snapshot;
    private final TrailBuilder trails;
    private final HistoryRows rows;
    private final HistoryService historyService;
    private final SystemActions system;
    private final Clock clock;
    private final AuditProperties properties;

    Seals(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, TrailBuilder trails, HistoryRows rows,
            HistoryService historyService, SystemActions system, Clock clock, AuditProperties properties) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactionManager);
        // The trail and the digest of its rows read from one snapshot of the history.
        this.snapshot = new TransactionTemplate(transactionManager);
        snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.trails = trails;
        this.rows = rows;
        this.historyService = historyService;
        this.system = system;
        this.clock = clock;
        this.properties = properties;
    }

    /**
     * Seals the instances recorded as ended and not sealed yet ({@code audit_unsealed}, written by {@link SealOnEnd} in
     * the transaction that ends each), oldest end first, in batches; returns how many it sealed. The trails are built
     * before the chain is locked, each in a transaction of its own: one that cannot be built is recorded and left out,
     * and the sweep goes on with the others (it is not tried again in this sweep).
     */
    int sealPending() {
        return sealEach("select u.process_instance_id from audit_unsealed u where not exists"
                + " (select 1 from audit_seal_failure f where f.process_instance_id = u.process_instance_id"
                + " and f.last_failed_at > ?) order by u.ended_at, u.process_instance_id");
    }

    /**
     * As {@link #sealPending}, for every ended instance of the history without a seal, recorded or not (one that ended
     * before {@code audit_unsealed} existed): reads the whole history's ended instances, so only once per start.
     */
    int sealAllEnded() {
        return sealEach("select p.id_ from act_hi_procinst p where p.end_time_ is not null"
                + " and not exists (select 1 from audit_seal s where s.process_instance_id = p.id_)"
                + " and not exists (select 1 from audit_seal_failure f where f.process_instance_id = p.id_"
                + " and f.last_failed_at > ?) order by p.end_time_, p.id_");
    }

    /** Seals the instances the query lists (its parameter: failed before this is not retried), a batch at a time. */
    private int sealEach(String query) {
        Timestamp retryBefore = Timestamp.from(Instant.now(clock).minus(properties.sealRetryInterval()));
        int sealed = 0;
        List<String> pending;
        do {
            pending = jdbc.queryForList(query + " fetch first " + BATCH + " rows only", String.class, retryBefore);
            List<Built> built = new ArrayList<>();
            for (String processInstanceId : pending) {
                build(processInstanceId).ifPresent(built::add);
            }
            if (!built.isEmpty()) {
                sealed += transaction.execute(status -> seal(built));
            }
        } while (pending.size() == BATCH);
        return sealed;
    }

    /** A trail ready to be sealed. */
    private record Built(String processInstanceId, Trail trail, String canonical, String rowsHash, Date endedAt,
            Date removalTime) {
    }

    /** The trail of an ended instance, empty when its history is gone or the trail cannot be built (recorded). */
    private Optional<Built> build(String processInstanceId) {
        try {
            Optional<Built> built = snapshot.execute(status -> {
                Trail trail = trails.build(processInstanceId);
                HistoricProcessInstance instance = system.run(() -> historyService.createHistoricProcessInstanceQuery()
                        .processInstanceId(processInstanceId).singleResult());
                String rowsHash = rows.digests(List.of(processInstanceId)).get(processInstanceId);
                if (trail == null || instance == null || rowsHash == null) {
                    return Optional.<Built>empty();
                }
                return Optional.of(new Built(processInstanceId, trail, Canonical.json(trail), rowsHash,
                        instance.getEndTime(), instance.getRemovalTime()));
            });
            if (built.isEmpty()) {
                // Its history is gone: nothing left to seal. Deleted outside the read snapshot, where a row another
                // sealer deleted meanwhile would be a serialization failure on PostgreSQL.
                jdbc.update("delete from audit_unsealed where process_instance_id = ?", processInstanceId);
            }
            return built;
        } catch (RuntimeException e) {
            String reason = reason(e);
            LOG.warn("the trail of process instance {} cannot be built: not sealed, to be tried again in {}: {}",
                    processInstanceId, properties.sealRetryInterval(), reason, e);
            recordFailure(processInstanceId, reason);
            return Optional.empty();
        }
    }

    private static String reason(RuntimeException e) {
        String reason = e.toString();
        return reason.length() <= REASON_LENGTH ? reason : reason.substring(0, REASON_LENGTH);
    }

    private void recordFailure(String processInstanceId, String reason) {
        Timestamp now = Timestamp.from(Instant.now(clock));
        try {
            transaction.executeWithoutResult(status -> {
                if (jdbc.update("update audit_seal_failure set last_failed_at = ?, attempts = attempts + 1, reason = ?"
                        + " where process_instance_id = ?", now, reason, processInstanceId) == 0) {
                    jdbc.update("insert into audit_seal_failure (process_instance_id, first_failed_at, last_failed_at,"
                            + " attempts, reason) values (?, ?, ?, 1, ?)", processInstanceId, now, now, reason);
                }
            });
        } catch (DuplicateKeyException recordedByAnotherSealer) {
            // Another node failed on the same instance at the same moment and recorded it.
        }
    }

    /** Seals the trails built, in order, after those sealed meanwhile by another sealer; returns how many. */
    private int seal(List<Built> built) {
        Map<String, Object> head = jdbc.queryForMap("select seq, seal_hash from audit_chain_head where id = 1 for update");
        long seq = ((Number) head.get("seq")).longValue();
        String previous = (String) head.get("seal_hash");
        int sealed = 0;
        for (Built trail : built) {
            jdbc.update("delete from audit_unsealed where process_instance_id = ?", trail.processInstanceId());
            if (jdbc.queryForObject("select count(*) from audit_seal where process_instance_id = ?", Integer.class,
                    trail.processInstanceId()) > 0) {
                continue;
            }
            String trailHash = Canonical.sha256(trail.canonical());
            seq++;
            String sealHash = sealHash(seq, trail.processInstanceId(), trailHash, previous, trail.rowsHash());
            jdbc.update("insert into audit_seal (seq, process_instance_id, process_definition_key, business_key,"
                    + " ended_at, removal_time, sealed_at, trail, trail_hash, prev_hash, seal_hash, rows_hash)"
                    + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    seq, trail.processInstanceId(), trail.trail().processDefinitionKey(), trail.trail().businessKey(),
                    timestamp(trail.endedAt()), timestamp(trail.removalTime()), Timestamp.from(Instant.now(clock)),
                    trail.canonical(), trailHash, previous, sealHash, trail.rowsHash());
            jdbc.update("delete from audit_seal_failure where process_instance_id = ?", trail.processInstanceId());
            previous = sealHash;
            sealed++;
        }
        jdbc.update("update audit_chain_head set seq = ?, seal_hash = ? where id = 1", seq, previous);
        return sealed;
    }

    /** The seal's own hash; a seal made before the rows' digest was kept ({@code rowsHash} null) hashes without it. */
    static String sealHash(long seq, String processInstanceId, String trailHash, String previous, String rowsHash) {
        String links = seq + "\n" + processInstanceId + "\n" + trailHash + "\n" + previous;
        return Canonical.sha256(rowsHash == null ? links : links + "\n" + rowsHash);
    }

    private static Timestamp timestamp(Date date) {
        return date == null ? null : new Timestamp(date.getTime());
    }

    /** The seal of an instance, if it has one. */
    Optional<Seal> of(String processInstanceId) {
        return jdbc.query(SELECT + " where process_instance_id = ?", Seals::seal, processInstanceId).stream().findFirst();
    }

    /**
     * How each seal compares with its instance's history now: the digests of all their rows first, with a query per
     * table; only the seals whose rows differ (or that kept no digest) have their trail built again ({@link #check}).
     */
    List<Check> checkAll(List<Seal> sealed) {
        Map<String, String> rowsNow = rows.digests(sealed.stream().map(Seal::processInstanceId).toList());
        return sealed.stream().map(seal -> unchanged(seal, rowsNow) ? Check.of(seal, Status.INTACT, null) : check(seal))
                .toList();
    }

    /**
     * Whether a seal is intact without building its trail again: its row is as sealed, and it kept the digest of its
     * instance's history rows, which are all as they were ({@code rowsNow}). Otherwise {@link #check} decides.
     */
    static boolean unchanged(Seal seal, Map<String, String> rowsNow) {
        return seal.rowsHash() != null && seal.rowsHash().equals(rowsNow.get(seal.processInstanceId())) && !altered(seal);
    }

    /** How the seal of one instance compares with the instance's history now (the chain is checked by verify). */
    Check check(Seal seal) {
        Trail current;
        try {
            current = trails.build(seal.processInstanceId());
        } catch (RuntimeException unreadable) {
            return unverifiable(seal, unreadable);
        }
        return compare(seal, current);
    }

    /** How the seal of one instance compares with its trail as just built from the history ({@code null}: none). */
    Check compare(Seal seal, Trail current) {
        if (altered(seal)) {
            return Check.of(seal, Status.SEAL_ALTERED, "封存记录本身被改动");
        }
        if (current == null) {
            return seal.removalTime() != null && !seal.removalTime().isAfter(Instant.now(clock))
                    ? Check.of(seal, Status.EXPIRED, "历史数据已按保存期限清理,以封存的记录为准")
                    : Check.of(seal, Status.DELETED, "历史数据在保存期限届满前被删除");
        }
        String canonical = Canonical.json(current);
        if (Canonical.sha256(canonical).equals(seal.trailHash())) {
            return Check.of(seal, Status.INTACT, null);
        }
        return Check.of(seal, Status.CHANGED, "封存后历史数据被改动:" + String.join(", ",
                differences(Canonical.tree(seal.trail()), Canonical.tree(canonical))));
    }

    /** A sealed instance whose trail cannot be built now from its history, so cannot be compared with its seal. */
    Check unverifiable(Seal seal, RuntimeException unreadable) {
        return altered(seal) ? Check.of(seal, Status.SEAL_ALTERED, "封存记录本身被改动")
                : Check.of(seal, Status.UNVERIFIABLE, "历史数据无法读取,无法与封存记录核对:" + reason(unreadable));
    }

    /** The seals numbered from {@code fromSeq} to {@code toSeq}, in chain order, at most {@code limit}. */
    List<Seal> range(long fromSeq, long toSeq, int limit) {
        return jdbc.query(SELECT + " where seq >= ? and seq <= ? order by seq fetch first " + limit + " rows only",
                Seals::seal, fromSeq, toSeq);
    }

    /** The chain's last seal: its number and hash (0 and {@link #GENESIS} before the first). */
    record Head(long seq, String sealHash) {
    }

    Head head() {
        return jdbc.queryForObject("select seq, seal_hash from audit_chain_head where id = 1",
                (row, n) -> new Head(row.getLong("seq"), row.getString("seal_hash")));
    }

    /**
     * The seals before {@code beforeSeq} whose instance had a user operation (a change through the engine's API:
     * deleting history, setting a removal time, an annotation) after {@code since}, or whose history is gone before
     * its removal time.
     */
    List<Seal> touchedSince(Instant since, long beforeSeq) {
        return jdbc.query(SELECT + " s where s.seq < ? and (exists (select 1 from act_hi_op_log o"
                + " where o.proc_inst_id_ = s.process_instance_id and o.timestamp_ > ?)"
                + " or (not exists (select 1 from act_hi_procinst p where p.id_ = s.process_instance_id)"
                + " and (s.removal_time is null or s.removal_time > ?))) order by s.seq",
                Seals::seal, beforeSeq, Timestamp.from(since), Timestamp.from(Instant.now(clock)));
    }

    /** Whether the seal's own row was edited: its trail no longer gives its trail hash, or its hashes its seal hash. */
    static boolean altered(Seal seal) {
        return !Canonical.sha256(seal.trail()).equals(seal.trailHash())
                || !sealHash(seal.seq(), seal.processInstanceId(), seal.trailHash(), seal.prevHash(), seal.rowsHash())
                        .equals(seal.sealHash());
    }

    /** The instances whose trail could not be built for their seal (and that have none since). */
    List<Check> unsealable() {
        return jdbc.query("select f.process_instance_id, p.proc_def_key_, p.business_key_, f.first_failed_at,"
                + " f.last_failed_at, f.attempts, f.reason from audit_seal_failure f"
                + " left join act_hi_procinst p on p.id_ = f.process_instance_id"
                + " where not exists (select 1 from audit_seal s where s.process_instance_id = f.process_instance_id)"
                + " order by f.first_failed_at, f.process_instance_id", (row, n) -> new Check(
                        row.getString("process_instance_id"), row.getString("proc_def_key_"),
                        row.getString("business_key_"), null, Status.UNSEALABLE,
                        "审计记录无法生成,未能封存(" + row.getInt("attempts") + " 次尝试,首次 "
                                + TrailBuilder.time(row.getTimestamp("first_failed_at")) + ",最近 "
                                + TrailBuilder.time(row.getTimestamp("last_failed_at")) + "):" + row.getString("reason")));
    }

    /** The instances ended more than {@code audit.unsealed-grace} ago with no seal (and no recorded failure). */
    List<Check> unsealed() {
        Duration grace = properties.unsealedGrace();
        return jdbc.query("select p.id_, p.proc_def_key_, p.business_key_, p.end_time_ from act_hi_procinst p"
                + " where p.end_time_ < ?"
                + " and not exists (select 1 from audit_seal s where s.process_instance_id = p.id_)"
                + " and not exists (select 1 from audit_seal_failure f where f.process_instance_id = p.id_)"
                + " order by p.end_time_, p.id_", (row, n) -> new Check(row.getString("id_"),
                        row.getString("proc_def_key_"), row.getString("business_key_"), null, Status.UNSEALED,
                        "流程已于 " + TrailBuilder.time(row.getTimestamp("end_time_")) + " 结束,超过 " + chinese(grace)
                                + "仍未封存"), Timestamp.from(Instant.now(clock).minus(grace)));
    }

    private static String chinese(Duration duration) {
        return duration.toSecondsPart() == 0 ? duration.toMinutes() + " 分钟" : duration.toSeconds() + " 秒";
    }

    /** The step ids and variables whose sealed and current versions differ (or that only one of them has). */
    private static List<String> differences(JsonNode sealed, JsonNode current) {
        TreeSet<String> found = new TreeSet<>();
        Map<String, JsonNode> sealedSteps = new HashMap<>();
        sealed.path("steps").forEach(step -> sealedSteps.put(step.path("id").asText(), step));
        for (JsonNode step : current.path("steps")) {
            JsonNode before = sealedSteps.remove(step.path("id").asText());
            if (!step.equals(before)) {
                found.add("step " + step.path("id").asText());
            }
        }
        sealedSteps.keySet().forEach(id -> found.add("step " + id));
        TreeSet<String> variables = new TreeSet<>();
        sealed.path("finalVariables").fieldNames().forEachRemaining(variables::add);
        current.path("finalVariables").fieldNames().forEachRemaining(variables::add);
        variables.stream().filter(name -> !sealed.path("finalVariables").path(name)
                .equals(current.path("finalVariables").path(name))).forEach(name -> found.add("variable " + name));
        for (Iterator<String> fields = current.fieldNames(); fields.hasNext();) {
            String field = fields.next();
            if (!"steps".equals(field) && !"finalVariables".equals(field) && !current.get(field).equals(sealed.get(field))) {
                found.add(field);
            }
        }
        return new ArrayList<>(found);
    }

    private static final String SELECT = "select seq, process_instance_id, process_definition_key, business_key,"
            + " ended_at, removal_time, sealed_at, trail, trail_hash, prev_hash, seal_hash, rows_hash from audit_seal";

    private static Seal seal(ResultSet row, int n) throws SQLException {
        return new Seal(row.getLong("seq"), row.getString("process_instance_id"), row.getString("process_definition_key"),
                row.getString("business_key"), instant(row.getTimestamp("ended_at")),
                instant(row.getTimestamp("removal_time")), instant(row.getTimestamp("sealed_at")),
                row.getString("trail"), row.getString("trail_hash"), row.getString("prev_hash"), row.getString("seal_hash"),
                row.getString("rows_hash"));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    record Seal(long seq, String processInstanceId, String processDefinitionKey, String businessKey, Instant endedAt,
            Instant removalTime, Instant sealedAt, String trail, String trailHash, String prevHash, String sealHash,
            String rowsHash) {
    }

    enum Status {
        /** The history is as sealed. */
        INTACT,
        /** The history was changed after the seal. */
        CHANGED,
        /** The history was deleted before its removal time. */
        DELETED,
        /** The history was removed by the cleanup at the end of its time to live; the sealed trail remains. */
        EXPIRED,
        /** The seal row was edited. */
        SEAL_ALTERED,
        /** A seal is missing or out of the chain. */
        CHAIN_BROKEN,
        /** The history of a sealed instance cannot be read now: it cannot be compared with its seal. */
        UNVERIFIABLE,
        /** The instance has ended, but its trail could not be built: it is not sealed (the reason is given). */
        UNSEALABLE,
        /** The instance ended more than {@code audit.unsealed-grace} ago and has no seal. */
        UNSEALED
    }

    /**
     * The status of one instance's seal, or of an ended instance without one ({@code seal} absent); the instance
     * (absent for the end of the chain) and a sentence in Chinese saying what is wrong.
     */
    record Check(String processInstanceId, String processDefinitionKey, String businessKey, Seal seal, Status status,
            String detail) {

        static Check of(Seal seal, Status status, String detail) {
            return new Check(seal.processInstanceId(), seal.processDefinitionKey(), seal.businessKey(), seal, status,
                    detail);
        }
    }

}
