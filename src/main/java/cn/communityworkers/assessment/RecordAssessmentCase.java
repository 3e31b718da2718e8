package cn.communityworkers.assessment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import cn.communityworkers.system.Cases;

/**
 * When an assessment starts (before its first tasks are routed): records the case its campaign's batch prepared
 * ({@link AnnualAssessmentProcess#start}). An assessment started any other way has none and starts nothing.
 */
@Component("recordAssessmentCase")
class RecordAssessmentCase implements ExecutionListener {

    private final Cases cases;

    RecordAssessmentCase(Cases cases) {
        this.cases = cases;
    }

    @Override
    public void notify(DelegateExecution execution) {
        cases.recordPrepared(execution, AnnualAssessmentProcess.KEY);
    }
}
