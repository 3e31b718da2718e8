package cn.communityworkers.system.model;

import static cn.communityworkers.system.model.ModelProblem.FORM_BINDING;
import static cn.communityworkers.system.model.ModelProblem.FORM_KEY_NOT_FORM_REF;
import static cn.communityworkers.system.model.ModelProblem.GENERATED_ID;
import static cn.communityworkers.system.model.ModelProblem.MISSING_DIAGRAM;
import static cn.communityworkers.system.model.ModelProblem.MISSING_HISTORY_TTL;
import static cn.communityworkers.system.model.ModelProblem.MISSING_VERSION_TAG;
import static cn.communityworkers.system.model.ModelProblem.NO_ASSIGNMENT;
import static cn.communityworkers.system.model.ModelProblem.NO_FORM;
import static cn.communityworkers.system.model.ModelProblem.NO_REMINDER;
import static cn.communityworkers.system.model.ModelProblem.NO_TEMPLATE;
import static cn.communityworkers.system.model.ModelProblem.ROUTED_BY_VARIABLE;
import static cn.communityworkers.system.model.ModelProblem.TEMPLATE_MISMATCH;
import static cn.communityworkers.system.model.ModelProblem.UNKNOWN_BEAN;
import static cn.communityworkers.system.model.ModelProblem.UNKNOWN_FORM;
import static cn.communityworkers.system.model.ModelProblem.UNREADABLE;
import static cn.communityworkers.system.model.ModelProblem.UNUSED_FORM;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.impl.BpmnModelConstants;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.MessageEventDefinition;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SendTask;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnDiagram;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputOutput;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputParameter;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.Definitions;
import org.camunda.bpm.model.dmn.instance.DmnElement;
import org.camunda.bpm.model.xml.ModelException;
import org.camunda.bpm.model.xml.ModelInstance;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/**
 * Inspects the BPMN and DMN models under a processes folder, the Camunda Modeler element templates beside them
 * (in {@value #TEMPLATES_FOLDER} of the processes folder) and the Camunda Forms under a forms folder
 * for defects the Camunda parser lets through: undrawn elements, ids left as Camunda Modeler generated them,
 * missing history time to live or version tag, unassigned user tasks, user tasks assigned by a process variable
 * rather than by a bean that routes from the recorded case, user tasks offered to candidate groups without the
 * due date of {@value #REMINDER}, user tasks without a form, form references that do not fit the deployed forms,
 * delegate expressions (of models and templates) naming no bean, service and send tasks that
 * do not match an element template, and files that cannot be parsed at all.
 * The rules are the constants of {@link ModelProblem}.
 */
final class ModelChecker {

    /** Modeler's random ids: {@code Activity_0x1y2z3}, {@code Flow_0k2j3h4}, {@code Field_0abc123}. */
    private static final Pattern MODELER_RANDOM_ID = Pattern.compile("[A-Za-z]+_[0-9a-z]{7}");
    /** Modeler's numbered ids: {@code StartEvent_1}, {@code Process_1}. */
    private static final Pattern MODELER_NUMBERED_ID = Pattern.compile("[A-Za-z]+_\\d+");
    /** Any expression in an attribute: {@code ${...}} or {@code #{...}}. */
    private static final Pattern EXPRESSION = Pattern.compile("[$#]\\{");
    /**
     * The only expression that may assign a user task: one method of a bean given the execution and nothing else,
     * e.g. {@code ${route.streetParty(execution)}}. Any other name in an expression is a process variable.
     */
    private static final Pattern ROUTE_BY_BEAN = Pattern.compile(
            "[$#]\\{\\s*([A-Za-z_$][A-Za-z0-9_$]*)\\s*\\.\\s*[A-Za-z_$][A-Za-z0-9_$]*\\s*\\(\\s*execution\\s*\\)\\s*}");
    /** The bean an expression such as {@code ${approvalService}} or {@code #{notifications.leaveApproved}} starts with. */
    private static final Pattern LEADING_BEAN = Pattern.compile("[$#]\\{\\s*([A-Za-z_$][A-Za-z0-9_$]*)");
    private static final String REMINDER_BEAN = "reminders";
    /**
     * The due date of every user task offered to candidate groups: the approval period after the task's creation,
     * from the configuration (the bean {@value #REMINDER_BEAN}), after which the sweep of overdue tasks marks it.
     */
    static final String REMINDER = "${" + REMINDER_BEAN + ".due()}";
    /** The DI attribute naming the BPMN element a shape or edge draws. */
    private static final String BPMN_ELEMENT_ATTRIBUTE = "bpmnElement";
    private static final String DEPLOYMENT_BINDING = "deployment";
    /** Where Camunda Modeler looks for the element templates of the diagrams below a folder. */
    static final String TEMPLATES_FOLDER = ".camunda/element-templates";
    private static final String CAMUNDA_PREFIX = "camunda:";
    private static final String DELEGATE_EXPRESSION = CAMUNDA_PREFIX + "delegateExpression";

