package cn.communityworkers.system.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Shows on small fixtures that the valid models pass {@link ModelChecker} and that every rule fires:
 * each fixture under {@code model-check/} other than {@code valid} is a copy of {@code valid} with one defect.
 */
class ModelCheckerFixturesTest {

    private static final Set<String> BEANS = Set.of("checkSomething", "registerLeave", "approvers", "reminders");
    private static final String TEMPLATES = "processes/.camunda/element-templates/leave.json";

    private final ModelChecker checker = new ModelChecker(BEANS::contains);

    @Test
    void validModelsHaveNoProblem() throws URISyntaxException {
        assertThat(check("valid")).isEmpty();
    }

    @ParameterizedTest(name = "{0}: {3} at {1} {2}")
    @CsvSource({
        "missing-diagram,         processes/leave-request.bpmn,  Task_CheckSomething,    MISSING_DIAGRAM",
        "no-diagram,              processes/leave-request.bpmn,  '',                     MISSING_DIAGRAM",
        "generated-id,            processes/leave-request.bpmn,  Gateway_0k2j3h4,        GENERATED_ID",
        "generated-id-dmn,        processes/approval-level.dmn,  DecisionRule_1x2y3z4,   GENERATED_ID",
        "generated-id-form,       forms/approve-at-county.form,  Field_0abc123,          GENERATED_ID",
        "missing-history-ttl,     processes/leave-request.bpmn,  Process_LeaveRequest,   MISSING_HISTORY_TTL",
        "missing-history-ttl-dmn, processes/approval-level.dmn,  Decision_ApprovalLevel, MISSING_HISTORY_TTL",
        "missing-version-tag,     processes/leave-request.bpmn,  Process_LeaveRequest,   MISSING_VERSION_TAG",
        "missing-version-tag-dmn, processes/approval-level.dmn,  Decision_ApprovalLevel, MISSING_VERSION_TAG",
        "no-assignment,           processes/leave-request.bpmn,  Task_ApproveAtCounty,   NO_ASSIGNMENT",
        "routed-by-variable,      processes/leave-request.bpmn,  Task_ApproveAtCounty,   ROUTED_BY_VARIABLE",
        "routed-by-unknown-bean,  processes/leave-request.bpmn,  Task_ApproveAtCounty,   ROUTED_BY_VARIABLE",
        "unknown-form,            processes/leave-request.bpmn,  Task_ApproveAtCounty,   UNKNOWN_FORM",
        "unused-form,             forms/handover.form,           handover,               UNUSED_FORM",
        "unknown-bean-template,   processes/.camunda/element-templates/leave.json, cn.example.CheckSomething, UNKNOWN_BEAN",
        "unknown-bean-listener,   processes/leave-request.bpmn,  EndEvent_Approved,      UNKNOWN_BEAN",
        "form-key,                processes/leave-request.bpmn,  Task_ApproveAtCounty,   FORM_KEY_NOT_FORM_REF",
        "form-binding,            processes/leave-request.bpmn,  Task_ApproveAtCounty,   FORM_BINDING",
        "no-form,                 processes/leave-request.bpmn,  Task_ApproveAtCounty,   NO_FORM",
        "no-reminder,             processes/leave-request.bpmn,  Task_ApproveAtCounty,   NO_REMINDER",
        "reminder-by-variable,    processes/leave-request.bpmn,  Task_ApproveAtCounty,   NO_REMINDER",
        "unreadable,              processes/approval-level.dmn,  '',                     UNREADABLE",
        "no-template,             processes/leave-request.bpmn,  Task_CheckSomething,    NO_TEMPLATE",
        "unknown-template,        processes/leave-request.bpmn,  Task_CheckSomething,    NO_TEMPLATE",
        "template-mismatch,       processes/leave-request.bpmn,  Task_CheckSomething,    TEMPLATE_MISMATCH",
        "template-input-missing,  processes/leave-request.bpmn,  Task_CheckSomething,    TEMPLATE_MISMATCH",
    })
    void eachDefectIsReportedAsItsRuleOnly(String fixture, String file, String elementId, String rule)
            throws URISyntaxException {
        assertThat(check(fixture))
                .extracting(ModelProblem::file, ModelProblem::elementId, ModelProblem::rule)
                .containsExactly(tuple(file, elementId, rule));
    }

