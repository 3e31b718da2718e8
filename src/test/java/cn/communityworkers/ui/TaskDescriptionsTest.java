package cn.communityworkers.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.Documentation;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;

/**
 * Tasklist's 说明 tab shows a user task's BPMN documentation: every user task of every model has one, written
 * in Chinese for the approver, with no English, API path or variable name in it.
 */
class TaskDescriptionsTest {

    @Test
    void everyUserTaskTellsTheApproverInChineseWhatToCheckAndDecide() throws IOException {
        List<String> tasks = new ArrayList<>();
        List<String> broken = new ArrayList<>();
        try (Stream<Path> models = Files.walk(Path.of("processes"))) {
            for (Path model : models.filter(path -> path.toString().endsWith(".bpmn")).toList()) {
                for (UserTask task : Bpmn.readModelFromFile(model.toFile()).getModelElementsByType(UserTask.class)) {
                    tasks.add(task.getId());
                    String text = task.getDocumentations().stream().map(Documentation::getTextContent)
                            .reduce("", String::concat).strip();
                    if (text.length() < 20 || text.matches("(?s).*[A-Za-z/{}_].*")) {
                        broken.add(model.getFileName() + " " + task.getId() + ": " + text);
                    }
                }
            }
        }
        assertThat(tasks).hasSizeGreaterThanOrEqualTo(25);
        assertThat(broken).as("user tasks without a Chinese description for the approver").isEmpty();
    }
}
