package cn.communityworkers.promotion;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.stereotype.Component;

/**
 * An objection during the public notice: it must concern a secretary on notice in this promotion. Kept in the
 * objection's own scope, so that several objections are investigated side by side.
 */
@Component("registerPromotionObjection")
class RegisterPromotionObjection implements JavaDelegate {

    private final PromotionService promotions;

    RegisterPromotionObjection(PromotionService promotions) {
        this.promotions = promotions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object workerId = execution.getVariable(PromotionProcess.WORKER_ID);
        if (!(workerId instanceof String id) || !promotions.onNotice(execution.getProcessInstanceId(), id)) {
            throw new FormFieldValidationException(PromotionProcess.WORKER_ID,
                    "异议必须针对本次正在公示的拟聘人选(workerId),收到的是:" + workerId);
        }
        PromotionService.Secretary secretary = promotions.secretary(execution.getProcessInstanceId(), id).orElseThrow();
        execution.setVariableLocal(PromotionProcess.OBJECTED_WORKER_ID, id);
        execution.setVariableLocal(PromotionProcess.WORKER_NAME, secretary.workerName());
        execution.setVariableLocal(PromotionProcess.COMMUNITY_NAME, secretary.communityName());
        execution.setVariableLocal(PromotionProcess.OBJECTION_TEXT,
                Answers.text(execution.getVariable(PromotionProcess.OBJECTION)));
        // The investigation's conclusion belongs to this objection, not to the next one's form.
        execution.setVariableLocal(PromotionProcess.OBJECTION_UPHELD, null);
        execution.setVariableLocal(PromotionProcess.FINDING, null);
    }
}
