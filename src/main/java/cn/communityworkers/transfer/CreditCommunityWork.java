package cn.communityworkers.transfer;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.communityworkers.system.Case;
import cn.communityworkers.system.Cases;
import cn.communityworkers.workforce.CareerChanges;
import cn.communityworkers.workforce.WorkerView;

/**
 * After the county's confirmation: the period of community work elsewhere in the province, as recorded at the start
 * (whatever the variables say by now), is credited to the worker with its source, and the credited years follow
 * ({@link CareerChanges#creditCommunityWork}).
 */
@Component("creditCommunityWork")
class CreditCommunityWork implements JavaDelegate {

    private final CareerChanges changes;
    private final Cases cases;

    CreditCommunityWork(CareerChanges changes, Cases cases) {
        this.changes = changes;
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Case recorded = cases.of(execution);
        changes.creditCommunityWork(recorded.requireWorker(), period(recorded, execution.getProcessInstanceId()));
    }

    /** The period in the recorded request, credited by the process instance. */
    static WorkerView.CreditedCommunityWork period(Case recorded, String processInstanceId) {
        return new WorkerView.CreditedCommunityWork(TransferArrivalProcess.PREVIOUS_FROM.in(recorded.request()),
                TransferArrivalProcess.PREVIOUS_TO.in(recorded.request()),
                TransferArrivalProcess.PREVIOUS_PLACE.in(recorded.request()),
                TransferArrivalProcess.PREVIOUS_UNIT.in(recorded.request()),
                TransferArrivalProcess.PROOF.in(recorded.request()), processInstanceId);
    }
}
