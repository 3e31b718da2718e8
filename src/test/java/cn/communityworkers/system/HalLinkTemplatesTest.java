package cn.communityworkers.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import jakarta.ws.rs.core.UriBuilder;

import org.camunda.bpm.engine.rest.hal.HalRelation;
import org.camunda.bpm.engine.rest.hal.HalVariableValue;
import org.camunda.bpm.engine.rest.hal.task.HalTask;
import org.junit.jupiter.api.Test;

/**
 * The task page's links built from templates parsed once are Jersey's links, character for character, whatever the
 * values: ids, names with spaces, slashes, Chinese, percent signs and braces.
 */
class HalLinkTemplatesTest {

    static final List<String> VALUES = List.of("0f8fad5b-d9cb-469f-a165-70867728950e", "a b/ü%{x}", "张三",
            "?#&=+;", "%2F", "");

    @Test
    void everyLinkOfATaskAndOfItsVariablesIsJerseysOwn() {
        new HalLinkTemplates();
        List<HalRelation> taskRelations = List.of(HalTask.REL_SELF, HalTask.REL_ASSIGNEE, HalTask.REL_OWNER,
                HalTask.REL_EXECUTION, HalTask.REL_PARENT_TASK, HalTask.REL_PROCESS_DEFINITION,
                HalTask.REL_PROCESS_INSTANCE, HalTask.REL_CASE_INSTANCE, HalTask.REL_CASE_EXECUTION,
                HalTask.REL_CASE_DEFINITION, HalTask.REL_IDENTITY_LINKS);

        for (HalRelation relation : taskRelations) {
            assertThat(relation.getUriTemplate()).isInstanceOf(HalLinkTemplates.ParsedOnce.class);
            String template = relation.getUriTemplate().toTemplate();
            for (String value : VALUES) {
                assertThat(relation.getUriTemplate().build(value)).as(template + " with " + value)
                        .isEqualTo(UriBuilder.fromPath(template).build(value));
            }
        }
        HalRelation variable = HalVariableValue.REL_SELF;
        assertThat(variable.getUriTemplate()).isInstanceOf(HalLinkTemplates.ParsedOnce.class);
        String template = variable.getUriTemplate().toTemplate();
        for (String value : VALUES) {
            Object[] values = {"/process-instance", value, "variables", value + "Name"};
            assertThat(variable.getUriTemplate().build(values)).as(template + " with " + value)
                    .isEqualTo(UriBuilder.fromPath(template).build(values));
        }
    }

    @Test
    void aMissingValueIsRefusedAsByJersey() {
        new HalLinkTemplates();
        UriBuilder parsedOnce = new HalLinkTemplates.ParsedOnce("/task/{id}");

        assertThatThrownBy(() -> parsedOnce.build((Object) null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> parsedOnce.build()).isInstanceOf(IllegalArgumentException.class);
        assertThat(HalLinkTemplates.parsedOnce(HalTask.REL_SELF)).as("set once").isSameAs(HalTask.REL_SELF);
    }
}
