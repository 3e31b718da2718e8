package cn.communityworkers.assessment;

import static cn.communityworkers.assessment.AnnualAssessment.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import cn.communityworkers.system.Case;
import cn.communityworkers.system.Cases;

/** When the street party committee has held the admonishment talk (诫勉谈话) with an elected committee member. */
@Component("recordAdmonishment")
class RecordAdmonishment implements ExecutionListener {

    private final ConsequenceService consequences;
    private final Cases cases;

    RecordAdmonishment(ConsequenceService consequences, Cases cases) {
        this.consequences = consequences;
        this.cases = cases;
    }

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.isCanceled()) {
            return;
        }
        var on = TaskInput.date(execution, ADMONISHED_ON, "谈话日期", consequences.today());
        String note = TaskInput.text(execution, ADMONISHMENT_NOTE, "谈话情况", TaskInput.MAX_TEXT);
        Case assessment = cases.of(execution);
        consequences.recordAdmonishment(execution.getProcessInstanceId(), assessment.requireWorker(),
                assessment.requestedNumber(AssessmentProcess.YEAR), on, note);
    }
}
