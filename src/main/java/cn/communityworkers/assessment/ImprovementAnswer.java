package cn.communityworkers.assessment;

import static cn.communityworkers.assessment.AnnualAssessmentProcess.IMPROVEMENT_DETAIL;
import static cn.communityworkers.assessment.AnnualAssessmentProcess.IMPROVEMENT_MEASURE;
import static cn.communityworkers.assessment.AnnualAssessmentProcess.IMPROVEMENT_START;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import cn.communityworkers.system.Cases;
import cn.communityworkers.system.TaskAnswer;

/**
 * When the street personnel office has arranged training or a change of post for the case's worker (Labour Contract
 * Law Art. 40(2)): the measure, what it is (course or new post) and its start, recorded for the worker and year.
 */
@Component("improvementAnswer")
class ImprovementAnswer extends TaskAnswer {

    private final ConsequenceService consequences;
    private final Cases cases;

    ImprovementAnswer(ConsequenceService consequences, Cases cases) {
        this.consequences = consequences;
        this.cases = cases;
    }

    @Override
    protected void check(DelegateExecution execution) {
        consequences.recordImprovement(cases.of(execution), IMPROVEMENT_MEASURE.read(execution),
                IMPROVEMENT_DETAIL.read(execution), IMPROVEMENT_START.read(execution));
    }
}
