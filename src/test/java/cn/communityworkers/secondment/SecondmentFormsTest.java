package cn.communityworkers.secondment;

import static cn.communityworkers.secondment.SecondmentProcess.*;
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
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Each form of the secondment submits exactly the variables its step reads, and shows only variables the
 * process has by then; keys are the process-variable names.
 */
class SecondmentFormsTest {

    static final Set<String> REQUEST = Set.of(WORKER_ID, BORROWING_ORGANIZATION, BORROWING_ORG_LEVEL, BORROWING_ORG_TYPE,
            START_DATE, END_DATE, PURPOSE);
    static final Set<String> KNOWN_AFTER_VERIFY = union(REQUEST, Set.of(WORKER_NAME, COMMUNITY_NAME, STREET_NAME));

    static final Map<String, Set<String>> SUBMITTED = Map.of(
            "StartEvent_SecondmentRequested", REQUEST,
            TASK_GIVE_COMMUNITY_OPINION, Set.of("communityAgrees", "communityOpinion"),
            TASK_REVIEW_AT_STREET, Set.of("streetApproves", "streetOpinion"),
            TASK_APPROVE_AT_COUNTY, Set.of("countyApproves", "countyOpinion"),
            TASK_CONFIRM_RETURN, Set.of(RETURNED_ON, RETURN_NOTE));

    static final Map<String, Set<String>> SHOWN = Map.of(
            "StartEvent_SecondmentRequested", Set.of(),
            TASK_GIVE_COMMUNITY_OPINION, KNOWN_AFTER_VERIFY,
            TASK_REVIEW_AT_STREET, union(KNOWN_AFTER_VERIFY, Set.of("communityOpinion")),
            TASK_APPROVE_AT_COUNTY, union(KNOWN_AFTER_VERIFY, Set.of("communityOpinion", "streetOpinion")),
            TASK_CONFIRM_RETURN, KNOWN_AFTER_VERIFY);

    @Test
    void everyFormSubmitsWhatItsStepReadsAndShowsWhatTheProcessKnows() throws IOException {
        BpmnModelInstance model = Bpmn.readModelFromFile(new File("processes/secondment/secondment.bpmn"));
        Map<String, JsonNode> forms = forms();
        Map<String, String> formOf = new HashMap<>();
        model.getModelElementsByType(UserTask.class).forEach(task -> formOf.put(task.getId(), task.getCamundaFormRef()));
        model.getModelElementsByType(StartEvent.class).forEach(event -> formOf.put(event.getId(), event.getCamundaFormRef()));
        assertThat(formOf.keySet()).containsExactlyInAnyOrderElementsOf(SUBMITTED.keySet());

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
        try (Stream<Path> files = Files.walk(Path.of("forms/secondment"))) {
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
