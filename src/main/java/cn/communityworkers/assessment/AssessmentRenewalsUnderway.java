package cn.communityworkers.assessment;

import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;

import cn.communityworkers.workforce.ContractDecisionsUnderway;

/**
 * The workers whose annual assessment waits at 续订劳动合同 ({@value AnnualAssessmentProcess#TASK_RENEW_CONTRACT}):
 * their contract is being renewed there.
 */
@Component
class AssessmentRenewalsUnderway implements ContractDecisionsUnderway {

    private final TaskService taskService;

    AssessmentRenewalsUnderway(TaskService taskService) {
        this.taskService = taskService;
    }

    @Override
    public boolean isDeciding(String workerId) {
        return taskService.createTaskQuery().processDefinitionKey(AnnualAssessmentProcess.KEY)
                .taskDefinitionKey(AnnualAssessmentProcess.TASK_RENEW_CONTRACT)
                .processInstanceBusinessKeyLike(AnnualAssessmentProcess.businessKeysOf(workerId))
                .count() > 0;
    }
}
