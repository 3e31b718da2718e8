package cn.communityworkers.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.fasterxml.jackson.databind.JsonNode;

import cn.communityworkers.system.SystemActions;

/**
 * The seals of ended process instances, one chain: each seal holds the canonical trail of its instance, its SHA-256
 * ({@code trail_hash}), the previous seal's hash ({@code prev_hash}) and its own hash over its number, instance,
 * trail hash and previous hash ({@code seal_hash}). Seals are only ever inserted. A sealer locks the chain head
 * (one row) first, so that sealers on several nodes add one seal after the other and never fork the chain.
 */
@Component
class Seals {

    static final String GENESIS = "0".repeat(64);
    private static final int BATCH = 50;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final TrailBuilder trails;
    private final HistoryService historyService;
    private final SystemActions system;
    private final Clock clock;

    Seals(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, TrailBuilder trails,
            HistoryService historyService, SystemActions system, Clock clock) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactionManager);
        this.trails = trails;
        this.historyService = historyService;
        this.system = system;
        this.clock = clock;
    }

    /** Seals every ended instance not sealed yet, oldest end first, in batches; returns how many it sealed. */
    int sealPending() {
        int sealed = 0;
        int batch;
        do {
            batch = transaction.execute(status -> sealBatch());
            sealed += batch;
        } while (batch == BATCH);
        return sealed;
    }

    private int sealBatch() {
        Map<String, Object> head = jdbc.queryForMap("select seq, seal_hash from audit_chain_head where id = 1 for update");
        long seq = ((Number) head.get("seq")).longValue();
        String previous = (String) head.get("seal_hash");
        List<String> pending = jdbc.queryForList("select p.id_ from act_hi_procinst p where p.end_time_ is not null"
                + " and not exists (select 1 from audit_seal s where s.process_instance_id = p.id_)"
                + " order by p.end_time_, p.id_ fetch first " + BATCH + " rows only", String.class);
        for (String processInstanceId : pending) {
            Trail trail = trails.build(processInstanceId);
            if (trail == null) {
                continue;
            }
            HistoricProcessInstance instance = system.run(() -> historyService.createHistoricProcessInstanceQuery()
                    .processInstanceId(processInstanceId).singleResult());
            String canonical = Canonical.json(trail);
            String trailHash = Canonical.sha256(canonical);
            seq++;
            String sealHash = sealHash(seq, processInstanceId, trailHash, previous);
            jdbc.update("insert into audit_seal (seq, process_instance_id, process_definition_key, business_key,"
                    + " ended_at, removal_time, sealed_at, trail, trail_hash, prev_hash, seal_hash)"
                    + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    seq, processInstanceId, trail.processDefinitionKey(), trail.businessKey(),
                    timestamp(instance.getEndTime()), timestamp(instance.getRemovalTime()),
                    Timestamp.from(Instant.now(clock)), canonical, trailHash, previous, sealHash);
            previous = sealHash;
        }
        jdbc.update("update audit_chain_head set seq = ?, seal_hash = ? where id = 1", seq, previous);
        return pending.size();
    }

    static String sealHash(long seq, String processInstanceId, String trailHash, String previous) {
        return Canonical.sha256(seq + "\n" + processInstanceId + "\n" + trailHash + "\n" + previous);
    }

    private static Timestamp timestamp(Date date) {
        return date == null ? null : new Timestamp(date.getTime());
    }

    /** The seal of an instance, if it has one. */
    Optional<Seal> of(String processInstanceId) {
        return jdbc.query(SELECT + " where process_instance_id = ?", Seals::seal, processInstanceId).stream().findFirst();
    }

    /** How the seal of one instance compares with the instance's history now (the chain is checked by verify). */
    Check check(Seal seal) {
        Instant now = Instant.now(clock);
        if (!Canonical.sha256(seal.trail()).equals(seal.trailHash())
                || !sealHash(seal.seq(), seal.processInstanceId(), seal.trailHash(), seal.prevHash()).equals(seal.sealHash())) {
            return new Check(seal, Status.SEAL_ALTERED, "封存记录本身被改动");
        }
        Trail current = trails.build(seal.processInstanceId());
        if (current == null) {
            return seal.removalTime() != null && !seal.removalTime().isAfter(now)
                    ? new Check(seal, Status.EXPIRED, "历史数据已按保存期限清理,以封存的记录为准")
                    : new Check(seal, Status.DELETED, "历史数据在保存期限届满前被删除");
        }
        String canonical = Canonical.json(current);
        if (Canonical.sha256(canonical).equals(seal.trailHash())) {
            return new Check(seal, Status.INTACT, null);
        }
        return new Check(seal, Status.CHANGED, "封存后历史数据被改动:" + String.join(", ",
                differences(Canonical.tree(seal.trail()), Canonical.tree(canonical))));
    }

    /** Recomputes every seal, in chain order, and names every instance whose history or seal is not as sealed. */
    Verification verify() {
        List<Check> problems = new ArrayList<>();
        long expectedSeq = 1;
        String expectedPrevious = GENESIS;
        int checked = 0;
        int expired = 0;
        for (Seal seal : jdbc.query(SELECT + " order by seq", Seals::seal)) {
            checked++;
            if (seal.seq() != expectedSeq || !seal.prevHash().equals(expectedPrevious)) {
                problems.add(new Check(seal, Status.CHAIN_BROKEN, seal.seq() != expectedSeq
                        ? "第 " + expectedSeq + " 至 " + (seal.seq() - 1) + " 号封存记录缺失"
                        : "与上一封存记录的哈希不衔接"));
            }
            Check check = check(seal);
            if (check.status() == Status.EXPIRED) {
                expired++;
            } else if (check.status() != Status.INTACT) {
                problems.add(check);
            }
            expectedSeq = seal.seq() + 1;
            expectedPrevious = seal.sealHash();
        }
        Map<String, Object> head = jdbc.queryForMap("select seq, seal_hash from audit_chain_head where id = 1");
        if (((Number) head.get("seq")).longValue() != expectedSeq - 1 || !expectedPrevious.equals(head.get("seal_hash"))) {
            problems.add(new Check(null, Status.CHAIN_BROKEN, "链尾封存记录缺失(链头为第 " + head.get("seq") + " 号)"));
        }
        return new Verification(Instant.now(clock), checked, expired, problems.isEmpty(), problems);
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
            + " ended_at, removal_time, sealed_at, trail, trail_hash, prev_hash, seal_hash from audit_seal";

    private static Seal seal(ResultSet row, int n) throws SQLException {
        return new Seal(row.getLong("seq"), row.getString("process_instance_id"), row.getString("process_definition_key"),
                row.getString("business_key"), instant(row.getTimestamp("ended_at")),
                instant(row.getTimestamp("removal_time")), instant(row.getTimestamp("sealed_at")),
                row.getString("trail"), row.getString("trail_hash"), row.getString("prev_hash"), row.getString("seal_hash"));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    record Seal(long seq, String processInstanceId, String processDefinitionKey, String businessKey, Instant endedAt,
            Instant removalTime, Instant sealedAt, String trail, String trailHash, String prevHash, String sealHash) {
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
        CHAIN_BROKEN
    }

    record Check(Seal seal, Status status, String detail) {
    }

    record Verification(Instant checkedAt, int seals, int expired, boolean intact, List<Check> problems) {
    }
}
