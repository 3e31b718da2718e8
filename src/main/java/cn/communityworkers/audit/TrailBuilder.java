package cn.communityworkers.audit;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricDecisionInputInstance;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.history.HistoricDecisionOutputInstance;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricIncident;
import org.camunda.bpm.engine.history.HistoricJobLog;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.impl.history.event.HistoricDecisionInputInstanceEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricDecisionOutputInstanceEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricDetailEventEntity;
import org.camunda.bpm.engine.impl.persistence.entity.HistoricDetailVariableInstanceUpdateEntity;
import org.camunda.bpm.engine.impl.persistence.entity.HistoricVariableInstanceEntity;
import org.camunda.bpm.engine.impl.variable.serializer.ValueFields;
import org.camunda.bpm.engine.task.Comment;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import cn.communityworkers.audit.Trail.Kind;
import cn.communityworkers.system.SystemActions;

/**
 * Reads the trail of any process instance from the engine's history, whatever its process: the steps in time order,
 * the people (who started, claimed, completed, operated), the values each wrote, the decisions with their inputs,
 * matched rules and outputs, the overrides with their reasons, incidents, failed jobs and comments. It reads as the
 * system, so that the trail is the same for whoever asks (the caller's access is checked before). Values are read as
 * stored, never deserialized into Java objects (see {@link #json(TypedValue)}), so that no value can stop a trail.
 */
@Component
class TrailBuilder {

    static final String OVERRIDE_REASON = "overrideReason";
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSXXX").withZone(ZoneId.of("Asia/Shanghai"));
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HistoryService historyService;
    private final TaskService taskService;
    private final SystemActions system;

    TrailBuilder(HistoryService historyService, TaskService taskService, SystemActions system) {
        this.historyService = historyService;
        this.taskService = taskService;
        this.system = system;
    }

    /** The trail, or null when the engine has no history of the instance. */
    Trail build(String processInstanceId) {
        return system.run(() -> read(processInstanceId));
    }

    private Trail read(String id) {
        HistoricProcessInstance instance = historyService.createHistoricProcessInstanceQuery()
                .processInstanceId(id).singleResult();
        if (instance == null) {
            return null;
        }
        Map<String, StepBuilder> byActivityInstance = new HashMap<>();
        Map<String, StepBuilder> byTask = new HashMap<>();
        List<StepBuilder> steps = new ArrayList<>();

        StepBuilder start = new StepBuilder(instance.getStartTime(), Kind.START, id);
        start.activityId = instance.getStartActivityId();
        start.actor = instance.getStartUserId();
        steps.add(start);

        Map<String, HistoricTaskInstance> tasks = new HashMap<>();
        historyService.createHistoricTaskInstanceQuery().processInstanceId(id).list()
                .forEach(task -> tasks.put(task.getId(), task));
        for (HistoricActivityInstance activity : historyService.createHistoricActivityInstanceQuery()
                .processInstanceId(id).list()) {
            boolean theStart = "startEvent".equals(activity.getActivityType())
                    && id.equals(activity.getParentActivityInstanceId())
                    && activity.getActivityId().equals(instance.getStartActivityId());
            StepBuilder step = theStart ? start
                    : new StepBuilder(activity.getStartTime(), activity.getTaskId() != null ? Kind.TASK : Kind.ACTIVITY,
                            activity.getId());
            step.activityId = activity.getActivityId();
            step.activityType = activity.getActivityType();
            step.name = activity.getActivityName();
            step.endTime = activity.getEndTime();
            step.canceled = activity.isCanceled() ? Boolean.TRUE : null;
            byActivityInstance.put(activity.getId(), step);
            if (!theStart) {
                steps.add(step);
            }
            if (activity.getTaskId() != null) {
                HistoricTaskInstance task = tasks.get(activity.getTaskId());
                step.taskId = activity.getTaskId();
                step.assignee = task == null ? activity.getAssignee() : task.getAssignee();
                step.candidateGroups = TaskCandidates.groups(historyService, activity.getTaskId());
                byTask.put(activity.getTaskId(), step);
            }
        }

        Map<String, StepBuilder> byOperation = operations(id, start, byTask, steps);
        List<HistoricVariableInstance> variables = new ArrayList<>(historyService.createHistoricVariableInstanceQuery()
                .processInstanceIdIn(id).disableCustomObjectDeserialization().list());
        values(id, variables, byOperation, byTask, byActivityInstance, steps);
        decisions(id, byActivityInstance, steps);
        for (HistoricIncident incident : historyService.createHistoricIncidentQuery().processInstanceId(id).list()) {
            StepBuilder step = new StepBuilder(incident.getCreateTime(), Kind.INCIDENT, incident.getId());
            step.activityId = incident.getActivityId();
            step.endTime = incident.getEndTime();
            step.message = incident.getIncidentType() + ": " + incident.getIncidentMessage();
            steps.add(step);
        }
        for (HistoricJobLog failure : historyService.createHistoricJobLogQuery().processInstanceId(id).failureLog().list()) {
            StepBuilder step = new StepBuilder(failure.getTimestamp(), Kind.JOB_FAILURE, failure.getId());
            step.activityId = failure.getActivityId();
            step.message = failure.getJobExceptionMessage();
            steps.add(step);
        }
        for (Comment comment : taskService.getProcessInstanceComments(id)) {
            StepBuilder step = new StepBuilder(comment.getTime(), Kind.COMMENT, comment.getId());
            step.actor = comment.getUserId();
            step.taskId = comment.getTaskId();
            step.message = comment.getFullMessage();
            steps.add(step);
        }

        Map<String, JsonNode> finalVariables = new TreeMap<>();
        variables.sort(Comparator.comparing(HistoricVariableInstance::getCreateTime).thenComparing(HistoricVariableInstance::getId));
        for (HistoricVariableInstance variable : variables) {
            String scope = variable.getActivityInstanceId();
            String key = scope == null || scope.equals(id) ? variable.getName() : variable.getName() + "@" + scope;
            finalVariables.put(key, value(variable));
        }

        List<Trail.Step> ordered = steps.stream().map(StepBuilder::build)
                .sorted(Comparator.comparing(Trail.Step::time).thenComparing(Trail.Step::kind).thenComparing(Trail.Step::id))
                .toList();
        return new Trail(id, instance.getProcessDefinitionKey(), instance.getProcessDefinitionName(),
                instance.getProcessDefinitionVersion(), instance.getBusinessKey(), instance.getState(),
                time(instance.getStartTime()), time(instance.getEndTime()), instance.getStartUserId(),
                instance.getDeleteReason(), instance.getSuperProcessInstanceId(), ordered, finalVariables);
    }

