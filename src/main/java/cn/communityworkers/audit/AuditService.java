package cn.communityworkers.audit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstanceQuery;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.web.ErrorResponseException;

import com.fasterxml.jackson.databind.JsonNode;

import cn.communityworkers.system.ClockConfiguration;
import cn.communityworkers.system.CurrentUser;
import cn.communityworkers.system.ForbiddenException;
import cn.communityworkers.system.NotFoundException;
import cn.communityworkers.system.SystemActions;

/**
 * What the auditors (and administrators, nobody else) read: process instances found by process, worker, user and
 * dates, the trail of one instance with its seal, the processes and registry changes of one worker. Reads only
 * (the verification of the seals: {@link VerificationController}).
 */
@Service
class AuditService {

    static final int PAGE_SIZE = 50;
    private static final Logger LOG = LoggerFactory.getLogger(AuditService.class);

    private final HistoryService historyService;
    private final RepositoryService repositoryService;
    private final TrailBuilder trails;
    private final Seals seals;
    private final SystemActions system;
    private final CurrentUser currentUser;
    private final JdbcTemplate jdbc;
    private final CaseFacts cases;
    private final Outcomes outcomes;
    private final Readable readable;

    AuditService(HistoryService historyService, RepositoryService repositoryService, TrailBuilder trails, Seals seals,
            SystemActions system, CurrentUser currentUser, JdbcTemplate jdbc, CaseFacts cases, Outcomes outcomes,
            Readable readable) {
        this.cases = cases;
        this.outcomes = outcomes;
        this.readable = readable;
        this.historyService = historyService;
        this.repositoryService = repositoryService;
        this.trails = trails;
        this.seals = seals;
        this.system = system;
        this.currentUser = currentUser;
        this.jdbc = jdbc;
    }

    void requireAuditor() {
        if (!(currentUser.isAuditor() || currentUser.groups().contains(Groups.CAMUNDA_ADMIN))) {
            throw new ForbiddenException("只有审计人员和管理员可以查阅审计记录");
        }
    }

    /** An instance in a list: with the worker its case is about, and its outcome (see {@link Outcomes}). */
    record InstanceSummary(String id, String processDefinitionKey, String processDefinitionName,
            Integer processDefinitionVersion, String businessKey, String state, String startTime, String endTime,
            String startUserId, String startedBy, boolean sealed, String workerId, String workerName,
            Outcomes.Outcome outcome) {
    }

    record Page(int page, int size, long total, List<InstanceSummary> items) {
    }

    /**
     * Finished and running instances, newest first; {@code from}/{@code to} bound the start date (China time);
     * {@code worker} is a worker's id or name (every worker of that name).
     */
    Page instances(String processKey, String workerId, String worker, String user, LocalDate from, LocalDate to,
            int page) {
        requireAuditor();
        record Found(long total, List<HistoricProcessInstance> instances) {
        }
        Found found = system.run(() -> {
            Set<String> ids = null;
            if (workerId != null && !workerId.isBlank()) {
                ids = cases.instancesOfWorker(workerId);
            }
            if (worker != null && !worker.isBlank()) {
                Set<String> ofWorker = new LinkedHashSet<>();
                for (String id : jdbc.queryForList("select worker_id from worker where worker_id = ? or name = ?",
                        String.class, worker.strip(), worker.strip())) {
                    ofWorker.addAll(cases.instancesOfWorker(id));
                }
                if (ids != null) {
                    ofWorker.retainAll(ids);
                }
                ids = ofWorker;
            }
            if (user != null && !user.isBlank()) {
                Set<String> ofUser = instancesOfUser(user);
                if (ids != null) {
                    ofUser.retainAll(ids);
                }
                ids = ofUser;
            }
            if (ids != null && ids.isEmpty()) {
                return new Found(0, List.of());
            }
            HistoricProcessInstanceQuery query = historyService.createHistoricProcessInstanceQuery();
            if (ids != null) {
                query.processInstanceIds(ids);
            }
            if (processKey != null && !processKey.isBlank()) {
                query.processDefinitionKey(processKey);
            }
            if (from != null) {
                query.startedAfter(Date.from(from.atStartOfDay(ClockConfiguration.CHINA).toInstant()));
            }
            if (to != null) {
                query.startedBefore(Date.from(to.plusDays(1).atStartOfDay(ClockConfiguration.CHINA).toInstant()));
            }
            long total = query.count();
            return new Found(total, query.orderByProcessInstanceStartTime().desc().listPage(page * PAGE_SIZE, PAGE_SIZE));
        });
        return new Page(page, PAGE_SIZE, found.total(), summaries(found.instances()));
    }

