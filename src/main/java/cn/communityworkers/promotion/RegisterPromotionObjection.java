package cn.communityworkers.promotion;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.communityworkers.system.CaseVariables;

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
        String workerId = PromotionProcess.WORKER_ID.read(execution);
        PromotionService.Secretary secretary = promotions.secretary(execution.getProcessInstanceId(), workerId)
                .filter(s -> promotions.onNotice(execution.getProcessInstanceId(), workerId))
                .orElseThrow(() -> PromotionProcess.WORKER_ID.refusal("须为本次正在公示的拟聘人选,收到的是:" + workerId));
        execution.setVariableLocal(PromotionProcess.OBJECTED_WORKER_ID.name(), workerId);
        execution.setVariableLocal(CaseVariables.WORKER_NAME.name(), secretary.workerName());
        execution.setVariableLocal(CaseVariables.COMMUNITY_NAME.name(), secretary.communityName());
        execution.setVariableLocal(PromotionProcess.OBJECTION_TEXT.name(),
                PromotionProcess.OBJECTION.readIfGiven(execution).orElse(null));
        // The investigation's conclusion belongs to this objection, not to the next one's form.
        execution.setVariableLocal(PromotionProcess.OBJECTION_UPHELD.name(), null);
        execution.setVariableLocal(PromotionProcess.FINDING.name(), null);
    }
}