    /**
     * The user operations, one per operation id: a completion names the completer of its task, the start's creation
     * its author; any other operation is a step of its own. Returns the step of each operation id.
     */
    private Map<String, StepBuilder> operations(String id, StepBuilder start, Map<String, StepBuilder> byTask,
            List<StepBuilder> steps) {
        Map<String, List<UserOperationLogEntry>> grouped = new LinkedHashMap<>();
        List<UserOperationLogEntry> entries = new ArrayList<>(historyService.createUserOperationLogQuery()
                .processInstanceId(id).list());
        entries.sort(Comparator.comparing(UserOperationLogEntry::getTimestamp).thenComparing(UserOperationLogEntry::getId));
        entries.forEach(entry -> grouped.computeIfAbsent(entry.getOperationId(), k -> new ArrayList<>()).add(entry));
        Map<String, StepBuilder> byOperation = new HashMap<>();
        grouped.forEach((operationId, group) -> {
            UserOperationLogEntry first = group.get(0);
            StepBuilder task = first.getTaskId() == null ? null : byTask.get(first.getTaskId());
            StepBuilder step;
            if (task != null && UserOperationLogEntry.OPERATION_TYPE_COMPLETE.equals(first.getOperationType())) {
                task.completedBy = first.getUserId();
                step = task;
            } else if (UserOperationLogEntry.OPERATION_TYPE_CREATE.equals(first.getOperationType())
                    && "ProcessInstance".equals(first.getEntityType())) {
                start.actor = first.getUserId();
                step = start;
            } else {
                step = new StepBuilder(first.getTimestamp(), Kind.OPERATION, operationId);
                step.actor = first.getUserId();
                step.taskId = first.getTaskId();
                step.operationType = first.getOperationType();
                step.entityType = first.getEntityType();
                step.changes = new TreeMap<>();
                for (UserOperationLogEntry entry : group) {
                    if (entry.getProperty() != null) {
                        step.changes.put(entry.getProperty(), Arrays.asList(entry.getOrgValue(), entry.getNewValue()));
                    }
                }
                steps.add(step);
            }
            byOperation.put(operationId, step);
        });
        return byOperation;
    }

