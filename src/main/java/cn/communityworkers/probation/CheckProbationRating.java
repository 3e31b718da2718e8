package cn.communityworkers.probation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.stereotype.Component;

/**
 * When the community's evaluation ends: the rating must be 优秀, 合格 or 不合格, otherwise the completion is
 * refused with a message the evaluator reads, and the task stays open. (An execution listener: its exception
 * reaches the caller as it is, so the REST API answers 400.) Nothing is checked when the probation runs out
 * and cancels the task.
 */
@Component("checkProbationRating")
class CheckProbationRating implements ExecutionListener {

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.isCanceled()) {
            return;
        }
        Object rating = execution.getVariable(ProbationProcess.PROBATION_RATING);
        if (ProbationService.RATINGS.stream().noneMatch(allowed -> allowed.name().equals(rating))) {
            throw new FormFieldValidationException(ProbationProcess.PROBATION_RATING,
                    "请选择试用期表现评价:优秀(EXCELLENT)、合格(QUALIFIED)或不合格(UNQUALIFIED)");
        }
    }
}
