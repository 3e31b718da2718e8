package cn.communityworkers.system;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.IntFunction;

import org.camunda.bpm.engine.delegate.VariableScope;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A variable of a process model, typed: its name (as the model, its forms and REST callers spell it), its label in
 * Chinese, how a value is read — a submitted value that is missing or wrong is refused with a {@link Refusal} that
 * names the field — and how a value is written (as the forms submit it: dates as {@code yyyy-MM-dd}, choices by
 * name). A process class declares its variables as constants of this type, and steps read and write them only
 * through it, so no step casts or repeats a variable's name.
 *
 * @param <T> the Java type of the value
 */
public final class Variable<T> {

    /** The longest text a variable can hold: the engine's text column ({@code TEXT_}, {@code varchar(4000)}). */
    public static final int MAX_TEXT = 4000;

    /**
     * Lines for a text variable a form shows read-only, one after another as many as {@link #MAX_TEXT} holds; if not
     * all fit, the last line is {@code notListed} applied to how many are left out, so that a long list never keeps a
     * task from being created.
     */
    public static String fitted(List<String> lines, IntFunction<String> notListed) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i) + "\n";
            int reserve = i == lines.size() - 1 ? 0 : notListed.apply(lines.size() - i).length();
            if (text.length() + line.length() + reserve > MAX_TEXT) {
                return text.append(notListed.apply(lines.size() - i)).toString();
            }
            text.append(line);
        }
        return text.toString().strip();
    }

    /** The highest score a form may give. */
    private static final BigDecimal FULL_MARKS = BigDecimal.valueOf(100);

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<String>> TEXTS = new TypeReference<>() { };

    /** Reads a value that is given (not null, not blank text); refuses it naming the variable when it is wrong. */
    @FunctionalInterface
    private interface Reader<T> {
        T read(Object value, Variable<T> variable);
    }

    private final String name;
    private final String label;
    private final Reader<T> reader;
    private final Function<T, Object> writer;

    private Variable(String name, String label, Reader<T> reader, Function<T, Object> writer) {
        this.name = name;
        this.label = label;
        this.reader = reader;
        this.writer = writer;
    }

    /** A text of at most {@code maxLength} characters, stripped. */
    public static Variable<String> text(String name, String label, int maxLength) {
        return new Variable<>(name, label, (value, variable) -> {
            String text = value.toString().strip();
            if (text.length() > maxLength) {
                throw variable.refusal("不能超过 " + maxLength + " 字");
            }
            return text;
        }, text -> text);
    }

    /** A yes or no: a boolean, or the text {@code true} / {@code false} as some clients submit it. */
    public static Variable<Boolean> yesOrNo(String name, String label) {
        return new Variable<>(name, label, (value, variable) -> {
            if (value instanceof Boolean answer) {
                return answer;
            }
            if ("true".equals(value) || "false".equals(value)) {
                return Boolean.valueOf((String) value);
            }
            throw variable.refusal("须选择“是”或“否”");
        }, answer -> answer);
    }

    /** A whole number from {@code min} to {@code max}. */
    public static Variable<Integer> whole(String name, String label, int min, int max) {
        String rule = "须为 " + min + " 到 " + max + " 之间的整数";
        return new Variable<>(name, label, (value, variable) -> {
            try {
                long number = value instanceof Number n && n.doubleValue() == n.longValue() ? n.longValue()
                        : Long.parseLong(value.toString().strip());
                if (number >= min && number <= max) {
                    return (int) number;
                }
            } catch (NumberFormatException e) {
                throw variable.refusal(rule + ",收到的是:" + value, e);
            }
            throw variable.refusal(rule + ",收到的是:" + value);
        }, number -> number);
    }

    /** A score from 0 to 100, decimals allowed; written as a number. */
    public static Variable<BigDecimal> score(String name, String label) {
        String rule = "须为 0 到 100 之间的数字";
        return new Variable<>(name, label, (value, variable) -> {
            try {
                BigDecimal score = new BigDecimal(value.toString().strip());
                if (score.signum() >= 0 && score.compareTo(FULL_MARKS) <= 0) {
                    return score;
                }
            } catch (NumberFormatException e) {
                throw variable.refusal(rule + ",收到的是:" + value, e);
            }
            throw variable.refusal(rule + ",收到的是:" + value);
        }, score -> score.doubleValue());
    }

    /** A date, {@code yyyy-MM-dd} as Tasklist's date field submits it; written the same way. */
    public static Variable<LocalDate> date(String name, String label) {
        return new Variable<>(name, label, (value, variable) -> {
            try {
                return LocalDate.parse(value.toString().strip());
            } catch (DateTimeParseException e) {
                throw variable.refusal("须为 yyyy-MM-dd 格式的日期,收到的是:" + value, e);
            }
        }, LocalDate::toString);
    }

    /** One of an enum's constants, by name; written by name. */
    public static <E extends Enum<E>> Variable<E> choice(String name, String label, Class<E> type) {
        return new Variable<>(name, label, (value, variable) -> {
            try {
                return Enum.valueOf(type, value.toString().strip());
            } catch (IllegalArgumentException e) {
                throw variable.refusal("不是可选的一项:" + value, e);
            }
        }, Enum::name);
    }

    /**
     * A list of ids (e.g. workers'), as a Camunda Forms checklist submits it (JSON text), a REST call (a JSON string
     * or Json variable) or Java (a list); written as a list.
     */
    public static Variable<List<String>> ids(String name, String label) {
        return new Variable<>(name, label, (value, variable) -> {
            try {
                if (value instanceof Collection<?> collection) {
                    return List.copyOf(JSON.convertValue(collection, TEXTS));
                }
                return List.copyOf(JSON.readValue(value.toString().strip(), TEXTS));
            } catch (JsonProcessingException | IllegalArgumentException | NullPointerException e) {
                throw variable.refusal("须为编号的列表,如 [\"W001\"]", e);
            }
        }, ids -> ids);
    }

    /**
     * A variable the process writes itself for its forms, rules and Tasklist (a name to show, a flag a gateway reads):
     * nobody submits it. Reading a value of another type is an error of the model, not a refusal.
     */
    public static <T> Variable<T> of(String name, Class<T> type) {
        return new Variable<>(name, name, (value, variable) -> {
            if (!type.isInstance(value)) {
                throw new IllegalStateException("variable " + name + " is not a " + type.getSimpleName() + ": " + value);
            }
            return type.cast(value);
        }, value -> value);
    }

    public String name() {
        return name;
    }

    public String label() {
        return label;
    }

    /** The value in the scope, which must be given; a missing or wrong value is refused. */
    public T read(VariableScope scope) {
        return from(scope.getVariable(name));
    }

    /** The value in the scope if given (empty when missing, null or blank); a wrong value is refused. */
    public Optional<T> readIfGiven(VariableScope scope) {
        return fromIfGiven(scope.getVariable(name));
    }

    /** A value as submitted, which must be given. */
    public T from(Object value) {
        return fromIfGiven(value).orElseThrow(() -> refusal("必须填写"));
    }

    /** A value as submitted, if given. */
    public Optional<T> fromIfGiven(Object value) {
        if (value == null || value instanceof String text && text.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(reader.read(value, this));
    }

    /** The value among submitted variables (a start request, a REST body), which must be given. */
    public T in(Map<String, ?> variables) {
        return from(variables.get(name));
    }

    /** Writes the value (null writes a null) into the scope, as the forms submit it. */
    public void set(VariableScope scope, T value) {
        scope.setVariable(name, value == null ? null : writer.apply(value));
    }

    /** Puts the value, as the forms submit it, into variables to start an instance or complete a task with. */
    public void put(Map<String, Object> variables, T value) {
        variables.put(name, value == null ? null : writer.apply(value));
    }

    /** A refusal of this variable: "label(name)" and the rule it breaks. */
    public Refusal refusal(String rule) {
        return Refusal.of(name, label + "(" + name + ")" + rule);
    }

    /**
     * The value in the scope if given; refused with {@link #requiredWhen} when it is missing although another answer
     * requires it (a "no" needs a reason).
     */
    public Optional<T> readRequiredWhen(VariableScope scope, boolean required, String condition) {
        Optional<T> value = readIfGiven(scope);
        if (required && value.isEmpty()) {
            throw requiredWhen(condition);
        }
        return value;
    }

    /** A refusal of this variable left empty where an answer requires it: "{condition}时必须填写label(name)". */
    public Refusal requiredWhen(String condition) {
        return Refusal.of(name, condition + "时必须填写" + label + "(" + name + ")");
    }

    private Refusal refusal(String rule, Throwable cause) {
        return Refusal.of(name, label + "(" + name + ")" + rule, cause);
    }
}
