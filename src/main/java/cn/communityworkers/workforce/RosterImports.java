package cn.communityworkers.workforce;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.camunda.bpm.engine.IdentityService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.annotation.PreDestroy;

import cn.communityworkers.system.CurrentUser;
import cn.communityworkers.system.ForbiddenException;
import cn.communityworkers.system.LeasedWork;
import cn.communityworkers.system.NotFoundException;
import cn.communityworkers.system.RuleViolationException;
import cn.communityworkers.system.UploadedText;
import cn.communityworkers.system.Violation;

/**
 * Rosters imported in the background, for the person who uploads one to follow: the file is read (UTF-8, the line
 * limit) and kept when it is uploaded, then checked and stored by {@link WorkerRegistry#importRoster(List,
 * WorkerRegistry.ImportProgress)} as the same import over {@code POST /api/workers/import} would, all or nothing, with
 * the authority of the uploader as it was then (their user and groups). Its progress (rows checked, rows stored) is
 * committed apart from the import's own transaction, so that it can be read while that runs.
 * <p>
 * Nothing is lost on a restart: a node that stops mid-way leaves nothing stored (the import's transaction is not
 * committed), and whichever node takes over the import's lease ({@code workforce.import.lease}, renewed with the
 * progress) runs it again from the file. The import's end is recorded in its own transaction only by the node that
 * holds the lease, so an import is stored once. The file is kept only until then: its end, imported or refused,
 * gives it up (what it stored is in the registry, what it refused in its problems).
 */
@Component
public class RosterImports {

    private static final Logger LOG = LoggerFactory.getLogger(RosterImports.class);
    /** The longest file name kept. */
    private static final int FILE_NAME_LENGTH = 255;
    /** The length of {@code roster_import.detail}. */
    private static final int DETAIL_LENGTH = 4000;

    /** Where an import stands, with the words the page shows. */
    public enum State {
        WAITING("等待开始"), CHECKING("正在检查"), STORING("正在保存"), IMPORTED("已导入"), REFUSED("未导入");

        private final String label;

        State(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * An import as it stands: the rows of the file ({@code total}, once read), those checked and stored so far; at its
     * end the workers {@code imported}, or the refusal (its HTTP status as the same import over
     * {@code POST /api/workers/import} would have answered, the reason and every problem, each with its row).
     */
    public record View(long id, String fileName, String requestedBy, Instant requestedAt, State state,
            String stateLabel, Integer total, int checked, int stored, Integer imported, Integer refusalStatus,
            String detail, List<Violation> problems, Instant finishedAt) {
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final TransactionTemplate apart;
    private final WorkerCsv csv;
    private final WorkerRegistry registry;
    private final UploadedText text;
    private final IdentityService identity;
    private final CurrentUser currentUser;
    private final ObjectMapper json;
    private final Clock clock;
    private final RosterImportProperties properties;
    private final String owner = UUID.randomUUID().toString();
    private final LeasedWork runner = new LeasedWork("roster-import");

    RosterImports(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, WorkerCsv csv,
            WorkerRegistry registry, UploadedText text, IdentityService identity, CurrentUser currentUser,
            ObjectMapper json, Clock clock, RosterImportProperties properties) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactionManager);
        this.apart = new TransactionTemplate(transactionManager);
        this.apart.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.csv = csv;
        this.registry = registry;
        this.text = text;
        this.identity = identity;
        this.currentUser = currentUser;
        this.json = json;
        this.clock = clock;
        this.properties = properties;
    }

    @PreDestroy
    void stop() {
        runner.stop();
    }

    /**
     * Keeps an uploaded roster and starts its import once kept (committed). A file that is not UTF-8 or has more
     * lines than allowed is refused at once (400), and nothing is kept.
     */
    public View upload(InputStream content, String fileName) {
        String roster = read(content);
        String name = fileName == null || fileName.isBlank() ? null
                : fileName.strip().substring(0, Math.min(fileName.strip().length(), FILE_NAME_LENGTH));
        long id = transaction.execute(status -> {
            GeneratedKeyHolder key = new GeneratedKeyHolder();
            Timestamp now = Timestamp.from(Instant.now(clock));
            jdbc.update(connection -> {
                var insert = connection.prepareStatement("insert into roster_import (file_name, requested_by,"
                        + " groups_then, requested_at, content, state, checked_rows, stored_rows, owner, heartbeat_at)"
                        + " values (?, ?, ?, ?, ?, ?, 0, 0, ?, ?)", new String[] {"id"});
                insert.setString(1, name);
                insert.setString(2, currentUser.userId());
                insert.setString(3, String.join(",", currentUser.groups()));
                insert.setTimestamp(4, now);
                insert.setString(5, roster);
                insert.setString(6, State.WAITING.name());
                insert.setString(7, owner);
                insert.setTimestamp(8, now);
                return insert;
            }, key);
            long created = key.getKey().longValue();
            runner.submitAfterCommit(() -> work(created));
            return created;
        });
        return view(id);
    }

