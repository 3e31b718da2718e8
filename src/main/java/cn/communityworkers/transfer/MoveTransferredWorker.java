package cn.communityworkers.transfer;

import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.communityworkers.system.Case;
import cn.communityworkers.system.Cases;
import cn.communityworkers.workforce.CareerChanges;

/**
 * On the transfer date, after the approval: the worker's community (and street) becomes the receiving one in the
 * registry, from the case as recorded at the start (worker, both communities, date), whatever the variables say by
 * now. A worker who is no longer in the community the transfer found them in (moved meanwhile, left) is not moved:
 * BPMN error {@value TransferProcess#ERROR_WORKER_MOVED}.
 */
@Component("moveTransferredWorker")
class MoveTransferredWorker implements JavaDelegate {

    private final CareerChanges changes;
    private final Cases cases;
    private final TransferCase transferCase;

    MoveTransferredWorker(CareerChanges changes, Cases cases, TransferCase transferCase) {
        this.changes = changes;
        this.cases = cases;
        this.transferCase = transferCase;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Case recorded = cases.of(execution);
        String ground = transferCase.betweenStreets(execution)
                ? "县域内跨街道调动,经县委社会工作部批准(《意见》第3条:市地级或县级层面实行总量控制,统筹调配社区工作者)"
                : "街道统筹调配所辖社区的社区专职工作人员(《意见》第3条)";
        if (!changes.transfer(recorded.requireWorker(), recorded.requireCommunity(), recorded.requireTargetCommunity(),
                TransferCase.transferDate(recorded), ground, execution.getProcessInstanceId())) {
            throw new BpmnError(TransferProcess.ERROR_WORKER_MOVED,
                    "该社区工作者已不在原社区或已离开社区工作者队伍,本次调动不能生效");
        }
    }
}