    /**
     * Every variable written, with its step: what a person submitted with the start, a task completion or another
     * operation ({@code values} of that step); what the system wrote in an activity ({@code values} of the activity);
     * what the system prepared for a task ({@code prepared} of the task); anything else goes with the activity that
     * most likely wrote it as it ended (a decision's result mapped to variables) or the one running (a message's
     * variables): at the engine's millisecond resolution this is a best guess, the value and its time are exact.
     * The writes are the history's detail rows, and the creation of each variable that has none: a name the system
     * gave to the start, which its historic variable instance tells exactly ({@link StartNamesHistory}).
     */
    private void values(String id, List<HistoricVariableInstance> variables, Map<String, StepBuilder> byOperation,
            Map<String, StepBuilder> byTask, Map<String, StepBuilder> byActivityInstance, List<StepBuilder> steps) {
        List<StepBuilder> latestFirst = steps.stream().filter(step -> step.kind == Kind.ACTIVITY || step.kind == Kind.START)
                .sorted(Comparator.comparing((StepBuilder step) -> step.time).thenComparing(step -> step.id).reversed())
                .toList();
        Map<String, StepBuilder> systemWrites = new HashMap<>();
        List<Write> writes = new ArrayList<>();
        Set<String> withDetails = new HashSet<>();
        for (HistoricDetail detail : historyService.createHistoricDetailQuery().processInstanceId(id)
                .variableUpdates().disableCustomObjectDeserialization().list()) {
            HistoricVariableUpdate update = (HistoricVariableUpdate) detail;
            withDetails.add(update.getVariableInstanceId());
            writes.add(new Write(detail.getId(), detail.getTime(),
                    detail instanceof HistoricDetailEventEntity event ? event.getSequenceCounter() : 0,
                    detail.getActivityInstanceId(), detail.getUserOperationId(), detail.getTaskId(),
                    update.getVariableName(), value(update)));
        }
        for (HistoricVariableInstance variable : variables) {
            if (!withDetails.contains(variable.getId())) {
                writes.add(new Write(variable.getId(), variable.getCreateTime(), 1, variable.getActivityInstanceId(),
                        null, variable.getTaskId(), variable.getName(), value(variable)));
            }
        }
        // In the order written; writes of the same moment in the same order every time (the seal depends on it).
        writes.sort(Comparator.comparing(Write::time).thenComparingLong(Write::sequence).thenComparing(Write::id));
        for (Write write : writes) {
            Date time = write.time();
            StepBuilder own = byActivityInstance.get(write.activityInstanceId());
            StepBuilder operation = write.operationId() == null ? null : byOperation.get(write.operationId());
            StepBuilder step;
            boolean submitted = false;
            if (own != null && own.kind == Kind.ACTIVITY) {
                step = own;
            } else if (operation != null && (operation.kind == Kind.OPERATION || within(operation, time))) {
                step = operation;
                submitted = true;
            } else if (write.taskId() != null && byTask.containsKey(write.taskId())) {
                step = byTask.get(write.taskId());
            } else if (own != null && within(own, time)) {
                step = own;
            } else {
                step = writerAt(latestFirst, time);
            }
            if (step == null) {
                step = systemWrites.computeIfAbsent(write.activityInstanceId() + "@" + time.getTime(), k -> {
                    StepBuilder written = new StepBuilder(time, Kind.VALUES, write.id());
                    steps.add(written);
                    return written;
                });
            }
            (step.kind == Kind.TASK && !submitted ? step.prepared : step.values).put(write.name(), write.value());
        }
    }

    /** A value written: a detail row of the history, or the creation its historic variable instance tells. */
    private record Write(String id, Date time, long sequence, String activityInstanceId, String operationId,
            String taskId, String name, JsonNode value) {
    }

    /**
     * The activity that most likely wrote a value at a moment: one that ended then (output mappings are written as an
     * activity ends), else the last one started that was still running, else the last one started before.
     */
    private static StepBuilder writerAt(List<StepBuilder> latestFirst, Date time) {
        List<StepBuilder> started = latestFirst.stream().filter(activity -> !activity.time.after(time)).toList();
        return started.stream().filter(activity -> time.equals(activity.endTime)).findFirst()
                .or(() -> started.stream().filter(activity -> within(activity, time)).findFirst())
                .or(() -> started.stream().findFirst())
                .orElse(null);
    }

    private static boolean within(StepBuilder step, Date time) {
        return step.endTime == null || !time.after(step.endTime);
    }

