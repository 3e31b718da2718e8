package cn.communityworkers.assessment;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/** What an approver submitted with a task of the assessment's consequences, refused with the field's Chinese name. */
final class TaskInput {

    /** The longest text a reason or note may have (the columns of {@code assessment_consequence}). */
    static final int MAX_TEXT = 500;

    private TaskInput() {
    }

    static boolean yesOrNo(DelegateExecution execution, String field, String label) {
        Object value = execution.getVariable(field);
        if (value instanceof Boolean answer) {
            return answer;
        }
        if ("true".equals(value) || "false".equals(value)) {
            return Boolean.parseBoolean((String) value);
        }
        throw new FormFieldValidationException(field, "请选择" + label + "(" + field + ")");
    }

    static String text(DelegateExecution execution, String field, String label, int maxLength) {
        Object value = execution.getVariable(field);
        String text = value == null ? "" : value.toString().strip();
        if (text.isEmpty() || text.length() > maxLength) {
            throw new FormFieldValidationException(field, "请填写" + label + "(" + field + "),1 至 " + maxLength + " 字");
        }
        return text;
    }

    static String choice(DelegateExecution execution, String field, String label, Set<String> choices) {
        Object value = execution.getVariable(field);
        if (value == null || !choices.contains(value.toString())) {
            throw new FormFieldValidationException(field, "请选择" + label + "(" + field + ")");
        }
        return value.toString();
    }

    /** A date (yyyy-MM-dd, as Tasklist's date field submits it); {@code notAfter} is the latest allowed, or null. */
    static LocalDate date(DelegateExecution execution, String field, String label, LocalDate notAfter) {
        Object value = execution.getVariable(field);
        if (value == null || value.toString().isBlank()) {
            throw new FormFieldValidationException(field, "请填写" + label + "(" + field + ")");
        }
        LocalDate date;
        try {
            date = LocalDate.parse(value.toString().strip());
        } catch (DateTimeParseException e) {
            throw new FormFieldValidationException(field, label + "(" + field + ")须为 yyyy-MM-dd 格式的日期", e);
        }
        if (notAfter != null && date.isAfter(notAfter)) {
            throw new FormFieldValidationException(field, label + "不能晚于" + notAfter);
        }
        return date;
    }
}
