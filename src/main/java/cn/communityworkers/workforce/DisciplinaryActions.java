package cn.communityworkers.workforce;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.communityworkers.system.CurrentUser;
import cn.communityworkers.system.SystemActions;

/**
 * The disciplinary actions on file (table {@code disciplinary_action}) and their periods of effect. How long an action
 * of a type has effect is the decision {@value #EFFECT_DECISION} (output {@value #MONTHS_OF_EFFECT}), which the
 * annual rating requires too: an action has effect from the day it was decided up to, not including, the day its
 * period ends (decided + months, 《公职人员政务处分法》第八条: 处分期间自处分决定生效之日起计算).
 */
@Component
public class DisciplinaryActions {

    /** The decision giving a type's period of effect and its effect on the year's rating. */
    public static final String EFFECT_DECISION = "disciplinaryActionEffect";
    /** Its input: the action's type (null: no action). */
    public static final String ACTION_TYPE = "disciplinaryActionType";
    /** Its output: months of effect. */
    public static final String MONTHS_OF_EFFECT = "monthsOfEffect";
    static final int MAX_DECIDED_BY = 100;
    static final int MAX_REASON = 400;

    /** An action on file, with its period of effect: in effect on {@code decidedOn} up to the day before {@code effectEnds}. */
    public record Action(long id, String workerId, DisciplinaryActionType type, LocalDate decidedOn, String decidedBy,
            String reason, LocalDate effectEnds) {

        /** In effect on any day from {@code from} to {@code to} (both included). */
        public boolean inEffectBetween(LocalDate from, LocalDate to) {
            return !decidedOn.isAfter(to) && effectEnds.isAfter(from);
        }
    }

    private final JdbcClient jdbc;
    private final ChangeLog changes;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final RepositoryService repositoryService;
    private final SystemActions systemActions;
    /** A DMN engine of its own, without the process engine's history: reading a period records nothing. */
    private final DmnEngine dmnEngine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    /** The decision as parsed, by decision definition id (a new deployment has a new id). */
    private final Map<String, DmnDecision> parsed = new ConcurrentHashMap<>();

    DisciplinaryActions(JdbcClient jdbc, ChangeLog changes, CurrentUser currentUser, Clock clock,
            RepositoryService repositoryService, SystemActions systemActions) {
        this.jdbc = jdbc;
        this.changes = changes;
        this.currentUser = currentUser;
        this.clock = clock;
        this.repositoryService = repositoryService;
        this.systemActions = systemActions;
    }

    /** Puts an action on file, recorded by the current user, with a DISCIPLINARY_ACTION change effective the day decided. */
    void add(String workerId, WorkerRecord.Action action) {
        jdbc.sql("""
                insert into disciplinary_action (worker_id, action_type, decided_on, decided_by, reason, recorded_by,
                  recorded_at)
                values (:worker, :type, :decided, :by, :reason, :recordedBy, :at)""")
                .param("worker", workerId).param("type", action.type().name()).param("decided", action.decidedOn())
                .param("by", action.decidedBy()).param("reason", action.reason())
                .param("recordedBy", currentUser.userId()).param("at", Timestamp.from(Instant.now(clock))).update();
        changes.record(workerId, ChangeAttribute.DISCIPLINARY_ACTION, null, action.type(), action.decidedOn(),
                ChangeLog.Ground.of(action.decidedBy() + "决定给予" + action.type().label() + "处分:" + action.reason()));
    }

    boolean exists(String workerId, DisciplinaryActionType type, LocalDate decidedOn) {
        return jdbc.sql("""
                select count(*) from disciplinary_action
                 where worker_id = :worker and action_type = :type and decided_on = :decided""")
                .param("worker", workerId).param("type", type.name()).param("decided", decidedOn)
                .query(Integer.class).single() > 0;
    }

    /** A worker's actions, oldest first, each with its period of effect. */
    public List<Action> of(String workerId) {
        return ofWorkers(List.of(workerId)).getOrDefault(workerId, List.of());
    }

    /** The actions of several workers (one query), each with its period of effect. */
    public Map<String, List<Action>> ofWorkers(Collection<String> workerIds) {
        Map<String, List<Action>> byWorker = new HashMap<>();
        if (workerIds.isEmpty()) {
            return byWorker;
        }
        Map<DisciplinaryActionType, Integer> months = new EnumMap<>(DisciplinaryActionType.class);
        jdbc.sql("""
                select id, worker_id, action_type, decided_on, decided_by, reason from disciplinary_action
                 where worker_id in (:workers) order by decided_on, id""")
                .param("workers", workerIds)
                .query((rs, row) -> {
                    DisciplinaryActionType type = DisciplinaryActionType.valueOf(rs.getString(3));
                    LocalDate decided = rs.getObject(4, LocalDate.class);
                    return new Action(rs.getLong(1), rs.getString(2), type, decided, rs.getString(5), rs.getString(6),
                            decided.plusMonths(months.computeIfAbsent(type, this::monthsOfEffect)));
                }).list()
                .forEach(action -> byWorker.computeIfAbsent(action.workerId(), id -> new java.util.ArrayList<>()).add(action));
        return byWorker;
    }

    /** The strongest (by type) of the actions in effect on any day from {@code from} to {@code to}. */
    public static Optional<Action> strongestBetween(List<Action> actions, LocalDate from, LocalDate to) {
        return actions.stream().filter(action -> action.inEffectBetween(from, to))
                .max(Comparator.comparing(Action::type).thenComparing(Action::decidedOn));
    }

    /**
     * Months of effect of a type, from the latest deployed version of the decision {@value #EFFECT_DECISION}, evaluated
     * outside the process engine: showing a worker (even to an auditor, who changes nothing) records no decision
     * instance.
     */
    private int monthsOfEffect(DisciplinaryActionType type) {
        DecisionDefinition definition = systemActions.run(() -> repositoryService.createDecisionDefinitionQuery()
                .decisionDefinitionKey(EFFECT_DECISION).latestVersion().singleResult());
        DmnDecision decision = parsed.computeIfAbsent(definition.getId(), id -> dmnEngine.parseDecision(EFFECT_DECISION,
                systemActions.run(() -> repositoryService.getDecisionModel(id))));
        Number months = dmnEngine.evaluateDecision(decision, Variables.createVariables().putValue(ACTION_TYPE,
                type.name())).getSingleResult().getEntry(MONTHS_OF_EFFECT);
        return months.intValue();
    }
}
