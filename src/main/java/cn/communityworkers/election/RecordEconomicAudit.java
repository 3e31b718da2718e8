package cn.communityworkers.election;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.communityworkers.workforce.CareerChanges;
import cn.communityworkers.workforce.WorkerView;

/**
 * Records the audit office's findings on one outgoing leader with the worker (经济责任审计, 《意见》第11条): only for an
 * outgoing secretary or director of this very election, whatever the branch's variable says (anyone else is an
 * incident, never a record).
 */
@Component("recordEconomicAudit")
class RecordEconomicAudit implements JavaDelegate {

    private final ElectionService elections;
    private final CareerChanges careers;

    RecordEconomicAudit(ElectionService elections, CareerChanges careers) {
        this.elections = elections;
        this.careers = careers;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String workerId = ElectionProcess.AUDITED_WORKER_ID.read(execution);
        ElectionService.Outgoing leader = elections.outgoing(execution.getProcessInstanceId(), workerId)
                .orElseThrow(() -> new IllegalStateException(workerId + " is no outgoing leader of the election "
                        + execution.getProcessInstanceId()));
        careers.recordEconomicAudit(leader.workerId(), new WorkerView.EconomicAudit(leader.posts(),
                ElectionProcess.PERIOD_START.read(execution), ElectionProcess.PERIOD_END.read(execution),
                ElectionProcess.FINDINGS.read(execution).strip(), ElectionProcess.CONCLUSION.read(execution),
                ElectionProcess.AUDITED_ON.read(execution), execution.getProcessInstanceId()));
    }
}