    private List<InstanceSummary> summaries(List<HistoricProcessInstance> instances) {
        Map<String, CaseFacts.Fact> facts = cases.of(instances.stream().map(HistoricProcessInstance::getId).toList());
        Map<String, String> starters = outcomes.userNames(instances.stream().map(HistoricProcessInstance::getStartUserId)
                .filter(Objects::nonNull).distinct().toList());
        return instances.stream().map(instance -> {
            CaseFacts.Fact fact = facts.get(instance.getId());
            return new InstanceSummary(instance.getId(), instance.getProcessDefinitionKey(),
                    instance.getProcessDefinitionName(), instance.getProcessDefinitionVersion(), instance.getBusinessKey(),
                    instance.getState(), TrailBuilder.time(instance.getStartTime()), TrailBuilder.time(instance.getEndTime()),
                    instance.getStartUserId(), starters.get(instance.getStartUserId()), seals.of(instance.getId()).isPresent(),
                    fact == null ? null : fact.workerId(), fact == null ? null : fact.workerName(), outcomes.of(instance));
        }).toList();
    }

    /** Every instance a user started, was assigned a task of, or operated on (completed, claimed, ...). */
    private Set<String> instancesOfUser(String userId) {
        Set<String> ids = new LinkedHashSet<>();
        historyService.createHistoricProcessInstanceQuery().startedBy(userId).list().forEach(i -> ids.add(i.getId()));
        historyService.createHistoricTaskInstanceQuery().taskAssignee(userId).list()
                .forEach(t -> ids.add(t.getProcessInstanceId()));
        for (UserOperationLogEntry entry : historyService.createUserOperationLogQuery().userId(userId).list()) {
            if (entry.getProcessInstanceId() != null) {
                ids.add(entry.getProcessInstanceId());
            }
        }
        ids.remove(null);
        return ids;
    }

