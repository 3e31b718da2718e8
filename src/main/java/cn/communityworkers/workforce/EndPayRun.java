package cn.communityworkers.workforce;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * When a pay run ends, completed or deleted (e.g. by an administrator in Cockpit), the county may start another:
 * without this a deleted run would block its county for good. What it recomputed stays recomputed.
 */
@Component("endPayRun")
class EndPayRun implements ExecutionListener {

    private final PayRunService payRuns;

    EndPayRun(PayRunService payRuns) {
        this.payRuns = payRuns;
    }

    @Override
    public void notify(DelegateExecution execution) {
        payRuns.finish(execution.getProcessInstanceId(), execution.isCanceled());
    }
}
