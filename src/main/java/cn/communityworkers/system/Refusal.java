package cn.communityworkers.system;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * A process step's refusal of what a person submitted (a start form, a task's answer, a REST call): the field and a
 * message in Chinese that names it. The step's transaction rolls back, so nothing is half-written; Tasklist shows the
 * message under the form and the task stays open; {@code /engine-rest} answers 400 with a problem detail naming the
 * field ({@link EngineRestResources}).
 * <p>
 * The one way the processes refuse input. It is the engine's {@code FormFieldValidationException} (an internal class
 * that Tasklist and the engine's form handling know), which only this class names.
 */
public final class Refusal extends FormFieldValidationException {

    private static final long serialVersionUID = 1L;

    /** @param detail the field's name, or the {@link Violation} naming the field and the rule it breaks */
    private Refusal(Object detail, String message, Throwable cause) {
        super(detail, message, cause);
    }

    /** The field (a variable's name) and what is wrong with it, in Chinese. */
    public static Refusal of(String field, String message) {
        return new Refusal(field, message, null);
    }

    /**
     * A refusal that also names the rule broken ({@code within-approved-total}), as the REST answer's violation tells
     * it; the message is the violation's.
     */
    public static Refusal of(Violation violation) {
        return new Refusal(violation, violation.message(), null);
    }

    /** As {@link #of(String, String)}, keeping what the value failed with. */
    public static Refusal of(String field, String message, Throwable cause) {
        return new Refusal(field, message, cause);
    }
}
