package cn.communityworkers.promotion;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.communityworkers.workforce.CareerChanges;

/**
 * The secretary (the branch's, whose hire the promotion recorded as approved) becomes public-institution staff: the
 * street labour contract ends, the institution's contract is recorded, the worker leaves the community-worker
 * headcount and goes on serving as secretary.
 */
@Component("hireIntoInstitution")
class HireIntoInstitution implements JavaDelegate {

    private final CareerChanges workers;
    private final PromotionService promotions;

    HireIntoInstitution(CareerChanges workers, PromotionService promotions) {
        this.workers = workers;
        this.promotions = promotions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String workerId = (String) execution.getVariable(PromotionProcess.WORKER_ID);
        promotions.requireStage(execution.getProcessInstanceId(), workerId, PromotionService.Stage.HIRED);
        workers.hireIntoPublicInstitution(workerId,
                Answers.text(execution.getVariable(PromotionProcess.INSTITUTION_NAME)), execution.getProcessInstanceId());
    }
}
