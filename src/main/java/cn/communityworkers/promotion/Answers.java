package cn.communityworkers.promotion;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Reading what a form or a REST call submitted, refusing what is missing or wrong with a readable message. */
final class Answers {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final BigDecimal FULL_MARKS = BigDecimal.valueOf(100);

    private Answers() {
    }

    /** A yes or no that must be given. */
    static boolean yesOrNo(Object value, String field, String label) {
        if (value instanceof Boolean answer) {
            return answer;
        }
        throw new FormFieldValidationException(field, "请选择" + label + "(" + field + ")");
    }

    /** A text, trimmed; null when blank. */
    static String text(Object value) {
        return value == null || value.toString().isBlank() ? null : value.toString().trim();
    }

    /** A text that must be given. */
    static String requiredText(Object value, String field, String label) {
        String text = text(value);
        if (text == null) {
            throw new FormFieldValidationException(field, label + "(" + field + ")必须填写");
        }
        return text;
    }

    /** A score from 0 to 100 that must be given. */
    static BigDecimal score(Object value, String field, String label) {
        try {
            BigDecimal score = value == null ? null : new BigDecimal(value.toString().trim());
            if (score != null && score.signum() >= 0 && score.compareTo(FULL_MARKS) <= 0) {
                return score;
            }
        } catch (NumberFormatException e) {
            throw new FormFieldValidationException(field, label + "(" + field + ")须为0到100之间的数字", e);
        }
        throw new FormFieldValidationException(field, label + "(" + field + ")须为0到100之间的数字,收到的是:" + value);
    }

    /** A whole number within bounds that must be given. */
    static int whole(Object value, String field, String label, int min, int max) {
        if (value == null || (value instanceof String text && text.isBlank())) {
            throw new FormFieldValidationException(field, label + "(" + field + ")必须填写");
        }
        try {
            long number = value instanceof Number n && n.doubleValue() == n.longValue() ? n.longValue()
                    : Long.parseLong(value.toString().trim());
            if (number >= min && number <= max) {
                return (int) number;
            }
        } catch (NumberFormatException e) {
            throw new FormFieldValidationException(field, label + "(" + field + ")须为整数", e);
        }
        throw new FormFieldValidationException(field, label + "(" + field + ")须在" + min + "到" + max + "之间,收到的是:" + value);
    }

    /**
     * A list of ids as a Camunda Forms checklist (JSON), a REST call (a JSON string or Json variable) or Java code
     * (a list) submits it; absent is an empty list.
     */
    static List<String> ids(Object value, String field, String label) {
        try {
            if (value == null) {
                return List.of();
            }
            if (value instanceof Collection<?> collection) {
                return JSON.convertValue(collection, new TypeReference<List<String>>() { });
            }
            String text = value.toString().trim();
            return text.isEmpty() ? List.of() : JSON.readValue(text, new TypeReference<List<String>>() { });
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new FormFieldValidationException(field, label + "(" + field + ")须为人员编号的列表,如 [\"W001\"]", e);
        }
    }
}
