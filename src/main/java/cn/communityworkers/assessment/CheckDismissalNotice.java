package cn.communityworkers.assessment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.stereotype.Component;

/** Before the contract is ended: the street confirms that the worker has been told the ground. */
@Component("checkDismissalNotice")
class CheckDismissalNotice implements ExecutionListener {

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.isCanceled()) {
            return;
        }
        if (!Boolean.TRUE.equals(execution.getVariable(AnnualAssessment.GROUND_EXPLAINED))) {
            throw new FormFieldValidationException(AnnualAssessment.GROUND_EXPLAINED,
                    "解除劳动合同前须已向本人告知解除依据(groundExplained)");
        }
    }
}
