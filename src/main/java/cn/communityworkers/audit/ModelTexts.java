package cn.communityworkers.audit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.impl.BpmnModelConstants;
import org.camunda.bpm.model.bpmn.instance.EventBasedGateway;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.communityworkers.system.FormFields;
import cn.communityworkers.system.SystemActions;

/**
 * The words a deployed process uses for what it records, read from its own deployment, so that whatever a designer
 * changes in the models shows on the audit pages without code: the labels of the Camunda Forms (per step, and for
 * the whole process), the labels of the forms' options, the labels of the decision tables' inputs and outputs, the
 * descriptions of their rules, and the outcome each flow node marks (extension properties {@value #OUTCOME} and
 * {@value #OUTCOME_REASON}: the variable whose value says why). Read once per process definition (a deployment never
 * changes).
 */
@Component
class ModelTexts {

    /** Extension property of a flow node: passing it decides the case's outcome (e.g. 批准, 不批准, 不予受理). */
    static final String OUTCOME = "outcome";
    /** Extension property beside {@value #OUTCOME}: the variable that holds the reason of that outcome. */
    static final String OUTCOME_REASON = "outcomeReason";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern VARIABLE = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    /** An outcome a flow node marks, and the variable holding its reason (or null). */
    record Mark(String outcome, String reasonVariable) {
    }

    /**
     * @param steps    per flow node with a form: variable → label in that form
     * @param fields   variable → label anywhere in the process (forms first, in model order; then decision columns)
     * @param options  variable → (value → option label), from the forms
     * @param rules    {@code decisionKey/ruleId} → the rule's description
     * @param inputs   {@code decisionKey/clauseId} → the variable a decision input reads, where it reads one
     * @param marks    flow node → the outcome it marks
     * @param awaited  event-based gateway → what a case there waits for (the names of the events after it)
     */
    record Texts(Map<String, Map<String, String>> steps, Map<String, String> fields,
            Map<String, Map<String, String>> options, Map<String, String> rules, Map<String, String> inputs,
            Map<String, Mark> marks, Map<String, String> awaited) {
    }

    private final RepositoryService repositoryService;
    private final SystemActions system;
    private final Map<String, Texts> byDefinition = new ConcurrentHashMap<>();

    ModelTexts(RepositoryService repositoryService, SystemActions system) {
        this.repositoryService = repositoryService;
        this.system = system;
    }

    /** The texts of a deployed process definition; empty ones when its deployment is gone. */
    Texts of(String processDefinitionId) {
        Texts known = byDefinition.get(processDefinitionId);
        if (known != null) {
            return known;
        }
        Texts read = system.run(() -> read(processDefinitionId));
        if (read == null) {
            return new Texts(Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of());
        }
        byDefinition.put(processDefinitionId, read);
        return read;
    }

    private Texts read(String processDefinitionId) {
        ProcessDefinition definition = repositoryService.createProcessDefinitionQuery()
                .processDefinitionId(processDefinitionId).singleResult();
        if (definition == null) {
            return null;
        }
        String deploymentId = definition.getDeploymentId();
        Map<String, Map<String, FormFields.Label>> forms = new LinkedHashMap<>();
        for (String resource : repositoryService.getDeploymentResourceNames(deploymentId)) {
            if (resource.endsWith(".form")) {
                JsonNode schema = json(deploymentId, resource);
                forms.put(schema.path("id").asText(), FormFields.labels(schema));
            }
        }
        Map<String, Map<String, String>> steps = new LinkedHashMap<>();
        Map<String, String> fields = new LinkedHashMap<>();
        Map<String, Map<String, String>> options = new LinkedHashMap<>();
        Map<String, Mark> marks = new LinkedHashMap<>();
        Map<String, String> awaited = new LinkedHashMap<>();
        BpmnModelInstance model = repositoryService.getBpmnModelInstance(processDefinitionId);
        for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
            Map<String, FormFields.Label> form = forms.get(node.getAttributeValueNs(BpmnModelConstants.CAMUNDA_NS, "formRef"));
            if (form != null) {
                Map<String, String> labels = new LinkedHashMap<>();
                form.forEach((variable, label) -> {
                    labels.put(variable, label.label());
                    fields.putIfAbsent(variable, label.label());
                    if (!label.options().isEmpty()) {
                        options.putIfAbsent(variable, label.options());
                    }
                });
                steps.put(node.getId(), labels);
            }
            mark(node).ifPresent(mark -> marks.put(node.getId(), mark));
            if (node instanceof EventBasedGateway) {
                awaited.put(node.getId(), String.join("或", node.getOutgoing().stream()
                        .map(flow -> flow.getTarget().getName()).filter(Objects::nonNull).toList()));
            }
        }
        Map<String, String> rules = new LinkedHashMap<>();
        Map<String, String> inputs = new LinkedHashMap<>();
        for (DecisionDefinition decisions : repositoryService.createDecisionDefinitionQuery().deploymentId(deploymentId).list()) {
            DmnModelInstance dmn = repositoryService.getDmnModelInstance(decisions.getId());
            for (Decision decision : dmn.getModelElementsByType(Decision.class)) {
                for (Input input : decision.getChildElementsByType(DecisionTable.class)
                        .stream().flatMap(table -> table.getInputs().stream()).toList()) {
                    String expression = input.getInputExpression() == null || input.getInputExpression().getText() == null
                            ? "" : input.getInputExpression().getText().getTextContent().strip();
                    if (VARIABLE.matcher(expression).matches()) {
                        inputs.put(decision.getId() + "/" + input.getId(), expression);
                        if (input.getLabel() != null) {
                            fields.putIfAbsent(expression, input.getLabel());
                        }
                    }
                }
                for (Output output : decision.getChildElementsByType(DecisionTable.class)
                        .stream().flatMap(table -> table.getOutputs().stream()).toList()) {
                    if (output.getName() != null && output.getLabel() != null) {
                        fields.putIfAbsent(output.getName(), output.getLabel());
                    }
                }
                for (Rule rule : decision.getChildElementsByType(DecisionTable.class)
                        .stream().flatMap(table -> table.getRules().stream()).toList()) {
                    if (rule.getDescription() != null && !rule.getDescription().getTextContent().isBlank()) {
                        rules.put(decision.getId() + "/" + rule.getId(), rule.getDescription().getTextContent().strip());
                    }
                }
            }
        }
        return new Texts(steps, fields, options, rules, inputs, marks, awaited);
    }

    private static Optional<Mark> mark(FlowNode node) {
        if (node.getExtensionElements() == null) {
            return Optional.empty();
        }
        Map<String, String> properties = new LinkedHashMap<>();
        for (CamundaProperties list : node.getExtensionElements().getElementsQuery().filterByType(CamundaProperties.class).list()) {
            for (CamundaProperty property : list.getCamundaProperties()) {
                properties.put(property.getCamundaName(), property.getCamundaValue());
            }
        }
        String outcome = properties.get(OUTCOME);
        return outcome == null || outcome.isBlank() ? Optional.empty()
                : Optional.of(new Mark(outcome.strip(), properties.get(OUTCOME_REASON)));
    }

    private JsonNode json(String deploymentId, String resource) {
        try (InputStream in = repositoryService.getResourceAsStream(deploymentId, resource)) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
