package cn.communityworkers.system.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.stereotype.Component;

import cn.communityworkers.organisation.StartVerification;
import cn.communityworkers.system.TaskAnswer;
import cn.communityworkers.system.WhenCancelled;

/**
 * The process-module contract, checked on the code and the models as they are (see src/docs/adding-a-process.md):
 * <ul>
 * <li>an approver's answer is checked by a {@link TaskAnswer} (the end listener of a user task), and its class says
 * so by its name ({@code ...Answer}); a listener undoing a cancelled instance is a {@link WhenCancelled};</li>
 * <li>a process people start (a start form) begins with a {@link StartVerification}, which also declares who may
 * start it;</li>
 * <li>refusals go through {@code system/Refusal}: no class outside {@code system} names the engine's internal
 * {@code FormFieldValidationException};</li>
 * <li>variables are read and written through the process classes' typed variables: no {@code getVariable("...")}
 * with a literal name in the application's code.</li>
 * </ul>
 * Planted breaches show that each rule finds what it looks for.
 */
class ProcessModuleConventionsTest {

    private static final Path MAIN = Path.of("src/main/java");
    private static final Pattern ENGINE_REFUSAL = Pattern.compile(
            "import org\\.camunda\\.bpm\\.engine\\.impl\\.form\\.validator\\.FormFieldValidationException;");
    private static final Pattern LITERAL_VARIABLE = Pattern.compile("\\b[gs]etVariable(Local)?\\(\\s*\"");
    private static final Pattern BEAN = Pattern.compile("^\\$\\{(\\w+)}$");

    private static Map<String, Class<?>> beans;

    @BeforeAll
    static void scanComponents() throws ClassNotFoundException {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(true);
        beans = new LinkedHashMap<>();
        for (BeanDefinition definition : scanner.findCandidateComponents("cn.communityworkers")) {
            Class<?> type = Class.forName(definition.getBeanClassName());
            Component component = type.getAnnotation(Component.class);
            String name = component != null && !component.value().isEmpty() ? component.value()
                    : Character.toLowerCase(type.getSimpleName().charAt(0)) + type.getSimpleName().substring(1);
            beans.put(name, type);
        }
    }

    @Test
    void everyAnswerIsATaskAnswerAndSaysSo() throws IOException {
        assertThat(beans.values().stream().filter(TaskAnswer.class::isAssignableFrom)).as("answers found")
                .hasSizeGreaterThanOrEqualTo(25);
        assertThat(models()).as("models found").hasSizeGreaterThanOrEqualTo(7);
        assertThat(misnamedListeners(beans)).isEmpty();
        assertThat(userTaskEndListenersThatAreNotAnswers(models())).isEmpty();
    }

