package cn.communityworkers.probation;

import static cn.communityworkers.probation.ProbationProcess.*;
import static cn.communityworkers.system.CaseVariables.STREET_NAME;
import static cn.communityworkers.system.CaseVariables.COMMUNITY_NAME;
import static cn.communityworkers.system.CaseVariables.WORKER_NAME;
import static cn.communityworkers.system.CaseVariables.WORKER_ID;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import cn.communityworkers.system.CaseVariables;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Each form of the probation submits exactly the variables its step reads, and shows only variables the
 * process has by then; keys are the process-variable names.
 */
class ProbationFormsTest {

    static final Set<String> KNOWN_AFTER_PREPARE = Set.of(WORKER_ID.name(), PROBATION_END.name(), WORKER_NAME.name(), COMMUNITY_NAME.name(),
            STREET_NAME.name());

    static final Map<String, Set<String>> SUBMITTED = Map.of(
            TASK_EVALUATE_PROBATION, Set.of(PROBATION_RATING.name(), COMMENT.name()),
            TASK_DECIDE_PROBATION, Set.of(PROBATION_PASSED.name(), REASON.name()));

    static final Map<String, Set<String>> SHOWN = Map.of(
            TASK_EVALUATE_PROBATION, KNOWN_AFTER_PREPARE,
            TASK_DECIDE_PROBATION, union(KNOWN_AFTER_PREPARE, Set.of(PROBATION_RATING.name(), COMMENT.name())));

    @Test
    void everyFormSubmitsWhatItsStepReadsAndShowsWhatTheProcessKnows() throws IOException {
        BpmnModelInstance model = Bpmn.readModelFromFile(new File("processes/probation/probation.bpmn"));
        Map<String, JsonNode> forms = forms();
        Map<String, String> formOf = new HashMap<>();
        model.getModelElementsByType(UserTask.class).forEach(task -> formOf.put(task.getId(), task.getCamundaFormRef()));
        model.getModelElementsByType(StartEvent.class).stream().filter(event -> event.getCamundaFormRef() != null)
                .forEach(event -> formOf.put(event.getId(), event.getCamundaFormRef()));
        assertThat(formOf.keySet()).containsExactlyInAnyOrderElementsOf(SUBMITTED.keySet());
        assertThat(forms.keySet()).containsExactlyInAnyOrderElementsOf(formOf.values());

        formOf.forEach((element, formId) -> {
            JsonNode form = forms.get(formId);
            assertThat(form).as("form %s of %s", formId, element).isNotNull();
            Set<String> submitted = new TreeSet<>();
            Set<String> shown = new TreeSet<>();
            keys(form.path("components"), submitted, shown);
            assertThat(submitted).as("keys %s submits", formId).isEqualTo(new TreeSet<>(SUBMITTED.get(element)));
            assertThat(SHOWN.get(element)).as("keys %s shows", formId).containsAll(shown);
        });
    }

    @Test
    void theRatingIsRequiredAndOneOfTheThree() throws IOException {
        JsonNode rating = component(forms().get("probation-evaluation"), PROBATION_RATING.name());
        assertThat(rating.path("validate").path("required").asBoolean()).isTrue();
        Set<String> values = new TreeSet<>();
        rating.path("values").forEach(value -> values.add(value.path("value").asText()));
        Set<String> allowed = new TreeSet<>();
        ProbationService.RATINGS.forEach(value -> allowed.add(value.name()));
        assertThat(values).isEqualTo(allowed);
    }

    /** form-js validates no hidden field: the reason is asked for, and required, only while "passed" is unticked. */
    @Test
    void theReasonIsRequiredUnlessTheWorkerPassed() throws IOException {
        JsonNode reason = component(forms().get("probation-decision"), REASON.name());
        assertThat(reason.path("validate").path("required").asBoolean()).isTrue();
        assertThat(reason.path("validate").path("maxLength").asInt()).isEqualTo(ProbationService.MAX_REASON_LENGTH);
        assertThat(reason.path("conditional").path("hide").asText()).isEqualTo("=" + PROBATION_PASSED.name());
    }

    private static JsonNode component(JsonNode form, String key) {
        for (JsonNode component : form.path("components")) {
            if (key.equals(component.path("key").asText()) && !component.path("disabled").asBoolean()) {
                return component;
            }
        }
        throw new AssertionError("no input " + key + " in form " + form.path("id").asText());
    }

    private static void keys(JsonNode components, Set<String> submitted, Set<String> shown) {
        for (JsonNode component : components) {
            if (component.has("components")) {
                keys(component.path("components"), submitted, shown);
            }
            if (component.has("key")) {
                (component.path("disabled").asBoolean() ? shown : submitted).add(component.path("key").asText());
            }
        }
    }

    private static Map<String, JsonNode> forms() throws IOException {
        ObjectMapper json = new ObjectMapper();
        Map<String, JsonNode> forms = new HashMap<>();
        try (Stream<Path> files = Files.walk(Path.of("forms/probation"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".form")).toList()) {
                JsonNode form = json.readTree(file.toFile());
                forms.put(form.path("id").asText(), form);
            }
        }
        return forms;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new TreeSet<>(a);
        all.addAll(b);
        return all;
    }
}
