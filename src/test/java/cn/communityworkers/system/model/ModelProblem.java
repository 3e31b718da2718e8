package cn.communityworkers.system.model;

import java.util.Comparator;

/**
 * One defect that {@link ModelChecker} found in a BPMN, DMN or Camunda Form file or an element template.
 *
 * @param file      the file, as {@code <folder name>/<path inside the folder>}, e.g. {@code processes/leave.bpmn}
 * @param elementId the id of the offending element or element template, or an empty string when the whole file is meant
 * @param rule      one of the rule constants of this record
 * @param message   what is wrong, for a human reader
 */
record ModelProblem(String file, String elementId, String rule, String message) {

    /** A flow node or sequence flow is not drawn, or the file has no diagram at all. */
    static final String MISSING_DIAGRAM = "MISSING_DIAGRAM";
    /** An id was left as Camunda Modeler generated it ({@code Activity_0x1y2z3}, {@code StartEvent_1}). */
    static final String GENERATED_ID = "GENERATED_ID";
    /** A process or decision has no {@code camunda:historyTimeToLive}. */
    static final String MISSING_HISTORY_TTL = "MISSING_HISTORY_TTL";
    /** A process or decision has no {@code camunda:versionTag}. */
    static final String MISSING_VERSION_TAG = "MISSING_VERSION_TAG";
    /** A user task has neither candidate groups, candidate users nor an assignee. */
    static final String NO_ASSIGNMENT = "NO_ASSIGNMENT";
    /**
     * A user task's candidate groups, candidate users or assignee read a process variable: anything but a literal or
     * {@code ${bean.method(execution)}} of an existing bean (which routes from the recorded case, not from variables).
     */
    static final String ROUTED_BY_VARIABLE = "ROUTED_BY_VARIABLE";
    /** A user task has no form: neither {@code camunda:formRef} nor {@code camunda:formKey}. */
    static final String NO_FORM = "NO_FORM";
    /**
     * A user task offered to candidate groups has no {@code camunda:dueDate}, or one other than
     * {@code ${reminders.due()}} of an existing bean: it would never be due, or be due when a variable says.
     */
    static final String NO_REMINDER = "NO_REMINDER";
    /** A {@code camunda:formRef} names no form in the forms folder. */
    static final String UNKNOWN_FORM = "UNKNOWN_FORM";
    /** A user task or start event uses {@code camunda:formKey} rather than a Camunda Form by {@code camunda:formRef}. */
    static final String FORM_KEY_NOT_FORM_REF = "FORM_KEY_NOT_FORM_REF";
    /** A {@code camunda:formRef} is not bound to the form deployed with the process ({@code formRefBinding="deployment"}). */
    static final String FORM_BINDING = "FORM_BINDING";
    /** A form that no {@code camunda:formRef} uses. */
    static final String UNUSED_FORM = "UNUSED_FORM";
    /** A {@code camunda:delegateExpression}, in a model or an element template, names a bean that does not exist. */
    static final String UNKNOWN_BEAN = "UNKNOWN_BEAN";
    /** A service or send task has no element template, or names a template (id and version) that does not exist. */
    static final String NO_TEMPLATE = "NO_TEMPLATE";
    /** A task differs from its element template: another delegate expression, hidden value or a required input left out. */
    static final String TEMPLATE_MISMATCH = "TEMPLATE_MISMATCH";
    /** A file that cannot be parsed. */
    static final String UNREADABLE = "UNREADABLE";

    static final Comparator<ModelProblem> ORDER = Comparator.comparing(ModelProblem::file)
            .thenComparing(ModelProblem::elementId)
            .thenComparing(ModelProblem::rule)
            .thenComparing(ModelProblem::message);

    @Override
    public String toString() {
        String where = elementId.isEmpty() ? file : file + " " + elementId;
        return where + ": " + rule + " " + message;
    }
}
