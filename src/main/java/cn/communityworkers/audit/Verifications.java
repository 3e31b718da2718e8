package cn.communityworkers.audit;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import jakarta.annotation.PreDestroy;

import cn.communityworkers.audit.Seals.Check;
import cn.communityworkers.audit.Seals.Seal;
import cn.communityworkers.audit.Seals.Status;
import cn.communityworkers.system.LeasedWork;
import cn.communityworkers.system.NotFoundException;
import cn.communityworkers.system.RuleViolationException;

/**
 * Verifications of the seal chain, run in the background, {@code audit.verification-chunk} seals at a time on
 * {@code audit.verification-threads} threads; each chunk's problems and progress are committed together, so that a
 * verification survives a restart: the node that holds its lease works it, and another takes it over when the lease
 * ({@code audit.verification-lease}) has not been renewed.
 * <ul>
 * <li>A <b>full</b> verification recomputes every seal from the first to the chain's head when it was asked for: the
 * chain's links, each seal's own hashes and its trail against the history now; then it names the instances that
 * could not be sealed and those ended without a seal. Where a seal kept the digest of its instance's history rows and
 * they are all as they were ({@link HistoryRows}, a dozen queries for a whole chunk), its trail is not built again.</li>
 * <li>An <b>incremental</b> one starts where the last finished verification (the watermark) ended, at the hash it
 * verified, and checks the seals added since as a full one does; of the earlier seals it re-checks those whose
 * instance had a user operation since the watermark's verification was asked for and those whose history is gone.
 * It says what it did not look at: the earlier seals' contents and history otherwise, which only a full verification
 * reads (an edit of the history or of a seal made with SQL leaves no other trace).</li>
 * </ul>
 * One verification runs at a time.
 */
@Component
class Verifications {

    private static final Logger LOG = LoggerFactory.getLogger(Verifications.class);
    /** The length of {@code audit_verification_problem.detail}. */
    private static final int DETAIL_LENGTH = 4000;

    enum Kind {
        FULL, INCREMENTAL
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Seals seals;
    private final Clock clock;
    private final VerificationProperties properties;
    private final String owner = UUID.randomUUID().toString();
    private final LeasedWork runner = new LeasedWork("audit-verification");
    private final ExecutorService checkers;

