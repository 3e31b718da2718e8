package cn.communityworkers.probation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import cn.communityworkers.system.TaskAnswer;

/**
 * The community's evaluation: the rating must be 优秀, 合格 or 不合格 (and a comment, if given, fit the form),
 * otherwise the completion is refused with a message the evaluator reads, and the task stays open.
 */
@Component("probationRatingAnswer")
class ProbationRatingAnswer extends TaskAnswer {

    @Override
    protected void check(DelegateExecution execution) {
        if (!ProbationService.RATINGS.contains(ProbationProcess.PROBATION_RATING.read(execution))) {
            throw ProbationProcess.PROBATION_RATING.refusal("须为优秀(EXCELLENT)、合格(QUALIFIED)或不合格(UNQUALIFIED)");
        }
        ProbationProcess.COMMENT.readIfGiven(execution);
    }
}
