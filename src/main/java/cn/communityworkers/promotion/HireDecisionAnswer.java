package cn.communityworkers.promotion;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import cn.communityworkers.system.TaskAnswer;
import cn.communityworkers.workforce.WorkerRegistry;
import cn.communityworkers.workforce.WorkerStatus;

/**
 * The county HRSS's decision on the hire of the branch's secretary (one the promotion selected, else an error): yes
 * or no; a yes names the public institution and needs the secretary at work (ACTIVE: someone on secondment returns
 * first). The decision is kept with the promotion.
 */
@Component("hireDecisionAnswer")
class HireDecisionAnswer extends TaskAnswer {

    private final PromotionService promotions;
    private final WorkerRegistry workers;

    HireDecisionAnswer(PromotionService promotions, WorkerRegistry workers) {
        this.promotions = promotions;
        this.workers = workers;
    }

    @Override
    protected void check(DelegateExecution execution) {
        boolean approved = PromotionProcess.HIRE_APPROVED.read(execution);
        String workerId = PromotionProcess.WORKER_ID.read(execution);
        promotions.requireStage(execution.getProcessInstanceId(), workerId, PromotionService.Stage.SELECTED);
        if (approved) {
            PromotionProcess.INSTITUTION_NAME.read(execution);
            WorkerStatus status = workers.find(workerId).orElseThrow().getStatus();
            if (status != WorkerStatus.ACTIVE) {
                throw PromotionProcess.HIRE_APPROVED.refusal(":该书记目前的状态是 " + status
                        + ",须在岗(ACTIVE)才能聘为事业单位工作人员");
            }
        }
        promotions.recordHireDecision(execution.getProcessInstanceId(), workerId, approved);
    }
}
