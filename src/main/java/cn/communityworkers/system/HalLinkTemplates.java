package cn.communityworkers.system;

import java.net.URI;

import jakarta.ws.rs.core.UriBuilder;

import org.camunda.bpm.engine.rest.hal.HalRelation;
import org.camunda.bpm.engine.rest.hal.HalVariableValue;
import org.camunda.bpm.engine.rest.hal.task.HalTask;
import org.glassfish.jersey.uri.UriComponent;
import org.glassfish.jersey.uri.UriTemplate;
import org.glassfish.jersey.uri.internal.JerseyUriBuilder;
import org.springframework.stereotype.Component;

/**
 * The link templates of the tasks and variables in Camunda's HAL answers (Tasklist's task page), parsed once. Every
 * link of a task (about six) and of each of its columns' variables is built from its relation's template, which
 * Jersey's builder parses again for every link: a fifth of the samples of a task page's list in a profile
 * (benchmark record A20). The relations are Camunda's own, set again at start with a builder that keeps the parsed
 * template and encodes the values as Jersey's does; their links are the same, character for character.
 */
@Component
class HalLinkTemplates {

    HalLinkTemplates() {
        HalTask.REL_SELF = parsedOnce(HalTask.REL_SELF);
        HalTask.REL_ASSIGNEE = parsedOnce(HalTask.REL_ASSIGNEE);
        HalTask.REL_OWNER = parsedOnce(HalTask.REL_OWNER);
        HalTask.REL_EXECUTION = parsedOnce(HalTask.REL_EXECUTION);
        HalTask.REL_PARENT_TASK = parsedOnce(HalTask.REL_PARENT_TASK);
        HalTask.REL_PROCESS_DEFINITION = parsedOnce(HalTask.REL_PROCESS_DEFINITION);
        HalTask.REL_PROCESS_INSTANCE = parsedOnce(HalTask.REL_PROCESS_INSTANCE);
        HalTask.REL_CASE_INSTANCE = parsedOnce(HalTask.REL_CASE_INSTANCE);
        HalTask.REL_CASE_EXECUTION = parsedOnce(HalTask.REL_CASE_EXECUTION);
        HalTask.REL_CASE_DEFINITION = parsedOnce(HalTask.REL_CASE_DEFINITION);
        HalTask.REL_IDENTITY_LINKS = parsedOnce(HalTask.REL_IDENTITY_LINKS);
        HalVariableValue.REL_SELF = parsedOnce(HalVariableValue.REL_SELF);
    }

    /** The relation with its template parsed once; a relation set so before (a second application context) as it is. */
    static HalRelation parsedOnce(HalRelation relation) {
        if (relation.getUriTemplate() instanceof ParsedOnce) {
            return relation;
        }
        return HalRelation.build(relation.getRelName(), relation.getResourceType(),
                new ParsedOnce(relation.getUriTemplate().toTemplate()));
    }

    /**
     * Jersey's builder of a template, which builds a link from the template it parsed when it was made. Values are
     * encoded as a path segment each, as {@link UriBuilder#build(Object...)} encodes them (a slash too); a call with
     * a missing value or a number of values other than the template's variables is Jersey's own.
     */
    static final class ParsedOnce extends JerseyUriBuilder {

        private final UriTemplate template;

        ParsedOnce(String template) {
            path(template);
            this.template = new UriTemplate(template);
        }

        @Override
        public URI build(Object... values) {
            if (values == null || values.length != template.getTemplateVariables().size()) {
                return super.build(values);
            }
            String[] encoded = new String[values.length];
            for (int i = 0; i < values.length; i++) {
                if (values[i] == null) {
                    return super.build(values);
                }
                encoded[i] = UriComponent.encode(values[i].toString(), UriComponent.Type.PATH_SEGMENT);
            }
            return URI.create(template.createURI(encoded));
        }
    }
}
