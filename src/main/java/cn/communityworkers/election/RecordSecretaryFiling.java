package cn.communityworkers.election;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Records the county organisation department's answer to the secretary's filing with the election: filed (备案,
 * 《意见》第9条) that day, or sent back with its reasons (the result stays registered: a filing is no approval; the
 * street answers and files again).
 */
@Component("recordSecretaryFiling")
class RecordSecretaryFiling implements JavaDelegate {

    private final ElectionService elections;

    RecordSecretaryFiling(ElectionService elections) {
        this.elections = elections;
    }

    @Override
    public void execute(DelegateExecution execution) {
        boolean accepted = ElectionProcess.FILING_ACCEPTED.read(execution);
        elections.recordFiling(execution.getProcessInstanceId(), accepted,
                ElectionProcess.FILING_OPINION.readIfGiven(execution).orElse(null));
    }
}
