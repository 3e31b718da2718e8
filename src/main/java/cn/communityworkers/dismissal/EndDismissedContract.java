package cn.communityworkers.dismissal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The street party working committee decided to dismiss: the worker's labour contract ends on the day of the decision
 * (TERMINATED), with the ground of Labour Contract Law Art. 39 as proposed, the statement, the union's opinion (Art.
 * 43) and no severance (Art. 46), all as recorded in the table {@code dismissal}, never from process variables.
 */
@Component("endDismissedContract")
class EndDismissedContract implements JavaDelegate {

    private final DismissalService dismissals;

    EndDismissedContract(DismissalService dismissals) {
        this.dismissals = dismissals;
    }

    @Override
    public void execute(DelegateExecution execution) {
        dismissals.endContract(execution.getProcessInstanceId());
    }
}