    private final Predicate<String> beanExists;
    private final ObjectMapper json = new ObjectMapper();

    /**
     * @param beanExists tells whether a bean of the given name exists, e.g. {@code applicationContext::containsBean}
     */
    ModelChecker(Predicate<String> beanExists) {
        this.beanExists = Objects.requireNonNull(beanExists);
    }

    /**
     * Checks every {@code *.bpmn} and {@code *.dmn} under {@code processesDir}, every element template
     * ({@code *.json}) under its {@value #TEMPLATES_FOLDER} and every {@code *.form} under {@code formsDir},
     * all searched recursively; a folder that does not exist counts as empty.
     *
     * @return the problems found, ordered by file, element id and rule; empty when the models are fine
     */
    List<ModelProblem> check(Path processesDir, Path formsDir) {
        return new Inspection(processesDir, formsDir).run();
    }

    private static boolean isGenerated(String id) {
        return MODELER_RANDOM_ID.matcher(id).matches() || MODELER_NUMBERED_ID.matcher(id).matches();
    }

    private static boolean isAbsent(String attributeValue) {
        return attributeValue == null || attributeValue.isBlank();
    }

    /** Files below {@code dir} whose names end with {@code suffix}, in a stable order. */
    private static List<Path> filesBelow(Path dir, String suffix) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            return paths.filter(Files::isRegularFile)
                    .filter(path -> path.getFileName().toString().endsWith(suffix))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String folderName(Path dir) {
        return String.valueOf(dir.toAbsolutePath().normalize().getFileName());
    }

    /** {@code processes/leave/request.bpmn}: the folder's own name, then the path inside it. */
    private static String displayName(Path dir, Path file) {
        return folderName(dir) + "/" + dir.relativize(file).toString().replace(File.separatorChar, '/');
    }

    /** The id of the flow element or process a listener or event definition belongs to. */
    private static String ownerId(ModelElementInstance element) {
        for (ModelElementInstance current = element; current != null; current = current.getParentElement()) {
            if (current instanceof FlowElement flowElement) {
                return flowElement.getId();
            }
            if (current instanceof Process process) {
                return process.getId();
            }
        }
        return "";
    }

    private static <T extends ModelElementInstance> Stream<DelegateUse> delegateUses(
            ModelInstance model, Class<T> type, Function<T, String> delegateExpression) {
        return model.getModelElementsByType(type).stream()
                .filter(element -> delegateExpression.apply(element) != null)
                .map(element -> new DelegateUse(ownerId(element), delegateExpression.apply(element)));
    }

    private static Stream<String> componentIds(JsonNode container) {
        return StreamSupport.stream(container.path("components").spliterator(), false)
                .flatMap(component -> Stream.concat(
                        Stream.of(component.path("id").asText(null)), componentIds(component)));
    }

    /** An attribute of a BPMN element by its name in a model, e.g. {@code camunda:asyncBefore} or {@code name}. */
    private static String attribute(ModelElementInstance element, String qualifiedName) {
        return qualifiedName.startsWith(CAMUNDA_PREFIX)
                ? element.getAttributeValueNs(BpmnModelConstants.CAMUNDA_NS, qualifiedName.substring(CAMUNDA_PREFIX.length()))
                : element.getAttributeValue(qualifiedName);
    }

    /** The names of the input parameters an activity maps itself (not those of the activities inside it). */
    private static Set<String> inputParameterNames(Activity activity) {
        if (activity.getExtensionElements() == null) {
            return Set.of();
        }
        return activity.getExtensionElements().getElementsQuery().filterByType(CamundaInputOutput.class).list().stream()
                .flatMap(inputOutput -> inputOutput.getCamundaInputParameters().stream())
                .map(CamundaInputParameter::getCamundaName)
                .collect(Collectors.toSet());
    }

