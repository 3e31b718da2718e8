package cn.communityworkers.promotion;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.stereotype.Component;

import cn.communityworkers.workforce.WorkerRegistry;
import cn.communityworkers.workforce.WorkerStatus;

/**
 * When the county HRSS decides on the hire of the branch's secretary (one the promotion selected, else an error): yes
 * or no; a yes names the public institution and needs the secretary at work (ACTIVE: someone on secondment returns
 * first). The decision is kept with the promotion.
 */
@Component("checkHireDecision")
class CheckHireDecision implements ExecutionListener {

    private final PromotionService promotions;
    private final WorkerRegistry workers;

    CheckHireDecision(PromotionService promotions, WorkerRegistry workers) {
        this.promotions = promotions;
        this.workers = workers;
    }

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.isCanceled()) {
            return;
        }
        boolean approved = Answers.yesOrNo(execution.getVariable(PromotionProcess.HIRE_APPROVED),
                PromotionProcess.HIRE_APPROVED, "是否同意聘用");
        String workerId = (String) execution.getVariable(PromotionProcess.WORKER_ID);
        promotions.requireStage(execution.getProcessInstanceId(), workerId, PromotionService.Stage.SELECTED);
        if (approved) {
            Answers.requiredText(execution.getVariable(PromotionProcess.INSTITUTION_NAME),
                    PromotionProcess.INSTITUTION_NAME, "聘用的事业单位");
            WorkerStatus status = workers.find(workerId).orElseThrow().getStatus();
            if (status != WorkerStatus.ACTIVE) {
                throw new FormFieldValidationException(PromotionProcess.HIRE_APPROVED,
                        "该书记目前的状态是 " + status + ",须在岗(ACTIVE)才能聘为事业单位工作人员");
            }
        }
        promotions.recordHireDecision(execution.getProcessInstanceId(), workerId, approved);
    }
}
