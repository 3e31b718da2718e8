package cn.communityworkers.support;

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

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Checks the forms of one process against what its steps read and know: each form submits exactly the
 * variables its step reads (editable fields) and shows only variables the process has by then (disabled
 * fields). Field keys are process-variable names.
 */
public final class FormContract {

    private FormContract() {
    }

    public static void check(String bpmnFile, String formsFolder, Map<String, Set<String>> submitted,
            Map<String, Set<String>> shown) throws IOException {
        BpmnModelInstance model = Bpmn.readModelFromFile(new File(bpmnFile));
        Map<String, JsonNode> forms = forms(formsFolder);
        Map<String, String> formOf = new HashMap<>();
        model.getModelElementsByType(UserTask.class).forEach(task -> formOf.put(task.getId(), task.getCamundaFormRef()));
        model.getModelElementsByType(StartEvent.class).stream().filter(event -> event.getCamundaFormRef() != null)
                .forEach(event -> formOf.put(event.getId(), event.getCamundaFormRef()));
        assertThat(formOf.keySet()).as("steps with a form").containsExactlyInAnyOrderElementsOf(submitted.keySet());

        formOf.forEach((element, formId) -> {
            JsonNode form = forms.get(formId);
            assertThat(form).as("form %s of %s", formId, element).isNotNull();
            Set<String> editable = new TreeSet<>();
            Set<String> disabled = new TreeSet<>();
            keys(form.path("components"), editable, disabled);
            assertThat(editable).as("keys %s submits", formId).isEqualTo(new TreeSet<>(submitted.get(element)));
            assertThat(shown.get(element)).as("keys %s shows", formId).containsAll(disabled);
        });
    }

    public static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new TreeSet<>(a);
        all.addAll(b);
        return all;
    }

    private static void keys(JsonNode components, Set<String> editable, Set<String> disabled) {
        for (JsonNode component : components) {
            if (component.has("path")) {
                // A dynamic list submits one variable (a JSON array) under its path.
                editable.add(component.path("path").asText());
                continue;
            }
            if (component.has("components")) {
                keys(component.path("components"), editable, disabled);
            }
            if (component.has("key")) {
                (component.path("disabled").asBoolean() ? disabled : editable).add(component.path("key").asText());
            }
        }
    }

    private static Map<String, JsonNode> forms(String folder) throws IOException {
        ObjectMapper json = new ObjectMapper();
        Map<String, JsonNode> forms = new HashMap<>();
        try (Stream<Path> files = Files.walk(Path.of(folder))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".form")).toList()) {
                JsonNode form = json.readTree(file.toFile());
                forms.put(form.path("id").asText(), form);
            }
        }
        return forms;
    }
}