    /** Service and send tasks, and business-rule tasks implemented by a delegate rather than a decision. */
    private static Stream<Activity> tasksNeedingTemplates(BpmnModelInstance model) {
        return Stream.of(
                        model.getModelElementsByType(ServiceTask.class).stream(),
                        model.getModelElementsByType(SendTask.class).stream(),
                        model.getModelElementsByType(BusinessRuleTask.class).stream()
                                .filter(task -> task.getCamundaDelegateExpression() != null))
                .flatMap(Function.identity());
    }

    /** What {@code camunda:modelerTemplate} and {@code camunda:modelerTemplateVersion} write: the id, and the version if any. */
    private static String templateKey(String id, String version) {
        return isAbsent(version) ? id : id + " version " + version;
    }

    /**
     * A Camunda 7 element template, reduced to what a task applying it must show.
     *
     * @param hiddenValues   the attributes it sets and hides from the designer ({@code camunda:delegateExpression} among them)
     * @param requiredInputs the input parameters it asks for that are not optional
     */
    private record Template(String file, String id, String delegateExpression, Map<String, String> hiddenValues,
                            Set<String> requiredInputs) {
    }

    /** A user task or start event's form attributes. */
    private record FormUse(String elementId, String formKey, String formRef, String formRefBinding) {
    }

    /** A {@code camunda:delegateExpression} and the id of the element it belongs to. */
    private record DelegateUse(String elementId, String expression) {
    }

    /** One run of {@link #check}: the problems found so far and what the forms and models declare. */
    private final class Inspection {

        private final Path processesDir;
        private final Path formsDir;
        private final List<ModelProblem> problems = new ArrayList<>();
        private final Map<String, String> formFilesById = new HashMap<>();
        private final Set<String> referencedFormIds = new HashSet<>();
        private final Map<String, Template> templatesByKey = new HashMap<>();

        Inspection(Path processesDir, Path formsDir) {
            this.processesDir = processesDir;
            this.formsDir = formsDir;
        }

        List<ModelProblem> run() {
            filesBelow(formsDir, ".form").forEach(this::readForm);
            filesBelow(processesDir.resolve(TEMPLATES_FOLDER), ".json").forEach(this::readTemplates);
            filesBelow(processesDir, ".bpmn").forEach(this::checkBpmn);
            filesBelow(processesDir, ".dmn").forEach(this::checkDmn);
            formFilesById.forEach((formId, file) -> {
                if (!referencedFormIds.contains(formId)) {
                    report(file, formId, UNUSED_FORM, "no camunda:formRef uses form '" + formId + "'");
                }
            });
            problems.sort(ModelProblem.ORDER);
            return List.copyOf(problems);
        }

        private void report(String file, String elementId, String rule, String message) {
            problems.add(new ModelProblem(file, elementId, rule, message));
        }

