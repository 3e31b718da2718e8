package cn.communityworkers.election;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The audit branches of an election: one per outgoing secretary or director as registered
 * ({@code camunda:collection="${electionAudits.outgoing(execution)}"}), never from a process variable.
 */
@Component("electionAudits")
public class ElectionAudits {

    private final ElectionService elections;

    ElectionAudits(ElectionService elections) {
        this.elections = elections;
    }

    /** The ids of the election's outgoing secretaries and directors. */
    public List<String> outgoing(DelegateExecution execution) {
        return elections.outgoing(execution.getProcessInstanceId()).stream().map(ElectionService.Outgoing::workerId)
                .toList();
    }
}
