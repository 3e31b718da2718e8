package cn.communityworkers.audit;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What happened in one process instance, from the engine's history: the instance, its steps in time order and the
 * final value of every variable. Its canonical JSON (see {@link Canonical}) is what a seal hashes, so it holds only
 * what cannot change once the instance has ended.
 */
public record Trail(String processInstanceId, String processDefinitionKey, String processDefinitionName,
        Integer processDefinitionVersion, String businessKey, String state, String startTime, String endTime,
        String startUserId, String deleteReason, String superProcessInstanceId, List<Step> steps,
        Map<String, JsonNode> finalVariables) {

    /** Kinds of step, in the order they are listed when they happen at the same moment. */
    public enum Kind {
        /** The instance was started (actor: who started it; values: the start variables). */
        START,
        /** A flow node was passed (events, gateways, service and business-rule tasks, sub-processes). */
        ACTIVITY,
        /** A user task: candidate groups, who claimed it, who completed it and what they submitted. */
        TASK,
        /** A user operation that is not a task completion or the start (claim, assign, set variable, message...). */
        OPERATION,
        /** A decision evaluated outside of any step of the instance's flow. */
        DECISION,
        /** Values written by the system (a delegate or a message) outside of any step. */
        VALUES,
        COMMENT,
        INCIDENT,
        JOB_FAILURE
    }

    /**
     * One step. {@code actor} is the person responsible (the one who started, completed, or operated), absent for
     * the system. {@code values} are the variables written in the step (for the start, a task or an operation: what the
     * person submitted), {@code prepared} what the system prepared for a task (what the person was shown),
     * {@code decisions} the decisions evaluated in the step, {@code overrides} every change of a proposal with its
     * reason.
     */
    public record Step(String time, Kind kind, String id, String activityId, String activityType, String name,
            String endTime, Boolean canceled, String actor, String taskId, List<String> candidateGroups,
            String assignee, String completedBy, String operationType, String entityType,
            Map<String, List<String>> changes, Map<String, JsonNode> values, Map<String, JsonNode> prepared,
            List<Decision> decisions,
            List<Override> overrides, String message) {
    }

    /** A decision evaluation: its inputs, the rules that matched and their outputs. */
    public record Decision(String id, String decisionKey, String decisionName, String time,
            String rootDecisionInstanceId, List<Input> inputs, List<String> matchedRules, List<Output> outputs,
            Double collectResultValue) {
    }

    public record Input(String clauseId, String name, JsonNode value) {
    }

    public record Output(String ruleId, Integer ruleOrder, String clauseId, String name, String variableName,
            JsonNode value) {
    }

    /** A proposal changed by a person: the values they set and the reason they gave. */
    public record Override(String reason, Map<String, JsonNode> values) {
    }
}
