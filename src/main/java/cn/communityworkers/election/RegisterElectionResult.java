package cn.communityworkers.election;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.communityworkers.system.Case;
import cn.communityworkers.system.Cases;

/**
 * Registers the election as recorded at the start (never the variables): roles, post categories, grades and pay,
 * the secretaries' terms, the election's posts and its outgoing secretaries and directors; every person it changed
 * is touched, so that the audit lists the instance under each.
 */
@Component("registerElectionResult")
class RegisterElectionResult implements JavaDelegate {

    private final ElectionService elections;
    private final Cases cases;

    RegisterElectionResult(ElectionService elections, Cases cases) {
        this.elections = elections;
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Case recorded = cases.of(execution);
        ElectionResult result = ElectionResult.read(recorded.request());
        ElectionService.Registered registered = elections.register(execution.getProcessInstanceId(), result);
        registered.workers().stream().filter(workerId -> !workerId.equals(recorded.workerId()))
                .forEach(workerId -> cases.touch(execution, workerId));
        ElectionProcess.RESULT_SUMMARY.set(execution, elections.summary(result, registered.outgoing()));
    }
}
