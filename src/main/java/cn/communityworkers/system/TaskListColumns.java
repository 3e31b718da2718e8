package cn.communityworkers.system;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * The columns of the shared Tasklist filters (worker, community, street) for every approver. Tasklist reads a
 * listed variable with the approver's permissions: a candidate group may read its task but not the process
 * instance, so the process's own variables would show as empty columns. Every user task therefore gets, when it
 * is created, its own copy of those of the variables its process has.
 */
@Component
public class TaskListColumns extends AbstractProcessEnginePlugin {

    /** The variables the filters show, with their column labels. */
    public static final List<String[]> COLUMNS = List.of(
            new String[] {CaseVariables.WORKER_NAME.name(), "社区工作者"},
            new String[] {CaseVariables.COMMUNITY_NAME.name(), "社区"},
            new String[] {CaseVariables.STREET_NAME.name(), "街道"});

    private static final TaskListener COPY_TO_TASK = TaskListColumns::copyToTask;

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        EnginePlugins.addParseListener(configuration, new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
                // After the model's own create listeners, which may prepare those variables.
                if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior) {
                    behavior.getTaskDefinition().addTaskListener(TaskListener.EVENTNAME_CREATE, COPY_TO_TASK);
                }
            }
        });
    }

    static void copyToTask(DelegateTask task) {
        for (String[] column : COLUMNS) {
            String name = column[0];
            if (!task.hasVariableLocal(name) && task.getVariable(name) instanceof String value) {
                task.setVariableLocal(name, value);
            }
        }
    }
}
