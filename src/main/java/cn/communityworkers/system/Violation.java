package cn.communityworkers.system;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One broken rule in a request: which field, which rule, and a sentence a person can read.
 * {@code row} is the CSV line number for imports, absent otherwise.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Violation(Integer row, String field, String rule, String message) {

    public static Violation of(String field, String rule, String message) {
        return new Violation(null, field, rule, message);
    }

    public Violation atRow(int rowNumber) {
        return new Violation(rowNumber, field, rule, message);
    }
}
