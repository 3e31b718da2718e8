package cn.communityworkers.workforce;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import cn.communityworkers.system.Cases;

/**
 * Whether the contract of a case's worker is being decided by another process now (the contract expiry's decision,
 * the annual assessment's renewal), so that a process about to open a decision on it opens none: one contract, one
 * decision at a time. The models ask it as {@code ${contractDecisions.underwayElsewhere(execution)}}.
 */
@Component("contractDecisions")
public class ContractDecisions {

    private final List<ContractDecisionsUnderway> processes;
    private final Cases cases;

    ContractDecisions(List<ContractDecisionsUnderway> processes, Cases cases) {
        this.processes = processes;
        this.cases = cases;
    }

    /** Whether a process is deciding the contract of the recorded case's worker now (the asking instance is not). */
    public boolean underwayElsewhere(DelegateExecution execution) {
        String workerId = cases.of(execution.getProcessInstanceId()).requireWorker();
        return processes.stream().anyMatch(process -> process.isDeciding(workerId));
    }
}