    @Test
    void aTemplateThatCannotBeReadLeavesItsTasksWithoutTemplate() throws URISyntaxException {
        assertThat(check("unreadable-template"))
                .extracting(ModelProblem::file, ModelProblem::elementId, ModelProblem::rule)
                .containsExactly(
                        tuple(TEMPLATES, "", "UNREADABLE"),
                        tuple("processes/leave-request.bpmn", "Task_CheckSomething", "NO_TEMPLATE"));
    }

    @Test
    void aTaskDifferingFromItsTemplateIsToldWhatDiffers() throws URISyntaxException {
        assertThat(check("template-mismatch")).extracting(ModelProblem::message).containsExactly(
                "camunda:delegateExpression is '${registerLeave}' but element template 'cn.example.CheckSomething' sets '${checkSomething}'");
        assertThat(check("template-input-missing")).extracting(ModelProblem::message).containsExactly(
                "input parameter 'leaveDays' of element template 'cn.example.CheckSomething' is not mapped");
        assertThat(check("unknown-template")).extracting(ModelProblem::message).containsExactly(
                "element template 'cn.example.CheckSomething version 1' is not in processes/.camunda/element-templates/");
        assertThat(check("unknown-bean-template")).extracting(ModelProblem::message).containsExactly(
                "camunda:delegateExpression '${checkSomethingElse}' names no bean 'checkSomethingElse'");
        assertThat(check("reminder-by-variable")).extracting(ModelProblem::message).containsExactly(
                "user task offered to candidate groups has camunda:dueDate '${approvalDue}'; it must be "
                        + "${reminders.due()}, the approval period from the configuration");
        assertThat(check("no-reminder")).extracting(ModelProblem::message).containsExactly(
                "user task offered to candidate groups has no camunda:dueDate; it must be ${reminders.due()}, "
                        + "the approval period from the configuration");
        assertThat(check("routed-by-variable")).extracting(ModelProblem::message).containsExactly(
                "camunda:candidateGroups 'county${countyCode}Approvers' reads a process variable; route from the "
                        + "recorded case with a bean, e.g. ${route.streetParty(execution)}");
    }

    @Test
    void aReminderWithoutItsBeanIsReported() throws URISyntaxException {
        ModelChecker withoutReminders = new ModelChecker(bean -> BEANS.contains(bean) && !bean.equals("reminders"));

        assertThat(withoutReminders.check(fixture("valid").resolve("processes"), fixture("valid").resolve("forms")))
                .extracting(ModelProblem::elementId, ModelProblem::rule, ModelProblem::message)
                .containsExactly(tuple("Task_ApproveAtCounty", "NO_REMINDER",
                        "camunda:dueDate '${reminders.due()}' names no bean 'reminders'"));
    }

    @Test
    void missingFoldersCountAsEmpty(@TempDir Path emptyDir) {
        assertThat(checker.check(emptyDir.resolve("processes"), emptyDir.resolve("forms"))).isEmpty();
    }

    @Test
    void problemReadsAsOneLine() {
        ModelProblem problem = new ModelProblem("processes/x.bpmn", "Task_A", ModelProblem.NO_ASSIGNMENT,
                "user task has no candidate group, candidate user or assignee");
        ModelProblem fileProblem = new ModelProblem("forms/y.form", "", ModelProblem.UNREADABLE, "has no top-level \"id\"");

        assertThat(problem).hasToString(
                "processes/x.bpmn Task_A: NO_ASSIGNMENT user task has no candidate group, candidate user or assignee");
        assertThat(fileProblem).hasToString("forms/y.form: UNREADABLE has no top-level \"id\"");
    }

    private List<ModelProblem> check(String fixture) throws URISyntaxException {
        Path root = fixture(fixture);
        return checker.check(root.resolve("processes"), root.resolve("forms"));
    }

    private Path fixture(String name) throws URISyntaxException {
        return Path.of(Objects.requireNonNull(getClass().getResource("/model-check/" + name)).toURI());
    }
}