    @Test
    void everyProcessPeopleStartBeginsWithAStartVerification() throws IOException {
        List<String> checked = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, BpmnModelInstance> model : models().entrySet()) {
            for (StartEvent start : model.getValue().getModelElementsByType(StartEvent.class)) {
                if (start.getCamundaFormRef() == null) {
                    continue;
                }
                checked.add(start.getId());
                FlowNode first = start.getOutgoing().iterator().next().getTarget();
                Class<?> type = first instanceof ServiceTask task ? bean(task.getCamundaDelegateExpression()) : null;
                if (type == null || !StartVerification.class.isAssignableFrom(type)) {
                    problems.add(model.getKey() + ": " + first.getId() + " after " + start.getId());
                }
            }
        }
        assertThat(checked).as("start events with a start form").hasSizeGreaterThanOrEqualTo(5);
        assertThat(problems).as("first steps of processes people start that are not a StartVerification").isEmpty();
    }

    @Test
    void onlyTheSystemPackageNamesTheEnginesRefusal() throws IOException {
        assertThat(sourcesMatching(MAIN, ENGINE_REFUSAL)).containsExactlyInAnyOrder(
                "cn/communityworkers/system/Refusal.java", "cn/communityworkers/system/EngineRestResources.java",
                "cn/communityworkers/system/RefusalLogging.java");
    }

    @Test
    void noVariableIsReadOrWrittenByALiteralName() throws IOException {
        assertThat(sourcesMatching(MAIN, LITERAL_VARIABLE)).isEmpty();
    }

    /** Planted breaches: each rule reports them. */
    @Test
    void theRulesFindPlantedBreaches() throws IOException {
        assertThat(misnamedListeners(Map.of("payAnswer", PlainListenerNamedAnswer.class,
                "releaseSeats", CancellationNotSaidByName.class)))
                .containsExactlyInAnyOrder("payAnswer: PlainListenerNamedAnswer", "releaseSeats: CancellationNotSaidByName");
        Path planted = Files.createTempDirectory("planted");
        Files.writeString(planted.resolve("Planted.java"), """
                import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
                class Planted { Object read(org.camunda.bpm.engine.delegate.DelegateExecution e) {
                    return e.getVariable("workerId"); } }
                """);
        assertThat(sourcesMatching(planted, ENGINE_REFUSAL)).containsExactly("Planted.java");
        assertThat(sourcesMatching(planted, LITERAL_VARIABLE)).containsExactly("Planted.java");
        BpmnModelInstance model = Bpmn.createExecutableProcess("planted").startEvent("StartEvent_Planted")
                .userTask("Task_Planted").camundaExecutionListenerDelegateExpression("end", "${releaseSeats}")
                .endEvent("EndEvent_Planted").done();
        beans.put("releaseSeats", CancellationNotSaidByName.class);
        try {
            assertThat(userTaskEndListenersThatAreNotAnswers(Map.of("planted.bpmn", model)))
                    .containsExactly("planted.bpmn: Task_Planted -> ${releaseSeats}");
        } finally {
            beans.remove("releaseSeats");
        }
    }

    /** Classes whose name and base disagree: an {@code ...Answer} that is no TaskAnswer, and so on. */
    static List<String> misnamedListeners(Map<String, Class<?>> components) {
        List<String> problems = new ArrayList<>();
        components.forEach((name, type) -> {
            boolean answer = TaskAnswer.class.isAssignableFrom(type);
            boolean cancellation = WhenCancelled.class.isAssignableFrom(type);
            if (answer != type.getSimpleName().endsWith("Answer")
                    || cancellation != type.getSimpleName().endsWith("WhenCancelled")) {
                problems.add(name + ": " + type.getSimpleName());
            }
        });
        return problems;
    }

    /** End listeners of user tasks that are beans but not answers. */
    static List<String> userTaskEndListenersThatAreNotAnswers(Map<String, BpmnModelInstance> models) {
        List<String> problems = new ArrayList<>();
        models.forEach((file, model) -> {
            for (UserTask task : model.getModelElementsByType(UserTask.class)) {
                if (task.getExtensionElements() == null) {
                    continue;
                }
                for (CamundaExecutionListener listener : task.getExtensionElements().getElementsQuery()
                        .filterByType(CamundaExecutionListener.class).list()) {
                    Class<?> type = bean(listener.getCamundaDelegateExpression());
                    if (ExecutionListener.EVENTNAME_END.equals(listener.getCamundaEvent())
                            && (type == null || !TaskAnswer.class.isAssignableFrom(type))) {
                        problems.add(file + ": " + task.getId() + " -> " + listener.getCamundaDelegateExpression());
                    }
                }
            }
        });
        return problems;
    }

    private static Class<?> bean(String expression) {
        Matcher matcher = expression == null ? null : BEAN.matcher(expression);
        return matcher != null && matcher.matches() ? beans.get(matcher.group(1)) : null;
    }

    static List<String> sourcesMatching(Path root, Pattern pattern) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(path -> path.toString().endsWith(".java")).filter(path -> {
                try {
                    return pattern.matcher(Files.readString(path)).find();
                } catch (IOException e) {
                    throw new IllegalStateException(path.toString(), e);
                }
            }).map(path -> root.relativize(path).toString().replace('\\', '/')).sorted().toList();
        }
    }

    static Map<String, BpmnModelInstance> models() throws IOException {
        Map<String, BpmnModelInstance> models = new LinkedHashMap<>();
        try (Stream<Path> files = Files.walk(Path.of("processes"))) {
            for (Path file : files.filter(path -> path.toString().endsWith(".bpmn")).sorted().toList()) {
                try (InputStream in = Files.newInputStream(file)) {
                    models.put(file.toString(), Bpmn.readModelFromStream(in));
                }
            }
        }
        return models;
    }

    /** Planted: a plain listener that says it is an answer. */
    static final class PlainListenerNamedAnswer implements ExecutionListener {
        @Override
        public void notify(DelegateExecution execution) {
            // planted: checks nothing
        }
    }

    /** Planted: a cancellation listener whose name does not say so. */
    static final class CancellationNotSaidByName extends WhenCancelled {
        @Override
        protected void cancelled(DelegateExecution execution) {
            // planted: undoes nothing
        }
    }
}
