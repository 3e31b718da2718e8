package cn.communityworkers.system;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;

/**
 * What a deployed Camunda Form lets a person write: its keyed fields (a field's key is the process variable it
 * writes), each with its kind, and whether the person may fill it in. A field shown for context ({@code disabled},
 * never submitted by Tasklist, or {@code readonly}, submitted unchanged) is not writable: it may come back only with
 * the value it was shown with. A dynamic list (its
 * {@code path}) writes one variable, a list of rows whose keys are the list's own fields; a group with a {@code path}
 * writes one object. {@link #check} names every submitted value the form does not allow, in the words an approver
 * reads in Tasklist.
 */
public final class FormFields {

    /** How a person may use a field. */
    enum Access {
        WRITABLE,
        /** Shown, and submitted by Tasklist as it was shown. */
        READONLY,
        /** Shown, not submitted by Tasklist. */
        DISABLED
    }

    /** The kinds of value a field takes. */
    enum Kind {
        TEXT("文字"),
        NUMBER("数字"),
        YES_NO("是/否"),
        DATE("日期"),
        /** Several values picked from options (checklist, tag list). */
        PICKS("可选项列表"),
        /** A dynamic list: rows of the list's own fields. */
        ROWS("列表"),
        /** A group with its own path: an object of the group's fields. */
        OBJECT("对象"),
        /** A keyed field of another kind: any single value. */
        VALUE("值");