    Verifications(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, Seals seals, Clock clock,
            VerificationProperties properties) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactionManager);
        this.seals = seals;
        this.clock = clock;
        this.properties = properties;
        this.checkers = Executors.newFixedThreadPool(properties.threads(),
                LeasedWork.daemons("audit-verification-check"));
    }

    @PreDestroy
    void stop() {
        runner.stop();
        checkers.shutdownNow();
    }

    /**
     * Asks for a verification and starts it once asked for (committed); answers it as it stands. Refused with a
     * 409 while another runs, and for an incremental one when none has finished yet.
     */
    Progress request(Kind kind, String user) {
        try {
            return progress(requested(kind, user));
        } catch (DuplicateKeyException anotherRuns) {
            // Named after the rollback: on PostgreSQL the failed insert's transaction takes no further statement.
            throw running();
        }
    }

    private long requested(Kind kind, String user) {
        return transaction.execute(status -> {
            Seals.Head head = seals.head();
            Optional<Progress> watermark = kind == Kind.INCREMENTAL ? lastFinished() : Optional.empty();
            if (kind == Kind.INCREMENTAL && watermark.isEmpty()) {
                throw RuleViolationException.conflict("kind", "needs-watermark",
                        "还没有完成过核验,增量核验无从接续:请先做一次全面核验");
            }
            long from = watermark.map(last -> last.toSeq() + 1).orElse(1L);
            String expected = watermark.map(Progress::headHash).orElse(Seals.GENESIS);
            GeneratedKeyHolder key = new GeneratedKeyHolder();
            jdbc.update(connection -> {
                PreparedStatement insert = connection.prepareStatement("insert into audit_verification (kind,"
                        + " requested_by, requested_at, running, continues_id, from_seq, to_seq, head_hash, next_seq,"
                        + " expected_hash, checked, expired, rechecked, problems)"
                        + " values (?, ?, ?, 1, ?, ?, ?, ?, ?, ?, 0, 0, 0, 0)", new String[] {"id"});
                insert.setString(1, kind.name());
                insert.setString(2, user);
                insert.setTimestamp(3, Timestamp.from(Instant.now(clock)));
                insert.setObject(4, watermark.map(Progress::id).orElse(null), Types.BIGINT);
                insert.setLong(5, from);
                insert.setLong(6, head.seq());
                insert.setString(7, head.sealHash());
                insert.setLong(8, from);
                insert.setString(9, expected);
                return insert;
            }, key);
            long created = key.getKey().longValue();
            runner.submitAfterCommit(() -> work(created));
            return created;
        });
    }

    private RuleViolationException running() {
        Progress other = jdbc.query(SELECT + " where running = 1", Verifications::progress).stream().findFirst()
                .orElse(null);
        return RuleViolationException.conflict("kind", "one-at-a-time", other == null ? "另一次核验刚刚开始,请稍后再试"
                : "第 " + other.id() + " 号核验正在进行(已核验 " + other.checked() + " / " + other.total()
                        + " 条),请待其完成后再发起");
    }

    /** The last finished verification, whose end is the watermark of the next incremental one. */
    Optional<Progress> lastFinished() {
        return jdbc.query(SELECT + " where finished_at is not null order by to_seq desc, id desc fetch first 1 rows only",
                Verifications::progress).stream().findFirst();
    }

    /** The last full verification that finished. */
    Optional<Progress> lastFinishedFull() {
        return jdbc.query(SELECT + " where finished_at is not null and kind = 'FULL' order by id desc"
                + " fetch first 1 rows only", Verifications::progress).stream().findFirst();
    }

    Progress progress(long id) {
        return jdbc.query(SELECT + " where id = ?", Verifications::progress, id).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("封存核验", String.valueOf(id)));
    }

    /** The latest verifications, newest first. */
    List<Progress> latest(int count) {
        return jdbc.query(SELECT + " order by id desc fetch first " + count + " rows only", Verifications::progress);
    }

    /** A problem found: the seal's number (none for the chain's end and unsealed instances), the instance, why. */
    record Problem(Long seq, String processInstanceId, String processDefinitionKey, String businessKey, Status status,
            String detail) {
    }

    /** The problems a verification has found so far, in the order found. */
    List<Problem> problems(long id) {
        return jdbc.query("select seq, process_instance_id, process_definition_key, business_key, status, detail"
                + " from audit_verification_problem where verification_id = ? order by n", (row, n) -> {
                    long seq = row.getLong("seq");
                    return new Problem(row.wasNull() ? null : seq, row.getString("process_instance_id"),
                            row.getString("process_definition_key"), row.getString("business_key"),
                            Status.valueOf(row.getString("status")), row.getString("detail"));
                }, id);
    }

    private void start(long id) {
        runner.submit(() -> work(id));
    }

    /** At the start and every lease: goes on with any verification whose node has stopped renewing its lease. */
    @EventListener(ApplicationReadyEvent.class)
    @Scheduled(fixedDelayString = "${audit.verification.lease:PT2M}", initialDelayString = "${audit.verification.lease:PT2M}")
    void resumeAbandoned() {
        Timestamp expired = Timestamp.from(Instant.now(clock).minus(properties.lease()));
        jdbc.queryForList("select id from audit_verification where running = 1 and (heartbeat_at is null"
                + " or heartbeat_at < ?)", Long.class, expired).forEach(this::start);
    }

    /** Works a verification to its end, if this node holds (or can take) its lease. */
    void work(long id) {
        try {
            if (!renewLease(id)) {
                return;
            }
            for (Progress progress = progress(id); progress.finishedAt() == null; progress = progress(id)) {
                boolean leaseHeld = progress.nextSeq() <= progress.toSeq() ? chunk(progress) : finish(progress);
                if (!leaseHeld) {
                    return;
                }
            }
        } catch (RuntimeException e) {
            if (runner.stopping()) {
                LOG.info("verification {} paused as the application stops; it goes on after its lease", id);
            } else {
                LOG.warn("verification {} stopped, to be taken up again after its lease: {}", id, e.toString(), e);
            }
        }
    }

    private boolean renewLease(long id) {
        Timestamp now = Timestamp.from(Instant.now(clock));
        Timestamp expired = Timestamp.from(Instant.now(clock).minus(properties.lease()));
        return jdbc.update("update audit_verification set owner = ?, heartbeat_at = ? where id = ? and running = 1"
                + " and (owner = ? or owner is null or heartbeat_at is null or heartbeat_at < ?)",
                owner, now, id, owner, expired) == 1;
    }

    /** The next seals of the chain: links first, then each seal against its history, on the checkers. */
    private boolean chunk(Progress progress) {
        List<Seal> chunk = seals.range(progress.nextSeq(), progress.toSeq(), properties.chunk());
        List<Check> problems = new ArrayList<>();
        long expectedSeq = progress.nextSeq();
        String expectedHash = progress.expectedHash();
        for (Seal seal : chunk) {
            if (seal.seq() != expectedSeq || !seal.prevHash().equals(expectedHash)) {
                problems.add(Check.of(seal, Status.CHAIN_BROKEN, seal.seq() != expectedSeq
                        ? "第 " + expectedSeq + " 至 " + (seal.seq() - 1) + " 号封存记录缺失"
                        : "与上一封存记录的哈希不衔接"));
            }
            expectedSeq = seal.seq() + 1;
            expectedHash = seal.sealHash();
        }
        if (chunk.isEmpty() || expectedSeq > progress.toSeq()) {
            if (chunk.isEmpty()) {
                problems.add(new Check(null, null, null, null, Status.CHAIN_BROKEN, "第 " + expectedSeq + " 至 "
                        + progress.toSeq() + " 号封存记录缺失"));
            } else if (!expectedHash.equals(progress.headHash())) {
                problems.add(new Check(null, null, null, null, Status.CHAIN_BROKEN,
                        "链尾封存记录与发起核验时的链头(第 " + progress.toSeq() + " 号)不符"));
            }
            expectedSeq = progress.toSeq() + 1;
        }
        long expired = checkAll(chunk, problems);
        long nextSeq = expectedSeq;
        String nextHash = expectedHash;
        return commit(progress, problems, () -> jdbc.update("update audit_verification set next_seq = ?,"
                + " expected_hash = ?, checked = checked + ?, expired = expired + ? where id = ?", nextSeq, nextHash,
                chunk.size(), expired, progress.id()));
    }

    /**
     * Checks the seals against their history, the chunk shared out between the checkers; adds the problems, in chain
     * order; answers how many were expired.
     */
    private long checkAll(List<Seal> chunk, List<Check> problems) {
        int share = Math.max(1, (chunk.size() + properties.threads() - 1) / properties.threads());
        List<Future<List<Check>>> shares = new ArrayList<>();
        for (int from = 0; from < chunk.size(); from += share) {
            List<Seal> part = chunk.subList(from, Math.min(chunk.size(), from + share));
            shares.add(checkers.submit(() -> seals.checkAll(part)));
        }
        long expired = 0;
        for (Future<List<Check>> future : shares) {
            for (Check check : join(future)) {
                if (check.status() == Status.EXPIRED) {
                    expired++;
                } else if (check.status() != Status.INTACT) {
                    problems.add(check);
                }
            }
        }
        return expired;
    }

    private static <T> T join(Future<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the verification was interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a seal could not be checked", e.getCause());
        }
    }

    /**
     * After the chain: an incremental verification's re-checks of earlier seals, then, for both, the instances that
     * could not be sealed and those ended without a seal; the verification ends.
     */
    private boolean finish(Progress progress) {
        List<Check> problems = new ArrayList<>();
        long rechecked = 0;
        long expired = 0;
        if (progress.kind() == Kind.INCREMENTAL) {
            Progress watermark = progress(progress.continuesId());
            List<Seal> touched = seals.touchedSince(watermark.requestedAt(), progress.fromSeq());
            rechecked = touched.size();
            expired = checkAll(touched, problems);
        }
        problems.addAll(seals.unsealable());
        problems.addAll(seals.unsealed());
        long counted = rechecked;
        long expiredAmongThem = expired;
        return commit(progress, problems, () -> jdbc.update("update audit_verification set rechecked = ?,"
                + " expired = expired + ?, finished_at = ?, running = null where id = ?", counted, expiredAmongThem,
                Timestamp.from(Instant.now(clock)), progress.id()));
    }

    /** Records the problems found and the progress in one transaction; false when the lease was lost (nothing then). */
    private boolean commit(Progress progress, List<Check> problems, Runnable recordProgress) {
        return Boolean.TRUE.equals(transaction.execute(status -> {
            if (!record(progress, problems)) {
                return false;
            }
            recordProgress.run();
            return true;
        }));
    }

    /** Records problems found and renews the lease, in the transaction that records the progress; false if lost. */
    private boolean record(Progress progress, List<Check> problems) {
        if (jdbc.update("update audit_verification set heartbeat_at = ?, problems = problems + ? where id = ?"
                + " and owner = ? and running = 1", Timestamp.from(Instant.now(clock)), problems.size(), progress.id(),
                owner) != 1) {
            LOG.info("verification {} is worked by another node now", progress.id());
            return false;
        }
        long n = progress.problems();        // the rows recorded so far, counted with them
        List<Object[]> rows = new ArrayList<>();
        for (Check problem : problems) {
            String detail = problem.detail().length() <= DETAIL_LENGTH ? problem.detail()
                    : problem.detail().substring(0, DETAIL_LENGTH - 1) + "…";
            rows.add(new Object[] {progress.id(), ++n, problem.seal() == null ? null : problem.seal().seq(),
                    problem.processInstanceId(), problem.processDefinitionKey(), problem.businessKey(),
                    problem.status().name(), detail});
        }
        jdbc.batchUpdate("insert into audit_verification_problem (verification_id, n, seq, process_instance_id,"
                + " process_definition_key, business_key, status, detail) values (?, ?, ?, ?, ?, ?, ?, ?)", rows);
        return true;
    }

    private static final String SELECT = "select id, kind, requested_by, requested_at, finished_at, continues_id,"
            + " from_seq, to_seq, head_hash, next_seq, expected_hash, checked, expired, rechecked, problems,"
            + " heartbeat_at from audit_verification";

    private static Progress progress(ResultSet row, int n) throws SQLException {
        long continuesId = row.getLong("continues_id");
        Long continues = row.wasNull() ? null : continuesId;
        return new Progress(row.getLong("id"), Kind.valueOf(row.getString("kind")), row.getString("requested_by"),
                row.getTimestamp("requested_at").toInstant(), instant(row.getTimestamp("finished_at")),
                continues, row.getLong("from_seq"), row.getLong("to_seq"),
                row.getString("head_hash"), row.getLong("next_seq"), row.getString("expected_hash"),
                row.getLong("checked"), row.getLong("expired"), row.getLong("rechecked"), row.getLong("problems"),
                instant(row.getTimestamp("heartbeat_at")));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    /**
     * A verification as it stands: the seals {@code fromSeq} to {@code toSeq} of its chain, {@code checked} of them so
     * far ({@code expired}: whose history was removed at the end of its time to live, the seal stands for it), the
     * earlier seals an incremental one re-checked, and how many problems it has found.
     */
    record Progress(long id, Kind kind, String requestedBy, Instant requestedAt, Instant finishedAt, Long continuesId,
            long fromSeq, long toSeq, String headHash, long nextSeq, String expectedHash, long checked, long expired,
            long rechecked, long problems, Instant heartbeatAt) {

        long total() {
            return Math.max(0, toSeq - fromSeq + 1);
        }
    }
}