    private void decisions(String id, Map<String, StepBuilder> byActivityInstance, List<StepBuilder> steps) {
        for (HistoricDecisionInstance decision : historyService.createHistoricDecisionInstanceQuery()
                .processInstanceId(id).includeInputs().includeOutputs().disableCustomObjectDeserialization().list()) {
            Trail.Decision evaluated = decision(decision);
            StepBuilder step = decision.getActivityInstanceId() == null ? null
                    : byActivityInstance.get(decision.getActivityInstanceId());
            if (step == null) {
                step = new StepBuilder(decision.getEvaluationTime(), Kind.DECISION, decision.getId());
                step.activityId = decision.getActivityId();
                steps.add(step);
            }
            step.decisions.add(evaluated);
        }
    }

    private Trail.Decision decision(HistoricDecisionInstance decision) {
        List<Trail.Input> inputs = decision.getInputs().stream()
                .map(input -> new Trail.Input(input.getClauseId(), input.getClauseName(), value(input)))
                .sorted(Comparator.comparing(Trail.Input::clauseId))
                .toList();
        List<Trail.Output> outputs = decision.getOutputs().stream()
                .map(output -> new Trail.Output(output.getRuleId(), output.getRuleOrder(), output.getClauseId(),
                        output.getClauseName(), output.getVariableName(), value(output)))
                .sorted(Comparator.comparing((Trail.Output o) -> o.ruleOrder() == null ? 0 : o.ruleOrder())
                        .thenComparing(o -> String.valueOf(o.ruleId())).thenComparing(o -> String.valueOf(o.clauseId())))
                .toList();
        List<String> matched = outputs.stream().map(Trail.Output::ruleId).filter(Objects::nonNull)
                .distinct().toList();
        return new Trail.Decision(decision.getId(), decision.getDecisionDefinitionKey(),
                decision.getDecisionDefinitionName(), time(decision.getEvaluationTime()),
                decision.getRootDecisionInstanceId(), inputs, matched, outputs, decision.getCollectResultValue());
    }

    /** Decisions of one step: the decisions required by another first, then the one requiring them. */
    private static List<Trail.Decision> sorted(List<Trail.Decision> decisions) {
        return decisions.stream().sorted(Comparator.comparing((Trail.Decision decision) ->
                        decision.rootDecisionInstanceId() == null || decision.rootDecisionInstanceId().equals(decision.id()))
                .thenComparing(Trail.Decision::time)
                .thenComparing(Trail.Decision::id)).toList();
    }

    static String time(Date date) {
        return date == null ? null : TIME.format(date.toInstant());
    }

    /**
     * A variable's value as JSON: JSON and other serialized objects as their JSON (as stored, never deserialized into
     * a Java class, whatever type the value names), a serialized text that is not JSON (or nested deeper than 1000,
     * Jackson's limit) as that text, dates as instants, binary as Base64. (A seal hashes this representation: it must
     * stay the same for every value.)
     */
    static JsonNode json(TypedValue typed) {
        if (typed == null) {
            return NullNode.getInstance();
        }
        if (typed instanceof SerializableValue serializable) {
            String serialized = serializable.getValueSerialized();
            if (serialized == null) {
                return NullNode.getInstance();
            }
            try {
                return JSON.readTree(serialized);
            } catch (JsonProcessingException notJson) {
                return TextNode.valueOf(serialized);
            }
        }
        Object value = typed.getValue();
        if (value instanceof Date date) {
            return TextNode.valueOf(time(date));
        }
        if (value instanceof byte[] bytes) {
            return TextNode.valueOf(Base64.getEncoder().encodeToString(bytes));
        }
        return JSON.valueToTree(value);
    }

    /** A historic variable's value, read as stored (see {@link #json(TypedValue)} and {@link #asStored}). */
    static JsonNode value(HistoricVariableInstance variable) {
        HistoricVariableInstanceEntity entity = (HistoricVariableInstanceEntity) variable;
        return stored(() -> entity.getTypedValue(false), entity.getErrorMessage(), entity.getSerializerName(), entity);
    }

    private static JsonNode value(HistoricVariableUpdate update) {
        HistoricDetailVariableInstanceUpdateEntity entity = (HistoricDetailVariableInstanceUpdateEntity) update;
        return stored(() -> entity.getTypedValue(false), entity.getErrorMessage(), entity.getSerializerName(), entity);
    }

    private static JsonNode value(HistoricDecisionInputInstance input) {
        HistoricDecisionInputInstanceEntity entity = (HistoricDecisionInputInstanceEntity) input;
        return stored(() -> entity.getTypedValue(false), entity.getErrorMessage(), entity.getSerializerName(), entity);
    }

