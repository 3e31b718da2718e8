package cn.communityworkers.secondment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import cn.communityworkers.system.Refusal;
import cn.communityworkers.system.Violation;

/**
 * A request that the eligibility table refuses is not accepted: the start fails with the table's reason, naming the
 * request's field and the rule (in Tasklist the person sees the reason at once; over REST a 400), and the start's
 * transaction, with its recorded case, is rolled back. Nothing remains half-written and nobody is asked.
 */
@Component("refuseIneligibleSecondment")
class RefuseIneligibleSecondment implements ExecutionListener {

    @Override
    public void notify(DelegateExecution execution) {
        if (SecondmentProcess.SECONDMENT_ALLOWED.read(execution)) {
            return;
        }
        String reason = "不予受理:" + SecondmentProcess.REJECTION_REASON.read(execution);
        throw Refusal.of(Violation.of(SecondmentProcess.REFUSED_FIELD.read(execution),
                SecondmentProcess.REFUSED_RULE.read(execution), reason));
    }
}
