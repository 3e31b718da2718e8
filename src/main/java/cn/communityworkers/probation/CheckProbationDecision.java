package cn.communityworkers.probation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.stereotype.Component;

/**
 * When the street's decision ends: it must say whether the worker passed, and a "not passed" needs the reason
 * why the worker does not meet the hiring conditions (《劳动合同法》第二十一条: the employer states its reasons).
 * Otherwise the completion is refused with a readable message (400 over REST) and the task stays open.
 * Nothing is checked when the probation runs out and cancels the task.
 */
@Component("checkProbationDecision")
class CheckProbationDecision implements ExecutionListener {

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.isCanceled()) {
            return;
        }
        if (!(execution.getVariable(ProbationProcess.PROBATION_PASSED) instanceof Boolean passed)) {
            throw new FormFieldValidationException(ProbationProcess.PROBATION_PASSED,
                    "请选择是否转正(" + ProbationProcess.PROBATION_PASSED + ")");
        }
        if (passed) {
            return;
        }
        Object reason = execution.getVariable(ProbationProcess.REASON);
        if (!(reason instanceof String text) || text.isBlank()) {
            throw new FormFieldValidationException(ProbationProcess.REASON,
                    "不予转正时必须写明不符合录用条件的理由(" + ProbationProcess.REASON + ")");
        }
        if (text.strip().length() > ProbationService.MAX_REASON_LENGTH) {
            throw new FormFieldValidationException(ProbationProcess.REASON,
                    "不予转正的理由不能超过" + ProbationService.MAX_REASON_LENGTH + "个字");
        }
        execution.setVariable(ProbationProcess.REASON, text.strip());
    }
}