    private static JsonNode value(HistoricDecisionOutputInstance output) {
        HistoricDecisionOutputInstanceEntity entity = (HistoricDecisionOutputInstanceEntity) output;
        return stored(() -> entity.getTypedValue(false), entity.getErrorMessage(), entity.getSerializerName(), entity);
    }

    /**
     * The value as JSON, or, when the engine cannot read it even undeserialized (it names a serializer this engine
     * does not have) or it has no JSON form (e.g. a file's stream), the columns it is stored in (see {@link #asStored}).
     */
    private static JsonNode stored(Supplier<TypedValue> undeserialized, String errorMessage, String serializerName,
            ValueFields fields) {
        if (errorMessage == null) {
            try {
                return json(undeserialized.get());
            } catch (RuntimeException unreadable) {
                // shown as stored, below
            }
        }
        return asStored(serializerName, fields);
    }

    /**
     * A value that cannot be read as JSON, as it is stored: {@code {"storedAs": serializer, "text": ..., "text2": ...,
     * "long": ..., "double": ..., "bytes": Base64}}, each column only when it has a value. The same stored value
     * always gives the same JSON, so a seal over it holds.
     */
    static ObjectNode asStored(String serializerName, ValueFields fields) {
        ObjectNode stored = JSON.createObjectNode();
        stored.put("storedAs", serializerName);
        if (fields.getTextValue() != null) {
            stored.put("text", fields.getTextValue());
        }
        if (fields.getTextValue2() != null) {
            stored.put("text2", fields.getTextValue2());
        }
        if (fields.getLongValue() != null) {
            stored.put("long", fields.getLongValue());
        }
        if (fields.getDoubleValue() != null) {
            stored.put("double", fields.getDoubleValue());
        }
        byte[] bytes = fields.getByteArrayValue();
        if (bytes != null) {
            stored.put("bytes", Base64.getEncoder().encodeToString(bytes));
        }
        return stored;
    }

    /** A step being put together from the several parts of history that tell of it. */
    private static final class StepBuilder {
        final Date time;
        final Kind kind;
        final String id;
        String activityId;
        String activityType;
        String name;
        Date endTime;
        Boolean canceled;
        String actor;
        String taskId;
        List<String> candidateGroups;
        String assignee;
        String completedBy;
        String operationType;
        String entityType;
        Map<String, List<String>> changes;
        String message;
        final Map<String, JsonNode> values = new TreeMap<>();
        final Map<String, JsonNode> prepared = new TreeMap<>();
        final List<Trail.Decision> decisions = new ArrayList<>();

        StepBuilder(Date time, Kind kind, String id) {
            this.time = time;
            this.kind = kind;
            this.id = id;
        }

        Trail.Step build() {
            String responsible = actor != null ? actor : completedBy != null ? completedBy : assignee;
            List<Trail.Override> overrides = overrides(values);
            return new Trail.Step(time(time), kind, id, activityId, activityType, name, time(endTime), canceled,
                    responsible, taskId, candidateGroups, assignee, completedBy, operationType, entityType, changes,
                    values.isEmpty() ? null : values, prepared.isEmpty() ? null : prepared,
                    decisions.isEmpty() ? null : sorted(decisions),
                    overrides.isEmpty() ? null : overrides, message);
        }
    }

    /**
     * The overrides among values written in a step: a step that writes {@value #OVERRIDE_REASON} changed a proposal
     * (the other values are what was set), and so does every entry of a list that carries its own reason.
     */
    static List<Trail.Override> overrides(Map<String, JsonNode> values) {
        List<Trail.Override> found = new ArrayList<>();
        JsonNode reason = values.get(OVERRIDE_REASON);
        if (reason != null && reason.isTextual() && !reason.asText().isBlank()) {
            Map<String, JsonNode> set = new TreeMap<>(values);
            set.remove(OVERRIDE_REASON);
            found.add(new Trail.Override(reason.asText(), set));
        }
        values.values().stream().filter(JsonNode::isArray).forEach(list -> list.forEach(entry -> {
            JsonNode entryReason = entry.path(OVERRIDE_REASON);
            if (entryReason.isTextual() && !entryReason.asText().isBlank()) {
                Map<String, JsonNode> set = new TreeMap<>();
                entry.fields().forEachRemaining(field -> set.put(field.getKey(), field.getValue()));
                set.remove(OVERRIDE_REASON);
                found.add(new Trail.Override(entryReason.asText(), set));
            }
        }));
        return found;
    }
}