    /**
     * The trail of an instance (from history, or from its seal once the history is gone or cannot be read) with its
     * seal's status. An instance without a seal whose trail cannot be built is answered as a server error that says
     * why (it is named by verify as well).
     */
    TrailView trail(String processInstanceId) {
        requireAuditor();
        Seals.Seal seal = seals.of(processInstanceId).orElse(null);
        Trail trail;
        try {
            trail = trails.build(processInstanceId);
        } catch (RuntimeException unreadable) {
            LOG.warn("the trail of process instance {} cannot be built: {}", processInstanceId, unreadable.toString());
            if (seal == null) {
                ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                        "流程实例" + processInstanceId + "的审计记录无法由其历史记录生成,且尚无封存记录可代替:" + unreadable);
                problem.setTitle("Trail cannot be built");
                problem.setType(URI.create("/problems/500"));
                throw new ErrorResponseException(HttpStatus.INTERNAL_SERVER_ERROR, problem, unreadable);
            }
            return readable(new TrailView("SEAL", Canonical.tree(seal.trail()),
                    SealView.of(seals.unverifiable(seal, unreadable)), null, null));
        }
        if (trail == null && seal == null) {
            throw new NotFoundException("流程实例", processInstanceId);
        }
        JsonNode json = trail != null ? Canonical.tree(Canonical.json(trail)) : Canonical.tree(seal.trail());
        return readable(new TrailView(trail != null ? "HISTORY" : "SEAL", json,
                seal == null ? null : SealView.of(seals.compare(seal, trail)), null, null));
    }

    /**
     * The trail as recorded (and sealed), with what the page shows it with: the glossary of its labels and names and
     * the case's outcome. An instance whose history is gone (answered from its seal) has neither.
     */
    record TrailView(String source, JsonNode trail, SealView seal, Readable.Glossary labels, Outcomes.Outcome outcome) {
    }

    private TrailView readable(TrailView view) {
        String id = view.trail().path("processInstanceId").asText();
        try {
            HistoricProcessInstance instance = historic(id);
            return instance == null ? view : new TrailView(view.source(), view.trail(), view.seal(),
                    readable.glossary(instance.getProcessDefinitionId(), view.trail()), outcomes.of(instance));
        } catch (RuntimeException unreadable) {
            // The trail (from its seal, if need be) is answered all the same: the labels are only its reading aid.
            LOG.warn("no labels for the trail of process instance {}: {}", id, unreadable.toString());
            return view;
        }
    }

    private HistoricProcessInstance historic(String processInstanceId) {
        return system.run(() -> historyService.createHistoricProcessInstanceQuery().processInstanceId(processInstanceId)
                .singleResult());
    }

    /** The approval sheet (审批单) of an instance: its request, every opinion with person, unit, time and decision. */
    Readable.Sheet sheet(String processInstanceId) {
        TrailView view = trail(processInstanceId);
        HistoricProcessInstance instance = historic(processInstanceId);
        if (instance == null) {
            throw new NotFoundException("流程实例的历史记录", processInstanceId);
        }
        return readable.sheet(instance.getProcessDefinitionId(), view.trail(),
                cases.of(List.of(processInstanceId)).get(processInstanceId), view.outcome());
    }

    record SealView(long seq, String sealedAt, String trailHash, String prevHash, String sealHash, Seals.Status status,
            String detail) {

        static SealView of(Seals.Check check) {
            Seals.Seal seal = check.seal();
            return new SealView(seal.seq(), TrailBuilder.time(Date.from(seal.sealedAt())), seal.trailHash(),
                    seal.prevHash(), seal.sealHash(), check.status(), check.detail());
        }
    }

    /** The BPMN XML of the process an instance ran (404 when the instance or its deployed model is unknown). */
    String diagram(String processInstanceId) {
        requireAuditor();
        // Refused outside the engine's commands, which would log a refusal as an error.
        HistoricProcessInstance instance = system.run(() -> historyService.createHistoricProcessInstanceQuery()
                .processInstanceId(processInstanceId).singleResult());
        if (instance == null) {
            throw new NotFoundException("流程实例", processInstanceId);
        }
        String definitionId = instance.getProcessDefinitionId();
        if (system.run(() -> repositoryService.createProcessDefinitionQuery().processDefinitionId(definitionId).count()) == 0) {
            // Its deployment was deleted (the history was kept): the trail remains, the model is gone.
            throw new NotFoundException("已部署的流程模型", definitionId);
        }
        return system.run(() -> {
            try (InputStream xml = repositoryService.getProcessModel(definitionId)) {
                return new String(xml.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    record WorkerAudit(String workerId, String name, List<InstanceSummary> processes, List<Map<String, Object>> changes) {
    }

    /** Every process that touched a worker and every change of the worker's registry entry, linked to both. */
    WorkerAudit worker(String workerId) {
        requireAuditor();
        Integer known = jdbc.queryForObject("select count(*) from worker where worker_id = ?", Integer.class, workerId);
        if (known == null || known == 0) {
            throw new NotFoundException("社区工作者", workerId);
        }
        List<InstanceSummary> processes = summaries(system.run(() -> {
            Set<String> ids = cases.instancesOfWorker(workerId);
            return ids.isEmpty() ? List.<HistoricProcessInstance>of() : historyService.createHistoricProcessInstanceQuery()
                    .processInstanceIds(ids).orderByProcessInstanceStartTime().asc().list();
        }));
        List<Map<String, Object>> changes = new ArrayList<>();
        for (Map<String, Object> row : jdbc.queryForList("select id, attribute, old_value, new_value, effective_date,"
                + " reason, process_instance_id, decision_instance_id, details, changed_by, changed_at"
                + " from worker_change where worker_id = ? order by id", workerId)) {
            Map<String, Object> change = new LinkedHashMap<>();
            row.forEach((column, value) -> change.put(camel(column), value instanceof Timestamp at
                    ? TrailBuilder.time(at) : value instanceof java.sql.Date date ? date.toLocalDate().toString() : value));
            Object instance = row.get("process_instance_id");
            if (instance != null) {
                change.put("trail", "/api/audit/process-instances/" + instance);
                change.put("decisions", decisionsBehind((String) instance, (String) row.get("decision_instance_id"),
                        (Timestamp) row.get("changed_at")));
            }
            changes.add(change);
        }
        return new WorkerAudit(workerId, jdbc.queryForObject("select name from worker where worker_id = ?", String.class,
                workerId), processes, changes);
    }

    record DecisionLink(String id, String decisionKey, String decisionName, String evaluationTime) {
    }

    /**
     * The decisions behind a change: the one the change names, or else those its process instance had evaluated by
     * the time of the change (the registry records the instance; its decisions are in the instance's trail).
     */
    private List<DecisionLink> decisionsBehind(String processInstanceId, String decisionInstanceId, Timestamp at) {
        return system.run(() -> {
            var query = historyService.createHistoricDecisionInstanceQuery();
            if (decisionInstanceId != null) {
                query.decisionInstanceId(decisionInstanceId);
            } else {
                query.processInstanceId(processInstanceId).evaluatedBefore(new Date(at.getTime() + 1));
            }
            return query.orderByEvaluationTime().asc().list().stream()
                    .map(d -> new DecisionLink(d.getId(), d.getDecisionDefinitionKey(), d.getDecisionDefinitionName(),
                            TrailBuilder.time(d.getEvaluationTime())))
                    .toList();
        });
    }

    private static String camel(String column) {
        StringBuilder name = new StringBuilder();
        boolean upper = false;
        for (char c : column.toLowerCase().toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                name.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return name.toString();
    }
}