    private String read(InputStream content) {
        StringBuilder roster = new StringBuilder();
        char[] buffer = new char[8192];
        try (Reader reader = text.reader(content)) {
            for (int n = reader.read(buffer); n >= 0; n = reader.read(buffer)) {
                roster.append(buffer, 0, n);
            }
        } catch (CharacterCodingException e) {
            throw WorkerCsv.notUtf8();
        } catch (UploadedText.TooManyLinesException e) {
            throw WorkerCsv.tooManyLines(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return roster.toString();
    }

    /** An import, for the person who uploaded it and administrators. */
    public View view(long id) {
        View view = jdbc.query(SELECT + " where id = ?", this::full, id).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("名册导入", String.valueOf(id)));
        if (!currentUser.isAdmin() && !view.requestedBy().equals(currentUser.userId())) {
            throw new ForbiddenException("只能查看本人上传的名册导入");
        }
        return view;
    }

    /** The caller's latest imports, newest first, without their problems (null). */
    public List<View> mine(int count) {
        return jdbc.query(SELECT_BRIEF + " where requested_by = ? order by id desc fetch first " + count
                + " rows only", this::brief, currentUser.userId());
    }

    private void start(long id) {
        runner.submit(() -> work(id));
    }

    /** At the start and every lease: runs again any import whose node has stopped renewing its lease. */
    @EventListener(ApplicationReadyEvent.class)
    @Scheduled(fixedDelayString = "${workforce.import.lease:PT2M}", initialDelayString = "${workforce.import.lease:PT2M}")
    void resumeAbandoned() {
        Timestamp expired = Timestamp.from(Instant.now(clock).minus(properties.lease()));
        jdbc.queryForList("select id from roster_import where finished_at is null and heartbeat_at < ?", Long.class,
                expired).forEach(this::start);
    }

    /** Runs an import to its end, if this node holds (or can take) its lease; from its file, from the start. */
    void work(long id) {
        Timestamp now = Timestamp.from(Instant.now(clock));
        Timestamp expired = Timestamp.from(Instant.now(clock).minus(properties.lease()));
        if (jdbc.update("update roster_import set owner = ?, heartbeat_at = ?, state = ?, checked_rows = 0,"
                + " stored_rows = 0 where id = ? and finished_at is null and (owner = ? or heartbeat_at < ?)",
                owner, now, State.CHECKING.name(), id, owner, expired) != 1) {
            return;
        }
        var uploader = jdbc.queryForMap("select requested_by, groups_then from roster_import where id = ?", id);
        String groups = (String) uploader.get("groups_then");
        identity.setAuthentication((String) uploader.get("requested_by"),
                groups.isEmpty() ? List.of() : Arrays.asList(groups.split(",")));
        try {
            List<WorkerCsv.Row> rows = rows(id);
            renew(id, "total_rows = " + rows.size());
            transaction.executeWithoutResult(status -> {
                List<String> ids = registry.importRoster(rows, new Progress(id));
                if (jdbc.update("update roster_import set state = ?, imported = ?, finished_at = ?, heartbeat_at = ?,"
                        + " content = null where id = ? and owner = ?", State.IMPORTED.name(), ids.size(),
                        Timestamp.from(Instant.now(clock)), Timestamp.from(Instant.now(clock)), id, owner) != 1) {
                    status.setRollbackOnly();
                    LOG.info("roster import {} is run by another node now; this run stored nothing", id);
                }
            });
        } catch (RuleViolationException e) {
            refuse(id, e.status().value(), e.getMessage(), e.violations());
        } catch (ForbiddenException e) {
            refuse(id, HttpStatus.FORBIDDEN.value(), "未导入任何记录:" + e.getMessage(), List.of());
        } catch (DataIntegrityViolationException e) {
            refuse(id, HttpStatus.CONFLICT.value(), "未导入任何记录:文件中的社区工作者已由同时进行的另一次登记或导入登记,"
                    + "请核对后重新导入", List.of());
        } catch (LeaseLost e) {
            LOG.info("roster import {} is run by another node now; this run stored nothing", id);
        } catch (RuntimeException e) {
            if (runner.stopping()) {
                LOG.info("roster import {} paused as the application stops; it runs again after its lease", id);
            } else {
                LOG.error("roster import {} failed; nothing was imported", id, e);
                refuse(id, HttpStatus.INTERNAL_SERVER_ERROR.value(), "未导入任何记录:导入时出现系统错误,请联系管理员"
                        + "(第 " + id + " 号导入)", List.of());
            }
        } finally {
            identity.clearAuthentication();
        }
    }

    /** The rows of the import's file (the file itself no longer held once they are read). */
    private List<WorkerCsv.Row> rows(long id) {
        String content = jdbc.queryForObject("select content from roster_import where id = ?", String.class, id);
        return csv.read(new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)));
    }

