package cn.communityworkers.promotion;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * After the decision table judged one secretary: every rule's outcome and reason is kept for the promotion, with
 * the activity instance that evaluated it (its decision instance in history).
 */
@Component("recordSecretaryEligibility")
class RecordSecretaryEligibility implements ExecutionListener {

    private final PromotionService promotions;

    RecordSecretaryEligibility(PromotionService promotions) {
        this.promotions = promotions;
    }

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.isCanceled()) {
            return;
        }
        List<PromotionService.Reason> reasons = new ArrayList<>();
        for (Map<String, Object> rule : PromotionProcess.ELIGIBILITY_RULES.read(execution)) {
            reasons.add(new PromotionService.Reason((String) rule.get("rule"), Boolean.TRUE.equals(rule.get("passed")),
                    (String) rule.get("reason")));
        }
        promotions.recordEligibility(execution.getProcessInstanceId(),
                PromotionProcess.WORKER_ID.read(execution), reasons, execution.getActivityInstanceId());
    }
}
