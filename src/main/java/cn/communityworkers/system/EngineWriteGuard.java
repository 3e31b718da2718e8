package cn.communityworkers.system;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.form.CamundaFormRef;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.CommandChecker;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractCorrelateMessageCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractModificationCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractPatchVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractRestartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractVariableCmd;
import org.camunda.bpm.engine.impl.cmd.AddCommentCmd;
import org.camunda.bpm.engine.impl.cmd.CheckPassword;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CreateAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteProcessInstanceCommentCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteTaskCommentCmd;
import org.camunda.bpm.engine.impl.cmd.EvaluateStartConditionCmd;
import org.camunda.bpm.engine.impl.cmd.ExternalTaskCmd;
import org.camunda.bpm.engine.impl.cmd.FetchExternalTasksCmd;
import org.camunda.bpm.engine.impl.cmd.GetCamundaFormDefinitionCmd;
import org.camunda.bpm.engine.impl.cmd.GetDeployedProcessDefinitionCmd;
import org.camunda.bpm.engine.impl.cmd.MessageEventReceivedCmd;
import org.camunda.bpm.engine.impl.cmd.ModifyProcessInstanceAsyncCmd;
import org.camunda.bpm.engine.impl.cmd.ModifyProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SaveAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.SignalCmd;
import org.camunda.bpm.engine.impl.cmd.SignalEventReceivedCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceAtActivitiesCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.cmd.UpdateCommentCmd;
import org.camunda.bpm.engine.impl.cmd.batch.CorrelateAllMessageBatchCmd;
import org.camunda.bpm.engine.impl.cmd.batch.variables.SetVariablesToProcessInstancesBatchCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.form.CamundaFormRefImpl;
import org.camunda.bpm.engine.impl.form.FormDefinition;
import org.camunda.bpm.engine.impl.form.handler.DefaultFormHandler;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.repository.CamundaFormDefinition;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * What a person may write into the engine, whatever the path (the engine's REST API, Tasklist, Cockpit): one check of
 * every command a logged-in person sends, before the engine runs it, in its transaction. Commands that the system
 * runs (jobs, the processes' own steps, the project's services on a person's behalf, see {@link SystemActions}) are
 * not checked here.
 * <ul>
 * <li><b>The form is the contract.</b> Completing a task (complete, submit-form, resolve) writes only the fields its
 * deployed Camunda Form lets the person fill in, with values of their kind ({@link FormFields}); a start writes only
 * its start form's fields, a choice of the person's own units only ({@link StartChoices}). Anything else is refused, naming
 * the variable.</li>
 * <li><b>Administrators only:</b> writing variables any other way, messages, signals, modifications (starting at an
 * activity included), restarts, conditions and external tasks, changing or deleting comments and attachments, and
 * checking another person's password ({@code identity/verify}).</li>
 * <li>Comments and attachments: on a task the person may work on, and on no other process instance.</li>
 * <li><b>Auditors change nothing</b>: a command of an auditor who is not an administrator may not write anything to
 * the engine's database (the entity manager refuses to flush it, see {@link #readOnly()}).</li>
 * <li>Deleting a task of a process is refused as bad input (the engine would fail with a server error), and
 * completing a task that someone completed a moment ago is a lost race (409 over REST).</li>
 * </ul>
 */
@Component
class EngineWriteGuard extends AbstractProcessEnginePlugin {

    /** Commands that change an instance other than through a form: for administrators (and the system) only. */
    private static final List<Class<?>> ADMINISTRATORS_ONLY = List.of(
            AbstractVariableCmd.class, AbstractPatchVariablesCmd.class, SetVariablesToProcessInstancesBatchCmd.class,
            AbstractCorrelateMessageCmd.class, CorrelateAllMessageBatchCmd.class, MessageEventReceivedCmd.class,
            SignalCmd.class, SignalEventReceivedCmd.class, ModifyProcessInstanceCmd.class,
            ModifyProcessInstanceAsyncCmd.class, AbstractModificationCmd.class, StartProcessInstanceAtActivitiesCmd.class,
            AbstractRestartProcessInstanceCmd.class, EvaluateStartConditionCmd.class, ExternalTaskCmd.class,
            FetchExternalTasksCmd.class, DeleteAttachmentCmd.class, SaveAttachmentCmd.class, UpdateCommentCmd.class,
            DeleteTaskCommentCmd.class, DeleteProcessInstanceCommentCmd.class, CheckPassword.class);

    /** How many of a refused submission's problems its message lists. */
    private static final int MESSAGES_SHOWN = 5;
    private static final ThreadLocal<Call> CALL = new ThreadLocal<>();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, FormFields> formsByDefinition = new ConcurrentHashMap<>();
    private final Map<String, FormFields> formsByDeployment = new ConcurrentHashMap<>();
    private final Map<String, Field> fields = new ConcurrentHashMap<>();
    private final StartForms startForms;

    EngineWriteGuard(StartForms startForms) {
        this.startForms = startForms;
    }

    /** A command sent by a logged-in person, and who: checked once, when it runs in its command context. */
    private record Call(Command<?> command, boolean administrator, boolean readOnly, List<String> groups) {
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setCustomPreCommandInterceptorsTxRequired(with(
                configuration.getCustomPreCommandInterceptorsTxRequired(), new WhoIsCalling(configuration)));
        configuration.setCustomPreCommandInterceptorsTxRequiresNew(with(
                configuration.getCustomPreCommandInterceptorsTxRequiresNew(), new WhoIsCalling(configuration)));
        configuration.setCustomPostCommandInterceptorsTxRequired(with(
                configuration.getCustomPostCommandInterceptorsTxRequired(), new Checks()));
        configuration.setCustomPostCommandInterceptorsTxRequiresNew(with(
                configuration.getCustomPostCommandInterceptorsTxRequiresNew(), new Checks()));
    }

    private static List<CommandInterceptor> with(List<CommandInterceptor> interceptors, CommandInterceptor added) {
        List<CommandInterceptor> all = interceptors == null ? new ArrayList<>() : new ArrayList<>(interceptors);
        all.add(added);
        return all;
    }

    /** Whether the command running on this thread was sent by an auditor who may only read. */
    static boolean readOnly() {
        Call call = CALL.get();
        return call != null && call.readOnly();
    }

    /** Before the command context: remembers who sends a top-level command, for the checks and for flushing. */
    private static final class WhoIsCalling extends CommandInterceptor {

        private final ProcessEngineConfigurationImpl configuration;

        WhoIsCalling(ProcessEngineConfigurationImpl configuration) {
            this.configuration = configuration;
        }

        @Override
        public <T> T execute(Command<T> command) {
            Authentication authentication = configuration.getIdentityService().getCurrentAuthentication();
            if (CALL.get() != null || Context.getCommandContext() != null || authentication == null) {
                return next.execute(command);
            }
            List<String> groups = authentication.getGroupIds() == null ? List.of() : authentication.getGroupIds();
            boolean administrator = groups.contains(Groups.CAMUNDA_ADMIN);
            CALL.set(new Call(command, administrator,
                    !administrator && groups.contains(CurrentUser.AUDITORS), groups));
            try {
                return next.execute(command);
            } finally {
                CALL.remove();
            }
        }
    }

    /** In the command context, before the command runs: the checks of a person's command. */
    private final class Checks extends CommandInterceptor {

        @Override
        public <T> T execute(Command<T> command) {
            Call call = CALL.get();
            if (call == null || call.command() != command) {
                return next.execute(command);
            }
            CommandContext context = Context.getCommandContext();
            try {
                check(command, call, context);
                return next.execute(command);
            } catch (RuntimeException e) {
                // A task completed by someone else while this completion ran: its permission, its execution are gone.
                if (command instanceof CompleteTaskCmd || command instanceof SubmitTaskFormCmd) {
                    refuseIfCompletedMeanwhile(read(command, "taskId", String.class), context, e);
                }
                throw e;
            }
        }
    }

    private void check(Command<?> command, Call call, CommandContext context) {
        if (command instanceof CompleteTaskCmd) {
            checkCompletion(read(command, "taskId", String.class), read(command, "variables", Map.class), context);
        } else if (command instanceof SubmitTaskFormCmd) {
            checkCompletion(read(command, "taskId", String.class), read(command, "properties", Map.class), context);
        } else if (command instanceof StartProcessInstanceCmd) {
            ProcessInstantiationBuilderImpl start = read(command, "instantiationBuilder",
                    ProcessInstantiationBuilderImpl.class);
            checkStart(new GetDeployedProcessDefinitionCmd(start, false).execute(context), start.getVariables(), call);
        } else if (command instanceof SubmitStartFormCmd) {
            checkStart(context.getProcessEngineConfiguration().getDeploymentCache()
                    .findDeployedProcessDefinitionById(read(command, "processDefinitionId", String.class)),
                    read(command, "variables", Map.class), call);
        } else if (command instanceof DeleteTaskCmd) {
            checkTaskDeletion(command, context);
        } else if (command instanceof AddCommentCmd || command instanceof CreateAttachmentCmd) {
            if (!call.administrator()) {
                checkNote(read(command, "taskId", String.class), read(command, "processInstanceId", String.class),
                        context);
            }
        } else if (!call.administrator() && ADMINISTRATORS_ONLY.stream().anyMatch(type -> type.isInstance(command))) {
            throw new AuthorizationException("只有管理员可以这样修改流程数据,请通过待办任务的表单办理");
        }
    }

    // --- completions and starts ---

    private void checkCompletion(String taskId, Map<String, Object> variables, CommandContext context) {
        TaskEntity task = taskId == null ? null : context.getTaskManager().findTaskById(taskId);
        if (task == null) {
            refuseIfCompleted(taskId, context);
            return; // the engine answers that there is no such task
        }
        task.initializeFormKey();
        CamundaFormRef ref = task.getCamundaFormRef();
        FormFields form = ref == null ? null
                : form(ref, task.getProcessDefinition() == null ? null : task.getProcessDefinition().getDeploymentId(),
                        context);
        refuseViolations(form, task.getName(), variables, name -> {
            JsonNode shown = asJson(task.getVariableTyped(name, false));
            return shown == null ? NullNode.getInstance() : shown;
        }, valuesKey -> null, () -> {
            // Rights before content: someone who may not work the task is told so, not what is wrong with what they
            // submitted. An answer without fault is left to the engine, which checks the same rights as it completes
            // the task (checking them here too cost a completion a quarter of its time: benchmark record A20).
            for (CommandChecker checker : context.getProcessEngineConfiguration().getCommandCheckers()) {
                checker.checkTaskWork(task);
            }
        });
    }

    /** A task that someone completed a moment before: the person lost a race (409 over REST). */
    private static void refuseIfCompleted(String taskId, CommandContext context) {
        HistoricTaskInstance done = taskId == null ? null
                : context.getHistoricTaskInstanceManager().findHistoricTaskInstanceById(taskId);
        if (done != null && done.getEndTime() != null) {
            throw new OptimisticLockingException("该任务已由" + (done.getAssignee() == null ? "他人" : done.getAssignee())
                    + "办结,不能再次提交");
        }
    }

    private static void refuseIfCompletedMeanwhile(String taskId, CommandContext context, RuntimeException failure) {
        try {
            refuseIfCompleted(taskId, context);
        } catch (OptimisticLockingException lostRace) {
            lostRace.addSuppressed(failure);
            throw lostRace;
        } catch (RuntimeException unreadable) {
            // The history cannot be read either (the database refused the rest of the transaction): the failure stands.
            failure.addSuppressed(unreadable);
        }
    }

    private void checkStart(ProcessDefinitionEntity definition, Map<String, Object> variables, Call call) {
        if (definition == null) {
            return;
        }
        // Rights before content: someone who may not start the process is told so, whatever they submitted.
        for (CommandChecker checker : Context.getCommandContext().getProcessEngineConfiguration().getCommandCheckers()) {
            checker.checkCreateProcessInstance(definition);
        }
        FormDefinition startForm = definition.getStartFormDefinition();
        if (startForm == null || startForm.getCamundaFormDefinitionKey() == null) {
            if (!call.administrator() && variables != null && !variables.isEmpty()) {
                throw Refusal.of(variables.keySet().iterator().next(),
                        "「" + definition.getName() + "」没有启动表单,启动时不能提交变量");
            }
            return;
        }
        FormFields form = form(new CamundaFormRefImpl(startForm.getCamundaFormDefinitionKey().getExpressionText(),
                startForm.getCamundaFormDefinitionBinding()), definition.getDeploymentId(), Context.getCommandContext());
        // A choice offered to the person (their street's workers, their county): only those; an administrator, who
        // belongs to no unit, is checked by the process's own first step.
        Function<String, Set<String>> choices = valuesKey -> {
            List<StartChoices.Choice> offered = call.administrator() ? null : startForms.offered(valuesKey, call.groups());
            return offered == null ? null : offered.stream().map(StartChoices.Choice::value).collect(Collectors.toSet());
        };
        refuseViolations(form, definition.getName(), variables, name -> {
            FormFields.Field field = form.fields().get(name);
            return field == null || field.defaultValue().isMissingNode() ? NullNode.getInstance() : field.defaultValue();
        }, choices, () -> { });
    }

    /**
     * Refuses what the form does not let the person submit, naming the fields; {@code beforeRefusing} runs first when
     * there is something to refuse.
     */
    private static void refuseViolations(FormFields form, String step, Map<String, Object> variables,
            Function<String, JsonNode> current, Function<String, Set<String>> choices, Runnable beforeRefusing) {
        Map<String, JsonNode> submitted = new LinkedHashMap<>();
        List<FormFields.Violation> violations = new ArrayList<>();
        Map<String, Object> typed = variables == null ? Map.of() : variables instanceof VariableMap map
                ? typedValues(map) : variables;
        typed.forEach((name, value) -> {
            JsonNode json = asJson(value);
            if (json == null) {
                violations.add(new FormFields.Violation(name, name + "的值的类型不被接受"));
            } else {
                submitted.put(name, json);
            }
        });
        if (form == null) {
            submitted.keySet().forEach(name -> violations.add(new FormFields.Violation(name,
                    "「" + step + "」没有表单,不能提交" + name)));
        } else {
            violations.addAll(form.check(submitted, current, choices));
        }
        if (!violations.isEmpty()) {
            beforeRefusing.run();
            List<String> messages = violations.stream().map(FormFields.Violation::message).distinct().toList();
            String shown = String.join(";", messages.subList(0, Math.min(MESSAGES_SHOWN, messages.size())));
            throw Refusal.of(violations.get(0).variable(), messages.size() <= MESSAGES_SHOWN
                    ? shown : shown + ";等共 " + messages.size() + " 处");
        }
    }

    private static Map<String, Object> typedValues(VariableMap map) {
        Map<String, Object> typed = new LinkedHashMap<>();
        map.keySet().forEach(name -> typed.put(name, map.getValueTyped(name)));
        return typed;
    }

    /**
     * The fields of a deployed form, read once per form definition (deployed forms never change); a form bound to its
     * process's deployment, as all of ours are, is found without asking the database again.
     */
    private FormFields form(CamundaFormRef ref, String deploymentId, CommandContext context) {
        if (DefaultFormHandler.FORM_REF_BINDING_DEPLOYMENT.equals(ref.getBinding())) {
            String key = deploymentId + "/" + ref.getKey();
            FormFields known = formsByDeployment.get(key);
            if (known != null) {
                return known;
            }
            FormFields found = formOfDefinition(ref, deploymentId, context);
            formsByDeployment.put(key, found);
            return found;
        }
        return formOfDefinition(ref, deploymentId, context);
    }

    private FormFields formOfDefinition(CamundaFormRef ref, String deploymentId, CommandContext context) {
        CamundaFormDefinition definition = context.runWithoutAuthorization(
                new GetCamundaFormDefinitionCmd(ref, deploymentId));
        if (definition == null) {
            throw new BadUserRequestException("找不到表单 " + ref.getKey() + ",不能提交");
        }
        return formsByDefinition.computeIfAbsent(definition.getId(), id -> {
            ResourceEntity resource = context.getResourceManager()
                    .findResourceByDeploymentIdAndResourceName(definition.getDeploymentId(), definition.getResourceName());
            try {
                return FormFields.of(JSON.readTree(resource.getBytes()));
            } catch (java.io.IOException e) {
                throw new IllegalStateException("form " + definition.getResourceName() + " is not JSON", e);
            }
        });
    }

    // --- other commands ---

    private void checkTaskDeletion(Command<?> command, CommandContext context) {
        Collection<String> ids = new ArrayList<>();
        String taskId = read(command, "taskId", String.class);
        if (taskId != null) {
            ids.add(taskId);
        }
        Collection<?> taskIds = read(command, "taskIds", Collection.class);
        if (taskIds != null) {
            taskIds.forEach(id -> ids.add((String) id));
        }
        for (String id : ids) {
            TaskEntity task = context.getTaskManager().findTaskById(id);
            if (task != null && task.getExecutionId() != null) {
                throw new BadUserRequestException("任务「" + task.getName() + "」属于正在办理的流程,不能删除;"
                        + "如需终止,请由管理员在流程监控中处理整个流程");
            }
        }
    }

    /** A comment or attachment: only on a task the person may work on, and in that task's process instance only. */
    private static void checkNote(String taskId, String processInstanceId, CommandContext context) {
        TaskEntity task = taskId == null ? null : context.getTaskManager().findTaskById(taskId);
        if (task == null) {
            throw new AuthorizationException("只能在自己可以办理的待办任务上填写备注或添加附件");
        }
        if (processInstanceId != null && !processInstanceId.equals(task.getProcessInstanceId())) {
            throw new AuthorizationException("备注和附件只能记在该任务所属的流程上");
        }
        for (CommandChecker checker : context.getProcessEngineConfiguration().getCommandCheckers()) {
            checker.checkTaskWork(task);
        }
    }

    // --- values ---

    /**
     * A submitted or stored value as JSON, objects in their serialized form; null for a kind of value that no form
     * field takes (bytes, files, XML, objects serialized other than as JSON).
     */
    private static JsonNode asJson(Object value) {
        Object raw = value;
        if (value instanceof TypedValue typed) {
            String type = typed.getType() == null ? null : typed.getType().getName();
            if (ValueType.BYTES.getName().equals(type) || ValueType.FILE.getName().equals(type) || "xml".equals(type)) {
                return null;
            }
            if (typed instanceof SerializableValue serializable) {
                if (serializable.getSerializationDataFormat() != null
                        && !Variables.SerializationDataFormats.JSON.getName().equals(serializable.getSerializationDataFormat())) {
                    return null;
                }
                String text = serializable.getValueSerialized();
                if (text == null && serializable.isDeserialized()) {
                    Object object = serializable.getValue();
                    text = object == null ? null : object instanceof String string ? string : null;
                    if (text == null) {
                        return object == null ? NullNode.getInstance() : tree(object);
                    }
                }
                try {
                    return text == null ? NullNode.getInstance() : JSON.readTree(text);
                } catch (java.io.IOException e) {
                    return TextNode.valueOf(text);
                }
            }
            raw = typed.getValue();
        }
        if (raw == null) {
            return NullNode.getInstance();
        }
        if (raw instanceof java.util.Date date) {
            return TextNode.valueOf(date.toInstant().toString());
        }
        if (raw instanceof byte[] || raw instanceof java.io.InputStream) {
            return null;
        }
        return tree(raw);
    }

    private static JsonNode tree(Object object) {
        try {
            return JSON.valueToTree(object);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** A protected field of one of the engine's commands (they have no getters for what they carry). */
    private <T> T read(Object command, String name, Class<T> type) {
        Field field = fields.computeIfAbsent(command.getClass().getName() + "#" + name, key -> find(command.getClass(), name));
        try {
            return type.cast(field.get(command));
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot read " + name + " of " + command.getClass().getName(), e);
        }
    }

    private static Field find(Class<?> type, String name) {
        for (Class<?> current = type; current != null; current = current.getSuperclass()) {
            try {
                Field field = current.getDeclaredField(name);
                field.setAccessible(true);
                return field;
            } catch (NoSuchFieldException e) {
                // declared higher up
            }
        }
        throw new IllegalStateException(type.getName() + " has no field " + name + " (engine upgrade?)");
    }
}
