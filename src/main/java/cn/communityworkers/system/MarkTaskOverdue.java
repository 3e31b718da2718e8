package cn.communityworkers.system;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.springframework.stereotype.Component;

/**
 * Reached from a task's reminder timer: marks that task overdue (催办), so it rises to the top of the task
 * list, carries a task variable {@value #OVERDUE} and a comment, and the escalation stays in history.
 */
@Component("markTaskOverdue")
class MarkTaskOverdue implements JavaDelegate {

    static final String OVERDUE = "overdue";
    static final int OVERDUE_PRIORITY = 90;

    private final TaskService taskService;

    MarkTaskOverdue(TaskService taskService) {
        this.taskService = taskService;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String overdueTask = remindedTask((FlowNode) execution.getBpmnModelElementInstance());
        for (Task task : taskService.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
                .taskDefinitionKey(overdueTask).list()) {
            task.setPriority(OVERDUE_PRIORITY);
            taskService.saveTask(task);
            taskService.setVariableLocal(task.getId(), OVERDUE, true);
            taskService.createComment(task.getId(), execution.getProcessInstanceId(),
                    "已超过办理期限,系统已催办。");
        }
    }

    /** The task whose reminder (a boundary timer) leads to this step. */
    private static String remindedTask(FlowNode step) {
        for (SequenceFlow incoming : step.getIncoming()) {
            if (incoming.getSource() instanceof BoundaryEvent reminder) {
                return reminder.getAttachedTo().getId();
            }
        }
        throw new IllegalStateException(step.getId() + " is not reached from a task's reminder timer");
    }
}
