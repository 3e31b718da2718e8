package cn.communityworkers.secondment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.stereotype.Component;

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
        if (Boolean.TRUE.equals(execution.getVariable(SecondmentProcess.SECONDMENT_ALLOWED))) {
            return;
        }
        String reason = "不予受理:" + execution.getVariable(SecondmentProcess.REJECTION_REASON);
        throw new FormFieldValidationException(Violation.of((String) execution.getVariable(SecondmentProcess.REFUSED_FIELD),
                (String) execution.getVariable(SecondmentProcess.REFUSED_RULE), reason), reason);
    }
}
