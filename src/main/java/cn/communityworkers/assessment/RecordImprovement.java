package cn.communityworkers.assessment;

import static cn.communityworkers.assessment.AnnualAssessment.*;

import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import cn.communityworkers.system.Case;
import cn.communityworkers.system.Cases;

/**
 * When the street personnel office has arranged training or a change of post for the case's worker (Labour Contract
 * Law Art. 40(2)): the measure, what it is (course or new post) and its start, recorded for the worker and year.
 */
@Component("recordImprovement")
class RecordImprovement implements ExecutionListener {

    /** The longest course or post name ({@code assessment_consequence.improvement_detail}). */
    static final int MAX_DETAIL = 200;

    private final ConsequenceService consequences;
    private final Cases cases;

    RecordImprovement(ConsequenceService consequences, Cases cases) {
        this.consequences = consequences;
        this.cases = cases;
    }

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.isCanceled()) {
            return;
        }
        String measure = TaskInput.choice(execution, IMPROVEMENT_MEASURE, "培训或调整工作岗位",
                Set.of(Consequence.TRAINING, Consequence.POST_CHANGE));
        String detail = TaskInput.text(execution, IMPROVEMENT_DETAIL, "培训课程或新的工作岗位", MAX_DETAIL);
        var start = TaskInput.date(execution, IMPROVEMENT_START, "开始日期", null);
        Case assessment = cases.of(execution);
        consequences.recordImprovement(execution.getProcessInstanceId(), assessment.requireWorker(),
                assessment.requestedNumber(AssessmentProcess.YEAR), measure, detail, start);
    }
}
