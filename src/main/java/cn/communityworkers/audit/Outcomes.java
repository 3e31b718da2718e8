package cn.communityworkers.audit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.JsonNode;

import cn.communityworkers.system.SystemActions;

/**
 * What became of a case, in the words of its model: the outcome marked by the last flow node passed that marks one
 * (extension property {@code outcome}, e.g. 批准 on the step that registers an approved secondment, 不批准 on the end
 * event of a rejection), the reason it names (property {@code outcomeReason}: the variable holding it), the end event
 * the case ended at, and, while it runs, the steps open and the units they wait for. A case withdrawn (deleted) is
 * 撤回 whatever it had passed. Also the names of units (groups) and people (users) for the pages. Reads as the
 * system: the callers check who may see the case.
 */
@Component
public class Outcomes {

    /** Shown for a case that was deleted (withdrawn) before it ended. */
    static final String WITHDRAWN = "撤回";
    /** Shown for a case that ended at an end event that marks no outcome and has no name. */
    static final String ENDED = "已办结";

    /**
     * @param outcome the outcome (null while nothing decided it yet)
     * @param ended   the name of the end event the case ended at (null while it runs)
     * @param reason  the reason of the outcome, where the model names one and it was given
     * @param open    the steps open now, each with the units it waits for
     */
    public record Outcome(String outcome, String ended, String reason, List<OpenStep> open) {
    }

    public record OpenStep(String name, List<String> units) {
    }

    private final HistoryService historyService;
    private final IdentityService identityService;
    private final ModelTexts texts;
    private final SystemActions system;

    Outcomes(HistoryService historyService, IdentityService identityService, ModelTexts texts, SystemActions system) {
        this.historyService = historyService;
        this.identityService = identityService;
        this.texts = texts;
        this.system = system;
    }

    /** A moment as the audit trail writes it (ISO 8601, China time). */
    public static String time(Date date) {
        return TrailBuilder.time(date);
    }

    public Outcome of(HistoricProcessInstance instance) {
        ModelTexts.Texts model = texts.of(instance.getProcessDefinitionId());
        return system.run(() -> {
            String id = instance.getId();
            List<HistoricActivityInstance> activities = historyService.createHistoricActivityInstanceQuery()
                    .processInstanceId(id).list();
            HistoricActivityInstance marked = activities.stream()
                    .filter(a -> a.getEndTime() != null && !a.isCanceled() && model.marks().containsKey(a.getActivityId()))
                    .max(Comparator.comparing(HistoricActivityInstance::getEndTime)
                            .thenComparing(HistoricActivityInstance::getStartTime)
                            .thenComparing(HistoricActivityInstance::getId))
                    .orElse(null);
            String ended = null;
            if (instance.getEndTime() != null) {
                ended = activities.stream()
                        .filter(a -> "noneEndEvent".equals(a.getActivityType()) || a.getActivityType().endsWith("EndEvent"))
                        .filter(a -> id.equals(a.getParentActivityInstanceId()))
                        .max(Comparator.comparing(HistoricActivityInstance::getEndTime,
                                Comparator.nullsFirst(Comparator.naturalOrder())))
                        .map(HistoricActivityInstance::getActivityName).orElse(null);
            }
            String outcome;
            String reason = null;
            if (HistoricProcessInstance.STATE_EXTERNALLY_TERMINATED.equals(instance.getState())) {
                outcome = WITHDRAWN;
            } else if (marked != null) {
                ModelTexts.Mark mark = model.marks().get(marked.getActivityId());
                outcome = mark.outcome();
                reason = mark.reasonVariable() == null ? null : text(id, mark.reasonVariable());
            } else if (instance.getEndTime() != null) {
                outcome = ended == null || ended.isBlank() ? ENDED : ended;
            } else {
                outcome = null;
            }
            return new Outcome(outcome, ended, reason,
                    instance.getEndTime() == null ? open(id, activities, model) : List.of());
        });
    }

    /**
     * The open user tasks with the units they are routed to; else the events and steps the case waits at (at an
     * event-based gateway, the events after it).
     */
    private List<OpenStep> open(String id, List<HistoricActivityInstance> activities, ModelTexts.Texts model) {
        List<OpenStep> open = new ArrayList<>();
        for (HistoricTaskInstance task : historyService.createHistoricTaskInstanceQuery().processInstanceId(id)
                .unfinished().orderByHistoricActivityInstanceStartTime().asc().list()) {
            open.add(new OpenStep(task.getName(), groupNames(TaskCandidates.groups(historyService, task.getId()))));
        }
        if (open.isEmpty()) {
            activities.stream().filter(a -> a.getEndTime() == null && a.getActivityName() != null
                    && !a.getActivityType().equals("subProcess") && !a.getActivityType().equals("multiInstanceBody"))
                    .sorted(Comparator.comparing(HistoricActivityInstance::getStartTime))
                    .forEach(a -> open.add(new OpenStep(model.awaited().getOrDefault(a.getActivityId(), a.getActivityName()),
                            List.of())));
        }
        return open;
    }

    private String text(String processInstanceId, String variable) {
        List<HistoricVariableInstance> found = historyService.createHistoricVariableInstanceQuery()
                .processInstanceId(processInstanceId).variableName(variable).disableCustomObjectDeserialization().list();
        return found.stream().filter(v -> v.getActivityInstanceId() == null || processInstanceId.equals(v.getActivityInstanceId()))
                .findFirst().map(TrailBuilder::value).filter(JsonNode::isValueNode).map(JsonNode::asText)
                .filter(text -> !text.isBlank()).orElse(null);
    }

    /** The names of groups (a unit's groups are named after it, e.g. 东城街道党工委), in the order given. */
    public List<String> groupNames(Collection<String> groupIds) {
        Map<String, String> names = groups(groupIds);
        return groupIds.stream().map(id -> names.getOrDefault(id, id)).toList();
    }

    /** Group id → name; a group without a name keeps its id. */
    Map<String, String> groups(Collection<String> groupIds) {
        Map<String, String> names = new LinkedHashMap<>();
        if (groupIds.isEmpty()) {
            return names;
        }
        system.run(() -> identityService.createGroupQuery().groupIdIn(groupIds.toArray(String[]::new)).list())
                .forEach(group -> names.put(group.getId(), name(group)));
        return names;
    }

    private static String name(Group group) {
        return group.getName() == null || group.getName().isBlank() ? group.getId() : group.getName();
    }

    /** User id → name as Tasklist shows it ("first last": the demo users' full name, then their unit); a user without a name keeps the id. */
    public Map<String, String> userNames(Collection<String> userIds) {
        Map<String, String> names = new LinkedHashMap<>();
        if (userIds.isEmpty()) {
            return names;
        }
        system.run(() -> identityService.createUserQuery().userIdIn(userIds.toArray(String[]::new)).list())
                .forEach(user -> names.put(user.getId(), name(user)));
        return names;
    }

    private static String name(User user) {
        String name = ((user.getFirstName() == null ? "" : user.getFirstName().strip()) + " "
                + (user.getLastName() == null ? "" : user.getLastName().strip())).strip();
        return name.isBlank() ? user.getId() : name;
    }
}
