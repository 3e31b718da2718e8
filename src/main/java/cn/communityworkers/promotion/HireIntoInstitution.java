package cn.communityworkers.promotion;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.communityworkers.system.Cases;
import cn.communityworkers.workforce.CareerChanges;

/**
 * The secretary (the branch's, whose hire the promotion recorded as approved) becomes public-institution staff: the
 * street labour contract ends, the institution's contract is recorded, the worker leaves the community-worker
 * headcount and goes on serving as secretary. The hired secretary's audit lists the promotion.
 */
@Component("hireIntoInstitution")
class HireIntoInstitution implements JavaDelegate {

    private final CareerChanges workers;
    private final PromotionService promotions;
    private final Cases cases;

    HireIntoInstitution(CareerChanges workers, PromotionService promotions, Cases cases) {
        this.workers = workers;
        this.promotions = promotions;
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String workerId = PromotionProcess.WORKER_ID.read(execution);
        promotions.requireStage(execution.getProcessInstanceId(), workerId, PromotionService.Stage.HIRED);
        workers.hireIntoPublicInstitution(workerId, PromotionProcess.INSTITUTION_NAME.read(execution),
                execution.getProcessInstanceId());
        cases.touch(execution, workerId);
    }
}
