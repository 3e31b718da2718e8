package cn.communityworkers.system;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The case of each process instance as recorded when it started (tables {@code process_case} and
 * {@code process_case_street}). The first step of every process records it, in the transaction of the start, from
 * what it checked (the registry's units of the worker or street, the request as submitted and checked) or from what
 * the system started the instance with; a refused start leaves nothing. Nothing updates it: whatever later happens to
 * the process variables (an approver's extra fields, an administrator's edit, a new write path), candidate groups
 * ({@code cn.communityworkers.organisation.Route}) and registry writes read the case.
 * <p>
 * A case recorded in a transaction is written just before that transaction commits, together with the others
 * recorded in it (one batch of inserts: a campaign's batch of assessments costs one insert per assessment in one
 * round trip), and is read back from memory until then, so starting an instance costs no query for its routing.
 * <p>
 * An instance started before cases were recorded (before this table existed) gets its case from the engine's history
 * the first time it is asked for: the first value each of its process-level variables had (history level full), the
 * units and worker under the names its processes then used ({@code countyCode}, {@code streetCode},
 * {@code communityCode}, {@code workerId}) and a county's streets from {@code streets}. Any later instance without a
 * case is an error.
 */
@Service
public class Cases {

    /** The loop element of a branch per street of a county's case (a campaign's lane, a street's nomination). */
    public static final String STREET_ELEMENT = "streetCode";

    private static final String COUNTY = "countyCode";
    private static final String COMMUNITY = "communityCode";
    private static final String WORKER = "workerId";
    private static final String STREETS = "streets";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<LinkedHashMap<String, Object>> REQUEST = new TypeReference<>() { };

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;
    private final HistoryService historyService;
    private final CurrentUser currentUser;
    private final Clock clock;
    private volatile Instant firstRecordedStart;

    Cases(JdbcClient jdbc, JdbcTemplate jdbcTemplate, HistoryService historyService, CurrentUser currentUser,
            Clock clock) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
        this.historyService = historyService;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Records the case of the execution's process instance, started now by the current user (none: the system),
     * with its business key as set by now.
     *
     * @param request the request's fields by start-variable name, as checked (texts, numbers, booleans)
     */
    public Case record(DelegateExecution execution, String processKey, Case.Units units, String workerId,
            Map<String, Object> request) {
        return remember(new Case(execution.getProcessInstanceId(), processKey, execution.getProcessBusinessKey(),
                units.countyCode(), units.streetCode(), units.communityCode(), workerId,
                read(write(request)), currentUser.userId(), clock.instant(), false));
    }

    private Case remember(Case recorded) {
        Optional<Open> open = open();
        if (open.isEmpty()) {
            insertCases(List.of(recorded));
            return recorded;
        }
        if (open.get().cases.putIfAbsent(recorded.processInstanceId(), recorded) != null) {
            throw new IllegalStateException("the case of " + recorded.processInstanceId() + " is recorded already");
        }
        return recorded;
    }

    /**
     * Before the system starts an instance whose first step takes its case from the system
     * ({@link #recordPrepared}): the case, in the same transaction. Nothing is written unless that start happens.
     */
    public void prepare(String processKey, String businessKey, Case.Units units, String workerId,
            Map<String, Object> request) {
        Open open = open().orElseThrow(() -> new IllegalStateException("a case is prepared inside a transaction"));
        open.prepared.put(processKey + "/" + businessKey, new Case(null, processKey, businessKey, units.countyCode(),
                units.streetCode(), units.communityCode(), workerId, request, null, null, false));
    }

    /**
     * The first step of an instance the system starts: records the case the system prepared for its business key
     * ({@link #prepare}). An instance started without one (by anybody else, even an administrator) is refused (403).
     */
    public Case recordPrepared(DelegateExecution execution, String processKey) {
        Case prepared = open().map(o -> o.prepared.remove(processKey + "/" + execution.getProcessBusinessKey()))
                .orElseThrow(() -> new AuthorizationException("只有系统可以启动" + processKey + "(本案由其所属流程准备):"
                        + "没有为 " + execution.getProcessBusinessKey() + " 准备的本案"));
        return record(execution, processKey, new Case.Units(prepared.countyCode(), prepared.streetCode(),
                prepared.communityCode()), prepared.workerId(), prepared.request());
    }

    /** The case of the execution's process instance. */
    public Case of(DelegateExecution execution) {
        return of(execution.getProcessInstanceId());
    }

    /** The case of a process instance; an error (the step fails, an incident) when it has none. */
    public Case of(String processInstanceId) {
        Optional<Open> open = open();
        Case known = open.map(o -> o.cases.getOrDefault(processInstanceId, o.read.get(processInstanceId))).orElse(null);
        if (known != null) {
            return known;
        }
        Optional<Case> stored = jdbc.sql("""
                select process_instance_id, process_key, business_key, county_code, street_code, community_code,
                       worker_id, request, started_by, started_at, from_history
                  from process_case where process_instance_id = :id""")
                .param("id", processInstanceId)
                .query((rs, row) -> new Case(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), read(rs.getString(8)), rs.getString(9),
                        rs.getTimestamp(10).toInstant(), rs.getBoolean(11)))
                .optional();
        if (stored.isEmpty()) {
            return fromHistory(processInstanceId).orElseThrow(() -> new IllegalStateException("process instance "
                    + processInstanceId + " has no recorded case: its routing and registry writes have nothing to go by"));
        }
        open.ifPresent(o -> o.read.put(processInstanceId, stored.get()));
        return stored.get();
    }

    /**
     * The case of an instance started before the first case was recorded, from its history (recorded now), or empty
     * for any other instance.
     */
    private Optional<Case> fromHistory(String processInstanceId) {
        HistoricProcessInstance instance = historyService.createHistoricProcessInstanceQuery()
                .processInstanceId(processInstanceId).singleResult();
        if (instance == null || firstRecordedStart().map(first -> !instance.getStartTime().toInstant().isBefore(first))
                .orElse(false)) {
            return Optional.empty();
        }
        Map<String, Object> firstValues = new LinkedHashMap<>();
        for (HistoricDetail detail : historyService.createHistoricDetailQuery().processInstanceId(processInstanceId)
                .variableUpdates().orderPartiallyByOccurrence().asc().list()) {
            HistoricVariableUpdate update = (HistoricVariableUpdate) detail;
            if (processInstanceId.equals(update.getExecutionId()) && !firstValues.containsKey(update.getVariableName())) {
                firstValues.put(update.getVariableName(), update.getValue());
            }
        }
        Map<String, Object> request = new LinkedHashMap<>();
        firstValues.forEach((name, value) -> {
            if (value instanceof String || value instanceof Number || value instanceof Boolean) {
                request.put(name, value);
            }
        });
        Case recorded = remember(new Case(processInstanceId, instance.getProcessDefinitionKey(),
                instance.getBusinessKey(), text(firstValues.get(COUNTY)), text(firstValues.get(STREET_ELEMENT)),
                text(firstValues.get(COMMUNITY)), text(firstValues.get(WORKER)), read(write(request)),
                instance.getStartUserId(), instance.getStartTime().toInstant(), true));
        if (firstValues.get(STREETS) instanceof Collection<?> streets) {
            recordStreets(recorded, streets.stream().map(String::valueOf).toList());
        }
        return Optional.of(recorded);
    }

    /**
     * When the first instance whose first step recorded its case started: every instance started since has its case.
     * It never changes once there is one, so it is read once.
     */
    private Optional<Instant> firstRecordedStart() {
        if (firstRecordedStart == null) {
            firstRecordedStart = jdbc.sql("select min(started_at) from process_case where not from_history")
                    .query((rs, row) -> rs.getTimestamp(1)).optional().map(Timestamp::toInstant).orElse(null);
        }
        return Optional.ofNullable(firstRecordedStart);
    }

    private static String text(Object value) {
        return value instanceof String text ? text : null;
    }

    /** Records the streets a county's case fans out over, as the step that determined them found them. */
    public void recordStreets(DelegateExecution execution, Collection<String> streetCodes) {
        recordStreets(of(execution), streetCodes);
    }

    private void recordStreets(Case recorded, Collection<String> streetCodes) {
        List<String[]> rows = streetCodes.stream().map(street -> new String[] {recorded.processInstanceId(), street})
                .toList();
        open().ifPresentOrElse(o -> {
            o.streets.addAll(rows);
            rows.forEach(row -> o.knownStreets.add(row[0] + "/" + row[1]));
        }, () -> insertStreets(rows));
    }

    /** The streets recorded for the execution's case, in code order. */
    public List<String> streets(DelegateExecution execution) {
        String id = execution.getProcessInstanceId();
        Set<String> streets = new TreeSet<>(jdbc.sql("select street_code from process_case_street "
                + "where process_instance_id = :id").param("id", id).query(String.class).list());
        open().ifPresent(o -> o.streets.stream().filter(row -> row[0].equals(id)).forEach(row -> streets.add(row[1])));
        return new ArrayList<>(streets);
    }

    /**
     * The street the execution acts for: the case's own street, or, in a branch per street of a county's case, the
     * branch's loop element {@value #STREET_ELEMENT}, which must be one of the streets recorded for the case.
     * Anything else is an error, never a route.
     */
    public String street(DelegateExecution execution) {
        Case recorded = of(execution);
        if (recorded.streetCode() != null) {
            return recorded.streetCode();
        }
        Object element = execution.getVariable(STREET_ELEMENT);
        if (!(element instanceof String street) || !isRecordedStreet(recorded.processInstanceId(), street)) {
            throw new IllegalStateException("street '" + element + "' is not one recorded for the case of "
                    + recorded.processKey() + " " + recorded.processInstanceId());
        }
        return street;
    }

    private boolean isRecordedStreet(String processInstanceId, String street) {
        String key = processInstanceId + "/" + street;
        Optional<Open> open = open();
        if (open.map(o -> o.knownStreets.contains(key)).orElse(false)) {
            return true;
        }
        boolean recorded = jdbc.sql("select count(*) from process_case_street where process_instance_id = :id "
                        + "and street_code = :street")
                .param("id", processInstanceId).param("street", street).query(Long.class).single() > 0;
        if (recorded) {
            open.ifPresent(o -> o.knownStreets.add(key));
        }
        return recorded;
    }

    private void insertCases(List<Case> cases) {
        jdbcTemplate.batchUpdate("""
                insert into process_case (process_instance_id, process_key, business_key, county_code, street_code,
                  community_code, worker_id, request, started_by, started_at, from_history)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", cases, cases.size(), (statement, c) -> {
            statement.setString(1, c.processInstanceId());
            statement.setString(2, c.processKey());
            statement.setString(3, c.businessKey());
            statement.setString(4, c.countyCode());
            statement.setString(5, c.streetCode());
            statement.setString(6, c.communityCode());
            statement.setString(7, c.workerId());
            statement.setString(8, write(c.request()));
            statement.setString(9, c.startedBy());
            statement.setTimestamp(10, Timestamp.from(c.startedAt()));
            statement.setBoolean(11, c.fromHistory());
        });
    }

    /**
     * Tells the audit that the execution's instance touched a worker other than the one its case is about (a worker it
     * hired, a secretary it reviewed): the worker's audit then lists the instance. Written with the case, once.
     */
    public void touch(DelegateExecution execution, String workerId) {
        String id = execution.getProcessInstanceId();
        Optional<Open> open = open();
        if (open.isPresent()) {
            open.get().touched.add(List.of(id, workerId));
        } else {
            insertTouched(Set.of(List.of(id, workerId)));
        }
    }

    private void insertTouched(Collection<List<String>> rows) {
        jdbcTemplate.batchUpdate("""
                insert into process_case_worker (process_instance_id, worker_id)
                select ?, ? where not exists (select 1 from process_case_worker
                                               where process_instance_id = ? and worker_id = ?)""",
                rows, rows.size(), (statement, row) -> {
                    statement.setString(1, row.get(0));
                    statement.setString(2, row.get(1));
                    statement.setString(3, row.get(0));
                    statement.setString(4, row.get(1));
                });
    }

    private void insertStreets(List<String[]> rows) {
        jdbcTemplate.batchUpdate("insert into process_case_street (process_instance_id, street_code) values (?, ?)",
                rows, rows.size(), (statement, row) -> {
                    statement.setString(1, row[0]);
                    statement.setString(2, row[1]);
                });
    }

    private static String write(Map<String, Object> request) {
        try {
            return JSON.writeValueAsString(request);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("a request must be texts, numbers and booleans: " + request, e);
        }
    }

    private static Map<String, Object> read(String request) {
        try {
            return Collections.unmodifiableMap(JSON.readValue(request, REQUEST));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a recorded request is not JSON: " + request, e);
        }
    }

    /**
     * What this transaction recorded and read, or empty outside a transaction (then a record is written at once).
     * Bound to the transaction as a resource of its own: a transaction started inside another one (which suspends
     * the outer one's synchronizations) has its own.
     */
    private Optional<Open> open() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return Optional.empty();
        }
        if (TransactionSynchronizationManager.getResource(this) instanceof Open open) {
            return Optional.of(open);
        }
        Open open = new Open();
        TransactionSynchronizationManager.bindResource(this, open);
        TransactionSynchronizationManager.registerSynchronization(open);
        return Optional.of(open);
    }

    /**
     * The cases and streets recorded in one transaction, written just before it commits; the cases it read; and the
     * cases prepared for instances the system is about to start.
     */
    private final class Open implements TransactionSynchronization {

        /** Recorded in this transaction, to be written. */
        final Map<String, Case> cases = new LinkedHashMap<>();
        /** Streets recorded in this transaction, to be written: {process instance id, street}. */
        final List<String[]> streets = new ArrayList<>();
        /** Read from the database in this transaction. */
        final Map<String, Case> read = new HashMap<>();
        /** Prepared for an instance about to start, by process key and business key. */
        final Map<String, Case> prepared = new HashMap<>();
        /** "process instance id/street" known to be recorded: written before, or recorded in this transaction. */
        final Set<String> knownStreets = new HashSet<>();
        /** Workers touched in this transaction, to be written: {process instance id, worker}. */
        final Set<List<String>> touched = new LinkedHashSet<>();

        @Override
        public void suspend() {
            TransactionSynchronizationManager.unbindResource(Cases.this);
        }

        @Override
        public void resume() {
            TransactionSynchronizationManager.bindResource(Cases.this, this);
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(Cases.this);
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            if (!cases.isEmpty()) {
                insertCases(new ArrayList<>(cases.values()));
            }
            if (!streets.isEmpty()) {
                insertStreets(streets);
            }
            if (!touched.isEmpty()) {
                insertTouched(touched);
            }
        }
    }
}
