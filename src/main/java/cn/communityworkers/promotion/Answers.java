package cn.communityworkers.promotion;

import java.util.Collection;
import java.util.List;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reading what a form or a REST call submitted, refusing what is missing or wrong with a readable message
 * (numbers: {@link cn.communityworkers.system.FormValues}).
 */
final class Answers {

    private static final ObjectMapper JSON = new ObjectMapper();

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