        private void reportUnreadable(String file, Exception e) {
            StringJoiner reasons = new StringJoiner(": ");
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause.getMessage() != null) {
                    reasons.add(cause.getMessage());
                }
            }
            report(file, "", UNREADABLE, "cannot be parsed: " + reasons.toString().replaceAll("\\s+", " ").strip());
        }

        private void checkIds(String file, Stream<String> ids) {
            ids.filter(Objects::nonNull)
                    .filter(ModelChecker::isGenerated)
                    .forEach(id -> report(file, id, GENERATED_ID, "id looks generated by Camunda Modeler; give it a readable name"));
        }

        private void readForm(Path path) {
            String file = displayName(formsDir, path);
            JsonNode form;
            try {
                form = json.readTree(path.toFile());
            } catch (JsonProcessingException e) {
                String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr();
                report(file, "", UNREADABLE, "is not JSON: " + e.getOriginalMessage() + where);
                return;
            } catch (IOException e) {
                reportUnreadable(file, e);
                return;
            }
            JsonNode id = form.path("id");
            if (!id.isTextual() || id.asText().isBlank()) {
                report(file, "", UNREADABLE, "has no top-level \"id\"");
                return;
            }
            formFilesById.put(id.asText(), file);
            checkIds(file, Stream.concat(Stream.of(id.asText()), componentIds(form)));
        }

        private void readTemplates(Path path) {
            String file = displayName(processesDir, path);
            JsonNode content;
            try {
                content = json.readTree(path.toFile());
            } catch (JsonProcessingException e) {
                String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr();
                report(file, "", UNREADABLE, "is not JSON: " + e.getOriginalMessage() + where);
                return;
            } catch (IOException e) {
                reportUnreadable(file, e);
                return;
            }
            if (content.isObject()) {
                readTemplate(file, content);
            } else if (content.isArray()) {
                content.forEach(template -> readTemplate(file, template));
            } else {
                report(file, "", UNREADABLE, "is neither an element template nor an array of them");
            }
        }

        private void readTemplate(String file, JsonNode template) {
            JsonNode id = template.path("id");
            if (!id.isTextual() || id.asText().isBlank()) {
                report(file, "", UNREADABLE, "holds an element template without \"id\"");
                return;
            }
            Map<String, String> hiddenValues = new HashMap<>();
            Set<String> requiredInputs = new HashSet<>();
            for (JsonNode property : template.path("properties")) {
                JsonNode binding = property.path("binding");
                String bindingName = binding.path("name").asText();
                switch (binding.path("type").asText()) {
                    case "property" -> {
                        if ("Hidden".equals(property.path("type").asText()) || DELEGATE_EXPRESSION.equals(bindingName)) {
                            hiddenValues.put(bindingName, property.path("value").asText());
                        }
                    }
                    case "camunda:inputParameter" -> {
                        if (!property.path("optional").asBoolean(false)) {
                            requiredInputs.add(bindingName);
                        }
                    }
                    default -> {
                        // other bindings (output parameters, extension properties) need no check
                    }
                }
            }
            String version = template.path("version").asText(null);
            Template read = new Template(file, id.asText(), hiddenValues.get(DELEGATE_EXPRESSION), hiddenValues, requiredInputs);
            templatesByKey.put(templateKey(read.id(), version), read);
            if (read.delegateExpression() == null) {
                report(file, read.id(), UNKNOWN_BEAN, "element template binds no " + DELEGATE_EXPRESSION);
            } else {
                checkDelegate(file, new DelegateUse(read.id(), read.delegateExpression()));
            }
        }

        private void checkBpmn(Path path) {
            String file = displayName(processesDir, path);
            BpmnModelInstance model;
            try {
                model = Bpmn.readModelFromFile(path.toFile());
            } catch (ModelException e) {
                reportUnreadable(file, e);
                return;
            }
            checkDiagram(file, model);
            checkIds(file, model.getModelElementsByType(BaseElement.class).stream().map(BaseElement::getId));
            for (Process process : model.getModelElementsByType(Process.class)) {
                checkVersioning(file, process.getId(), "process",
                        process.getCamundaHistoryTimeToLiveString(), process.getCamundaVersionTag());
            }
            checkAssignments(file, model);
            checkRouting(file, model);
            checkReminders(file, model);
            checkForms(file, model);
            tasksNeedingTemplates(model).forEach(task -> checkTemplateUse(file, task));
            checkDelegateExpressions(file, model);
        }

        private void checkDiagram(String file, BpmnModelInstance model) {
            if (model.getModelElementsByType(BpmnDiagram.class).isEmpty()) {
                report(file, "", MISSING_DIAGRAM, "the file has no BPMNDiagram");
                return;
            }
            Set<String> drawnIds = Stream.concat(
                            model.getModelElementsByType(BpmnShape.class).stream(),
                            model.getModelElementsByType(BpmnEdge.class).stream())
                    .map(diagramElement -> diagramElement.getAttributeValue(BPMN_ELEMENT_ATTRIBUTE))
                    .collect(Collectors.toSet());
            model.getModelElementsByType(FlowNode.class).stream()
                    .filter(node -> !drawnIds.contains(node.getId()))
                    .forEach(node -> report(file, node.getId(), MISSING_DIAGRAM, "flow node has no BPMNShape"));
            model.getModelElementsByType(SequenceFlow.class).stream()
                    .filter(flow -> !drawnIds.contains(flow.getId()))
                    .forEach(flow -> report(file, flow.getId(), MISSING_DIAGRAM, "sequence flow has no BPMNEdge"));
        }

        private void checkVersioning(String file, String elementId, String kind, String historyTimeToLive, String versionTag) {
            if (isAbsent(historyTimeToLive)) {
                report(file, elementId, MISSING_HISTORY_TTL, kind + " has no camunda:historyTimeToLive");
            }
            if (isAbsent(versionTag)) {
                report(file, elementId, MISSING_VERSION_TAG, kind + " has no camunda:versionTag");
            }
        }

        private void checkAssignments(String file, BpmnModelInstance model) {
            model.getModelElementsByType(UserTask.class).stream()
                    .filter(task -> isAbsent(task.getCamundaCandidateGroups())
                            && isAbsent(task.getCamundaCandidateUsers())
                            && isAbsent(task.getCamundaAssignee()))
                    .forEach(task -> report(file, task.getId(), NO_ASSIGNMENT,
                            "user task has no candidate group, candidate user or assignee"));
        }

        private void checkRouting(String file, BpmnModelInstance model) {
            for (UserTask task : model.getModelElementsByType(UserTask.class)) {
                checkRoutedByBean(file, task.getId(), "camunda:candidateGroups", task.getCamundaCandidateGroups());
                checkRoutedByBean(file, task.getId(), "camunda:candidateUsers", task.getCamundaCandidateUsers());
                checkRoutedByBean(file, task.getId(), "camunda:assignee", task.getCamundaAssignee());
            }
        }

        private void checkRoutedByBean(String file, String taskId, String attribute, String value) {
            if (isAbsent(value) || !EXPRESSION.matcher(value).find()) {
                return;
            }
            Matcher route = ROUTE_BY_BEAN.matcher(value.strip());
            if (!route.matches() || !beanExists.test(route.group(1))) {
                report(file, taskId, ROUTED_BY_VARIABLE, attribute + " '" + value + "' reads a process variable; route "
                        + "from the recorded case with a bean, e.g. ${route.streetParty(execution)}");
            }
        }

        private void checkReminders(String file, BpmnModelInstance model) {
            model.getModelElementsByType(UserTask.class).stream()
                    .filter(task -> !isAbsent(task.getCamundaCandidateGroups()))
                    .forEach(task -> checkReminder(file, task.getId(), task.getCamundaDueDate()));
        }

        private void checkReminder(String file, String taskId, String dueDate) {
            if (!REMINDER.equals(dueDate)) {
                report(file, taskId, NO_REMINDER, "user task offered to candidate groups has "
                        + (isAbsent(dueDate) ? "no camunda:dueDate" : "camunda:dueDate '" + dueDate + "'")
                        + "; it must be " + REMINDER + ", the approval period from the configuration");
                return;
            }
            if (!beanExists.test(REMINDER_BEAN)) {
                report(file, taskId, NO_REMINDER, "camunda:dueDate '" + dueDate + "' names no bean '" + REMINDER_BEAN + "'");
            }
        }

        private void checkForms(String file, BpmnModelInstance model) {
            model.getModelElementsByType(UserTask.class).stream()
                    .filter(task -> isAbsent(task.getCamundaFormRef()) && isAbsent(task.getCamundaFormKey()))
                    .forEach(task -> report(file, task.getId(), NO_FORM,
                            "user task has no form; give it a Camunda Form by camunda:formRef"));
            Stream<FormUse> userTaskForms = model.getModelElementsByType(UserTask.class).stream()
                    .map(task -> new FormUse(task.getId(), task.getCamundaFormKey(),
                            task.getCamundaFormRef(), task.getCamundaFormRefBinding()));
            Stream<FormUse> startEventForms = model.getModelElementsByType(StartEvent.class).stream()
                    .map(event -> new FormUse(event.getId(), event.getCamundaFormKey(),
                            event.getCamundaFormRef(), event.getCamundaFormRefBinding()));
            Stream.concat(userTaskForms, startEventForms).forEach(use -> checkForm(file, use));
        }

        private void checkForm(String file, FormUse use) {
            if (!isAbsent(use.formKey())) {
                report(file, use.elementId(), FORM_KEY_NOT_FORM_REF,
                        "uses camunda:formKey '" + use.formKey() + "' instead of a Camunda Form by camunda:formRef");
            }
            if (isAbsent(use.formRef())) {
                return;
            }
            referencedFormIds.add(use.formRef());
            if (!formFilesById.containsKey(use.formRef())) {
                report(file, use.elementId(), UNKNOWN_FORM,
                        "camunda:formRef '" + use.formRef() + "' names no form in " + folderName(formsDir) + "/");
            }
            if (!DEPLOYMENT_BINDING.equals(use.formRefBinding())) {
                String binding = use.formRefBinding() == null
                        ? "has no camunda:formRefBinding"
                        : "has camunda:formRefBinding '" + use.formRefBinding() + "'";
                report(file, use.elementId(), FORM_BINDING, "camunda:formRef '" + use.formRef() + "' " + binding
                        + "; it must be '" + DEPLOYMENT_BINDING + "' so the form deployed with the process is used");
            }
        }

        /** The template a task names, if the templates folder holds it. */
        private Optional<Template> templateOf(Activity task) {
            String id = attribute(task, CAMUNDA_PREFIX + "modelerTemplate");
            return isAbsent(id) ? Optional.empty()
                    : Optional.ofNullable(templatesByKey.get(templateKey(id, attribute(task, CAMUNDA_PREFIX + "modelerTemplateVersion"))));
        }

        private void checkTemplateUse(String file, Activity task) {
            String id = attribute(task, CAMUNDA_PREFIX + "modelerTemplate");
            if (isAbsent(id)) {
                report(file, task.getId(), NO_TEMPLATE, "task has no element template (camunda:modelerTemplate); apply one of "
                        + folderName(processesDir) + "/" + TEMPLATES_FOLDER + "/ in Camunda Modeler");
                return;
            }
            Optional<Template> found = templateOf(task);
            if (found.isEmpty()) {
                report(file, task.getId(), NO_TEMPLATE, "element template '"
                        + templateKey(id, attribute(task, CAMUNDA_PREFIX + "modelerTemplateVersion"))
                        + "' is not in " + folderName(processesDir) + "/" + TEMPLATES_FOLDER + "/");
                return;
            }
            Template template = found.get();
            template.hiddenValues().forEach((name, value) -> {
                String actual = attribute(task, name);
                if (!value.equals(actual)) {
                    report(file, task.getId(), TEMPLATE_MISMATCH, name + " is " + (actual == null ? "missing" : "'" + actual + "'")
                            + " but element template '" + template.id() + "' sets '" + value + "'");
                }
            });
            Set<String> mapped = inputParameterNames(task);
            template.requiredInputs().stream().filter(input -> !mapped.contains(input)).sorted()
                    .forEach(input -> report(file, task.getId(), TEMPLATE_MISMATCH, "input parameter '" + input
                            + "' of element template '" + template.id() + "' is not mapped"));
        }

        /** A task's own delegate expression, unless its element template sets the same one and is checked with the templates. */
        private String delegateNotCheckedWithTemplate(Activity task, String delegateExpression) {
            boolean checkedWithTemplate = delegateExpression != null
                    && templateOf(task).map(template -> delegateExpression.equals(template.delegateExpression())).orElse(false);
            return checkedWithTemplate ? null : delegateExpression;
        }

        private void checkDelegateExpressions(String file, BpmnModelInstance model) {
            Stream.of(
                            delegateUses(model, ServiceTask.class,
                                    task -> delegateNotCheckedWithTemplate(task, task.getCamundaDelegateExpression())),
                            delegateUses(model, SendTask.class,
                                    task -> delegateNotCheckedWithTemplate(task, task.getCamundaDelegateExpression())),
                            delegateUses(model, BusinessRuleTask.class,
                                    task -> delegateNotCheckedWithTemplate(task, task.getCamundaDelegateExpression())),
                            delegateUses(model, MessageEventDefinition.class, MessageEventDefinition::getCamundaDelegateExpression),
                            delegateUses(model, CamundaExecutionListener.class, CamundaExecutionListener::getCamundaDelegateExpression),
                            delegateUses(model, CamundaTaskListener.class, CamundaTaskListener::getCamundaDelegateExpression))
                    .flatMap(Function.identity())
                    .forEach(use -> checkDelegate(file, use));
        }

        private void checkDelegate(String file, DelegateUse use) {
            Matcher bean = LEADING_BEAN.matcher(use.expression());
            if (!bean.lookingAt()) {
                report(file, use.elementId(), UNKNOWN_BEAN,
                        "camunda:delegateExpression '" + use.expression() + "' does not start with a bean name");
            } else if (!beanExists.test(bean.group(1))) {
                report(file, use.elementId(), UNKNOWN_BEAN,
                        "camunda:delegateExpression '" + use.expression() + "' names no bean '" + bean.group(1) + "'");
            }
        }

        private void checkDmn(Path path) {
            String file = displayName(processesDir, path);
            DmnModelInstance model;
            try {
                model = Dmn.readModelFromFile(path.toFile());
            } catch (ModelException e) {
                reportUnreadable(file, e);
                return;
            }
            checkIds(file, model.getModelElementsByType(DmnElement.class).stream()
                    .filter(element -> !(element instanceof Definitions))
                    .map(DmnElement::getId));
            for (Decision decision : model.getModelElementsByType(Decision.class)) {
                checkVersioning(file, decision.getId(), "decision",
                        decision.getCamundaHistoryTimeToLiveString(), decision.getVersionTag());
            }
        }
    }
}