        final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    /**
     * @param options   the static options of a choice
     * @param valuesKey where a choice's options come from instead (a variable, or {@link StartChoices} on a start form)
     */
    record Field(String key, String label, Kind kind, Access access, boolean required, Set<String> options,
            String valuesKey, boolean rowsFixed, Map<String, Field> children, JsonNode defaultValue) {

        String named() {
            return label == null || label.isBlank() ? key : label + "(" + key + ")";
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    /** How a form names a variable to the person, and the names of its options (value as text → option label). */
    public record Label(String label, Map<String, String> options) {
    }

    private final Map<String, Field> fields;

    private FormFields(Map<String, Field> fields) {
        this.fields = fields;
    }

    /** The fields of a Camunda Form schema (the JSON of a {@code .form} file). */
    static FormFields of(JsonNode schema) {
        return new FormFields(fields(schema.path("components")));
    }

    Map<String, Field> fields() {
        return Collections.unmodifiableMap(fields);
    }

    /**
     * The labels of every keyed field of a Camunda Form schema (also those in groups and dynamic lists, under their
     * own keys) and of their static options, for showing what a person submitted in the words the form used.
     */
    public static Map<String, Label> labels(JsonNode schema) {
        Map<String, Label> labels = new LinkedHashMap<>();
        labels(schema.path("components"), labels);
        return labels;
    }

    private static void labels(JsonNode components, Map<String, Label> labels) {
        for (JsonNode component : components) {
            String key = component.has("path") && component.path("components").isArray()
                    ? component.path("path").asText() : component.path("key").asText(null);
            String label = component.path("label").asText("");
            if (key != null && !label.isBlank()) {
                Map<String, String> options = new LinkedHashMap<>();
                component.path("values").forEach(option -> options.put(option.path("value").asText(),
                        option.path("label").asText(option.path("value").asText())));
                labels.putIfAbsent(key, new Label(label.strip(), options));
            }
            if (component.path("components").isArray()) {
                labels(component.path("components"), labels);
            }
        }
    }

    private static Map<String, Field> fields(JsonNode components) {
        Map<String, Field> found = new LinkedHashMap<>();
        for (JsonNode component : components) {
            String type = component.path("type").asText();
            if (component.has("path") && component.path("components").isArray()) {
                String path = component.path("path").asText();
                Kind kind = "dynamiclist".equals(type) ? Kind.ROWS : Kind.OBJECT;
                boolean fixed = kind == Kind.ROWS && !component.path("allowAddRemove").asBoolean(true);
                found.put(path, new Field(path, component.path("label").asText(null), kind, access(component),
                        required(component), Set.of(), null, fixed, fields(component.path("components")),
                        NullNode.getInstance()));
            } else if (component.has("key")) {
                String key = component.path("key").asText();
                found.put(key, new Field(key, component.path("label").asText(null), kind(type, component),
                        access(component), required(component), options(component),
                        component.path("valuesKey").asText(null), false, Map.of(), component.path("defaultValue")));
            } else if (component.path("components").isArray()) {
                // A group or row layout without a path of its own: its fields write the form's variables.
                found.putAll(fields(component.path("components")));
            }
        }
        return found;
    }

    private static Access access(JsonNode component) {
        if (component.path("disabled").asBoolean(false)) {
            return Access.DISABLED;
        }
        // A read-only expression ("=…") may hold either way; it is taken as read-only, as its value can be foreseen.
        JsonNode readonly = component.path("readonly");
        return readonly.asBoolean(false) || readonly.isTextual() ? Access.READONLY : Access.WRITABLE;
    }

    /**
     * Required and always shown: a field that a condition may hide ({@code conditional}) is required only when shown,
     * which the form itself checks.
     */
    private static boolean required(JsonNode component) {
        return component.path("validate").path("required").asBoolean(false) && !component.has("conditional");
    }

    private static Kind kind(String type, JsonNode component) {
        return switch (type) {
            case "radio", "select" -> yesOrNo(component) ? Kind.YES_NO : Kind.TEXT;
            case "textfield", "textarea" -> Kind.TEXT;
            case "number" -> Kind.NUMBER;
            case "checkbox" -> Kind.YES_NO;
            case "datetime" -> Kind.DATE;
            case "checklist", "taglist" -> Kind.PICKS;
            default -> Kind.VALUE;
        };
    }

    /** A choice whose options are yes and no ({@code true}, {@code false}): an explicit decision. */
    private static boolean yesOrNo(JsonNode component) {
        JsonNode values = component.path("values");
        if (!values.isArray() || values.isEmpty()) {
            return false;
        }
        for (JsonNode option : values) {
            if (!option.path("value").isBoolean()) {
                return false;
            }
        }
        return true;
    }

    /** The static options of a select, radio, checklist or tag list; empty when they come from a variable. */
    private static Set<String> options(JsonNode component) {
        Set<String> options = new LinkedHashSet<>();
        component.path("values").forEach(option -> options.add(option.path("value").asText()));
        return options;
    }

    /**
     * Every reason the submitted values break this form, empty when none: a variable the form has no field for, a
     * field the person may not fill in, a value not of the field's kind, or a required field left out (a decision
     * is never taken for the person). {@code current} gives a variable's value as
     * the person was shown it (a missing one as {@link NullNode}); a read-only field must come back with that value.
     */
    List<Violation> check(Map<String, JsonNode> submitted, Function<String, JsonNode> current) {
        return check(submitted, current, valuesKey -> null);
    }

    /**
     * As {@link #check(Map, Function)}, and a choice whose options come from {@code valuesKey} must be one of
     * {@code choices.apply(valuesKey)} (not checked where that is null).
     */
    List<Violation> check(Map<String, JsonNode> submitted, Function<String, JsonNode> current,
            Function<String, Set<String>> choices) {
        List<Violation> violations = new ArrayList<>();
        submitted.forEach((name, value) -> {
            Field field = fields.get(name);
            if (field == null) {
                violations.add(new Violation(name, "表单中没有" + name + "这一项,不能提交它"));
            } else {
                check(field, value, () -> current.apply(name), field.named(), name, violations);
                Set<String> offered = field.valuesKey() == null || field.access() != Access.WRITABLE ? null
                        : choices.apply(field.valuesKey());
                if (offered != null && !empty(value)) {
                    // a list of picks (a start form's tag list of the street's workers): each of them offered
                    JsonNode picks = field.kind() == Kind.PICKS ? parsed(value) : value;
                    for (JsonNode pick : picks.isArray() ? picks : List.of(value)) {
                        if (!offered.contains(pick.asText())) {
                            violations.add(new Violation(name, field.named() + "只能从给出的选项中选择,"
                                    + pick.asText() + "不在其中"));
                        }
                    }
                }
            }
        });
        fields.values().stream().filter(field -> field.required() && field.access() == Access.WRITABLE)
                .filter(field -> empty(submitted.get(field.key()))).forEach(field -> violations.add(new Violation(
                        field.key(), field.named() + (field.kind() == Kind.YES_NO || !field.options().isEmpty()
                                ? "必须选择" : "必须填写"))));
        return violations;
    }

    private static boolean empty(JsonNode value) {
        return value == null || value.isNull() || value.isTextual() && value.asText().isBlank();
    }

    private static void check(Field field, JsonNode value, Supplier<JsonNode> current, String where, String variable,
            List<Violation> violations) {
        if (field.access() == Access.WRITABLE) {
            checkValue(field, value, current, where, variable, violations);
        } else if (!same(value, current.get())) {
            // Sent back as shown (Tasklist sends read-only fields, a REST client may echo what it read): no change.
            violations.add(new Violation(variable, where + (field.access() == Access.READONLY ? "只读" : "只供查看")
                    + ",不能修改"));
        }
    }

    private static void checkValue(Field field, JsonNode value, Supplier<JsonNode> current, String where,
            String variable, List<Violation> violations) {
        if (value.isNull()) {
            return;
        }
        switch (field.kind()) {
            case TEXT -> {
                if (!value.isTextual()) {
                    wrongKind(field, where, variable, violations);
                } else if (!field.options().isEmpty() && !value.asText().isEmpty()
                        && !field.options().contains(value.asText())) {
                    violations.add(new Violation(variable, where + "只能选择给出的选项,收到的是:" + value.asText()));
                }
            }
            case NUMBER -> {
                if (!value.isNumber() && !(value.isTextual() && isNumber(value.asText()))) {
                    wrongKind(field, where, variable, violations);
                }
            }
            case YES_NO -> {
                if (!value.isBoolean()) {
                    wrongKind(field, where, variable, violations);
                }
            }
            case DATE -> {
                if (!value.isTextual()) {
                    wrongKind(field, where, variable, violations);
                }
            }
            case PICKS -> {
                JsonNode picks = parsed(value);
                if (!picks.isArray() || !allScalar(picks)) {
                    wrongKind(field, where, variable, violations);
                } else if (!field.options().isEmpty()) {
                    picks.forEach(pick -> {
                        if (!field.options().contains(pick.asText())) {
                            violations.add(new Violation(variable, where + "只能选择给出的选项,收到的是:" + pick.asText()));
                        }
                    });
                }
            }
            case ROWS -> checkRows(field, parsed(value), parsed(current.get()), where, variable, violations);
            case OBJECT -> {
                if (!value.isObject()) {
                    wrongKind(field, where, variable, violations);
                } else {
                    checkObject(field, value, current.get(), where, variable, violations);
                }
            }
            case VALUE -> {
                if (value.isContainerNode()) {
                    wrongKind(field, where, variable, violations);
                }
            }
        }
    }

    private static void checkRows(Field list, JsonNode rows, JsonNode before, String where, String variable,
            List<Violation> violations) {
        if (!rows.isArray()) {
            wrongKind(list, where, variable, violations);
            return;
        }
        if (list.rowsFixed() && before.isArray() && rows.size() != before.size()) {
            violations.add(new Violation(variable, where + "的行数不能增减:应为 " + before.size() + " 行,收到 "
                    + rows.size() + " 行"));
            return;
        }
        for (int i = 0; i < rows.size(); i++) {
            JsonNode row = rows.get(i);
            String rowWhere = where + "第 " + (i + 1) + " 行";
            if (!row.isObject()) {
                violations.add(new Violation(variable, rowWhere + "应为一组字段"));
            } else {
                checkObject(list, row, before.path(i), rowWhere, variable, violations);
            }
        }
    }

    private static void checkObject(Field parent, JsonNode object, JsonNode before, String where, String variable,
            List<Violation> violations) {
        for (Iterator<Map.Entry<String, JsonNode>> entries = object.fields(); entries.hasNext();) {
            Map.Entry<String, JsonNode> entry = entries.next();
            Field child = parent.children().get(entry.getKey());
            if (child == null) {
                violations.add(new Violation(variable, where + "没有" + entry.getKey() + "这一项,不能提交它"));
            } else {
                JsonNode previous = before.path(entry.getKey());
                check(child, entry.getValue(), () -> previous.isMissingNode() ? NullNode.getInstance() : previous,
                        where + "的" + child.named(), variable, violations);
            }
        }
    }

    /** A list submitted as JSON text (over REST a list may come as a string) is read as the list it holds. */
    private static JsonNode parsed(JsonNode value) {
        if (value.isTextual()) {
            try {
                return JSON.readTree(value.asText());
            } catch (JsonProcessingException e) {
                return value;
            }
        }
        return value;
    }

    private static void wrongKind(Field field, String where, String variable, List<Violation> violations) {
        violations.add(new Violation(variable, where + "应为" + field.kind().label));
    }

    private static boolean allScalar(JsonNode array) {
        for (JsonNode element : array) {
            if (element.isContainerNode()) {
                return false;
            }
        }
        return true;
    }

    private static boolean isNumber(String text) {
        try {
            new BigDecimal(text.trim());
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** Equal as JSON, numbers by value (5, 5L and 5.0 are the same), a missing value as null. */
    static boolean same(JsonNode a, JsonNode b) {
        JsonNode left = a == null || a.isMissingNode() ? NullNode.getInstance() : a;
        JsonNode right = b == null || b.isMissingNode() ? NullNode.getInstance() : b;
        return left.equals((x, y) -> x.isNumber() && y.isNumber()
                ? x.decimalValue().compareTo(y.decimalValue()) : x.equals(y) ? 0 : 1, right);
    }

    /** A submitted or stored value that a form refuses, with the variable it concerns. */
    record Violation(String variable, String message) {
    }
}
