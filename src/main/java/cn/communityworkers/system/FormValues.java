package cn.communityworkers.system;

import java.math.BigDecimal;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/** Reading numbers submitted in forms or REST calls, refusing what is out of range with a readable message. */
public final class FormValues {

    public static final BigDecimal FULL_MARKS = BigDecimal.valueOf(100);

    private FormValues() {
    }

    /** A score from 0 to 100. */
    public static BigDecimal score(Object value, String field, String label) {
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

    /** A whole number within bounds, or the fallback when absent (required when the fallback is null). */
    public static int whole(Object value, String field, String label, int min, int max, Integer fallback) {
        if (value == null || (value instanceof String text && text.isBlank())) {
            if (fallback == null) {
                throw new FormFieldValidationException(field, label + "(" + field + ")必须填写");
            }
            return fallback;
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
}
