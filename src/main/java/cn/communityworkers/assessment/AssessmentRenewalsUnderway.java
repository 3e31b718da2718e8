package cn.communityworkers.assessment;

import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import cn.communityworkers.system.Cases;
import cn.communityworkers.workforce.ContractDecisionsUnderway;

/**
 * The workers whose annual assessment waits at 续订劳动合同 ({@value AnnualAssessmentProcess#TASK_RENEW_CONTRACT}):
 * their contract is being renewed there (the workers of the recorded cases).
 */
@Component
class AssessmentRenewalsUnderway implements ContractDecisionsUnderway {

    private final TaskService taskService;
    private final Cases cases;

    AssessmentRenewalsUnderway(TaskService taskService, Cases cases) {
        this.taskService = taskService;
        this.cases = cases;
    }

    @Override
    public Set<String> workers() {
        return taskService.createTaskQuery().processDefinitionKey(AnnualAssessmentProcess.KEY)
                .taskDefinitionKey(AnnualAssessmentProcess.TASK_RENEW_CONTRACT).list().stream()
                .map(Task::getProcessInstanceId).distinct().map(instance -> cases.of(instance).requireWorker())
                .collect(Collectors.toSet());
    }

    @Override
    public boolean isDeciding(String workerId) {
        return taskService.createTaskQuery().processDefinitionKey(AnnualAssessmentProcess.KEY)
                .taskDefinitionKey(AnnualAssessmentProcess.TASK_RENEW_CONTRACT)
                .processInstanceBusinessKeyLike(AnnualAssessmentProcess.businessKeysOf(workerId))
                .count() > 0;
    }
}
