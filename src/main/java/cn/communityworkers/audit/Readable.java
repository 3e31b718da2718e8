package cn.communityworkers.audit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A trail in the words an auditor reads, without changing the trail (its raw values stay as sealed, and in the CSV):
 * the glossary the page shows it with (labels of the forms and decisions, option labels, rule descriptions, unit and
 * person names), and the approval sheet (审批单) of the case: the request as submitted and every opinion with its
 * person, unit, time and decision.
 */
@Component
class Readable {

    /**
     * @param fields  variable → label anywhere in the process
     * @param steps   flow node → (variable → label in its form)
     * @param options variable → (value → option label)
     * @param rules   {@code decisionKey/ruleId} → description
     * @param inputs  {@code decisionKey/clauseId} → the variable the input reads
     * @param groups  group id → unit name
     * @param users   user id → name
     */
    record Glossary(Map<String, String> fields, Map<String, Map<String, String>> steps,
            Map<String, Map<String, String>> options, Map<String, String> rules, Map<String, String> inputs,
            Map<String, String> groups, Map<String, String> users) {
    }

    record Item(String label, String value) {
    }

    record Opinion(String step, String unit, String person, String time, List<Item> decision, List<Item> remarks) {
    }

    record Sheet(String process, String businessKey, String processInstanceId, CaseFacts.Fact worker,
            String applicant, String applicantUnit, String submitted, String endTime, List<Item> request,
            List<Opinion> opinions, Outcomes.Outcome outcome) {
    }

    private final ModelTexts texts;
    private final Outcomes names;

    Readable(ModelTexts texts, Outcomes names) {
        this.texts = texts;
        this.names = names;
    }

    Glossary glossary(String processDefinitionId, JsonNode trail) {
        ModelTexts.Texts model = texts.of(processDefinitionId);
        TreeSet<String> groups = new TreeSet<>();
        TreeSet<String> users = new TreeSet<>();
        addText(users, trail.path("startUserId"));
        for (JsonNode step : trail.path("steps")) {
            step.path("candidateGroups").forEach(group -> groups.add(group.asText()));
            addText(users, step.path("actor"));
            addText(users, step.path("assignee"));
            addText(users, step.path("completedBy"));
        }
        return new Glossary(model.fields(), model.steps(), model.options(), model.rules(), model.inputs(),
                names.groups(groups), names.userNames(users));
    }

    private static void addText(TreeSet<String> into, JsonNode value) {
        if (value.isTextual()) {
            into.add(value.asText());
        }
    }

    /**
     * The approval sheet: the request as the start form labels it, then each completed task in time order with who
     * completed it, the unit it was routed to, when, the choices made (as the form words them) and what was written.
     */
    Sheet sheet(String processDefinitionId, JsonNode trail, CaseFacts.Fact worker, Outcomes.Outcome outcome) {
        Glossary glossary = glossary(processDefinitionId, trail);
        List<Item> request = new ArrayList<>();
        List<Opinion> opinions = new ArrayList<>();
        String applicant = null;
        String applicantUnit = null;
        for (JsonNode step : trail.path("steps")) {
            String kind = step.path("kind").asText();
            Map<String, String> labels = glossary.steps().getOrDefault(step.path("activityId").asText(), Map.of());
            if ("START".equals(kind)) {
                applicant = person(glossary, step.path("actor").asText(null));
                JsonNode values = step.path("values");
                labels.forEach((variable, label) -> {
                    if (values.has(variable)) {
                        // A worker picked from the street's list is recorded by number: the sheet names them.
                        String shown = shown(glossary, variable, values.get(variable));
                        boolean theWorker = worker != null && worker.workerName() != null
                                && shown.equals(worker.workerId());
                        request.add(new Item(label, theWorker ? worker.workerName() + "(" + shown + ")" : shown));
                    }
                });
            } else if ("TASK".equals(kind) && step.hasNonNull("endTime") && !step.path("canceled").asBoolean(false)) {
                List<Item> decision = new ArrayList<>();
                List<Item> remarks = new ArrayList<>();
                for (String variable : inFormOrder(labels, step.path("values"))) {
                    JsonNode value = step.path("values").get(variable);
                    String label = labels.getOrDefault(variable, glossary.fields().get(variable));
                    if (label != null && !value.isNull() && !(value.isTextual() && value.asText().isBlank())) {
                        (glossary.options().containsKey(variable) ? decision : remarks)
                                .add(new Item(label, shown(glossary, variable, value)));
                    }
                }
                List<String> units = new ArrayList<>();
                step.path("candidateGroups").forEach(group -> units.add(glossary.groups().getOrDefault(group.asText(),
                        group.asText())));
                opinions.add(new Opinion(step.path("name").asText(), String.join("、", units),
                        person(glossary, step.path("actor").asText(null)), step.path("endTime").asText(),
                        decision, remarks));
            }
        }
        if (applicant != null && worker != null) {
            applicantUnit = worker.streetName() != null ? worker.streetName() : worker.countyName();
        }
        return new Sheet(trail.path("processDefinitionName").asText(), trail.path("businessKey").asText(null),
                trail.path("processInstanceId").asText(), worker, applicant, applicantUnit,
                trail.path("startTime").asText(null), trail.path("endTime").asText(null), request, opinions, outcome);
    }

    /** The variables written, those of the step's form in the form's order first. */
    private static List<String> inFormOrder(Map<String, String> labels, JsonNode values) {
        List<String> ordered = new ArrayList<>(labels.keySet().stream().filter(values::has).toList());
        values.fieldNames().forEachRemaining(name -> {
            if (!ordered.contains(name)) {
                ordered.add(name);
            }
        });
        return ordered;
    }

    private static String person(Glossary glossary, String userId) {
        return userId == null ? null : glossary.users().getOrDefault(userId, userId);
    }

    /** A value as the form showed it: an option's label, yes/no in words, a list one item a line. */
    static String shown(Glossary glossary, String variable, JsonNode value) {
        Map<String, String> options = glossary.options().getOrDefault(variable, Map.of());
        if (value.isArray()) {
            List<String> items = new ArrayList<>();
            value.forEach(item -> items.add(item.isValueNode() ? options.getOrDefault(item.asText(), item.asText())
                    : item.toString()));
            return String.join("、", items);
        }
        if (value.isValueNode()) {
            String text = value.asText();
            if (options.containsKey(text)) {
                return options.get(text);
            }
            return value.isBoolean() ? (value.asBoolean() ? "是" : "否") : text;
        }
        return value.toString();
    }
}