    /** Tells the import's progress, in a transaction of its own, and renews the lease. */
    private final class Progress implements WorkerRegistry.ImportProgress {

        private final long id;

        Progress(long id) {
            this.id = id;
        }

        @Override
        public void checked(int rows) {
            renew(id, "state = '" + State.CHECKING.name() + "', checked_rows = " + rows);
        }

        @Override
        public void stored(int rows) {
            renew(id, "state = '" + State.STORING.name() + "', stored_rows = " + rows);
        }
    }

    /** The lease of an import was taken over by another node: this run stops, storing nothing. */
    private static final class LeaseLost extends RuntimeException {

        LeaseLost() {
            super(null, null, false, false);
        }
    }

    private void renew(long id, String progress) {
        apart.executeWithoutResult(status -> {
            if (jdbc.update("update roster_import set " + progress + ", heartbeat_at = ? where id = ? and owner = ?",
                    Timestamp.from(Instant.now(clock)), id, owner) != 1) {
                throw new LeaseLost();
            }
        });
    }

    private void refuse(long id, int status, String detail, List<Violation> problems) {
        String shortened = detail.length() <= DETAIL_LENGTH ? detail : detail.substring(0, DETAIL_LENGTH - 1) + "…";
        try {
            jdbc.update("update roster_import set state = ?, http_status = ?, detail = ?, problems = ?,"
                    + " finished_at = ?, content = null where id = ? and owner = ?", State.REFUSED.name(), status,
                    shortened, json.writeValueAsString(problems), Timestamp.from(Instant.now(clock)), id, owner);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final String BRIEF = "select id, file_name, requested_by, requested_at, state, total_rows,"
            + " checked_rows, stored_rows, imported, http_status, detail, finished_at";
    private static final String SELECT_BRIEF = BRIEF + " from roster_import";
    private static final String SELECT = BRIEF + ", problems from roster_import";

    private View brief(ResultSet row, int n) throws SQLException {
        return viewOf(row, null);
    }

    private View full(ResultSet row, int n) throws SQLException {
        String problems = row.getString("problems");
        try {
            return viewOf(row, problems == null ? List.of() : json.readValue(problems, new TypeReference<>() {
            }));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the problems of roster import " + row.getLong("id") + " are unreadable", e);
        }
    }

    private static View viewOf(ResultSet row, List<Violation> problems) throws SQLException {
        State state = State.valueOf(row.getString("state"));
        Timestamp finished = row.getTimestamp("finished_at");
        return new View(row.getLong("id"), row.getString("file_name"), row.getString("requested_by"),
                row.getTimestamp("requested_at").toInstant(), state, state.label(), integer(row, "total_rows"),
                row.getInt("checked_rows"), row.getInt("stored_rows"), integer(row, "imported"),
                integer(row, "http_status"), row.getString("detail"), problems,
                finished == null ? null : finished.toInstant());
    }

    private static Integer integer(ResultSet row, String column) throws SQLException {
        int value = row.getInt(column);
        return row.wasNull() ? null : value;
    }
}
