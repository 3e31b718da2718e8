package cn.communityworkers.assessment;

import static cn.communityworkers.assessment.AnnualAssessmentProcess.ADMONISHED_ON;
import static cn.communityworkers.assessment.AnnualAssessmentProcess.ADMONISHMENT_NOTE;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import cn.communityworkers.system.Cases;
import cn.communityworkers.system.TaskAnswer;

/**
 * When the street party committee has held the admonishment talk (诫勉谈话) with an elected committee member: the
 * day (not in the future) and what was said, recorded for the case's worker and year.
 */
@Component("admonishmentAnswer")
class AdmonishmentAnswer extends TaskAnswer {

    private final ConsequenceService consequences;
    private final Cases cases;

    AdmonishmentAnswer(ConsequenceService consequences, Cases cases) {
        this.consequences = consequences;
        this.cases = cases;
    }

    @Override
    protected void check(DelegateExecution execution) {
        var on = consequences.notInFuture(ADMONISHED_ON, ADMONISHED_ON.read(execution));
        consequences.recordAdmonishment(cases.of(execution), on, ADMONISHMENT_NOTE.read(execution));
    }
}
