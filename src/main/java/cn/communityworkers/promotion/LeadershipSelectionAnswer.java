package cn.communityworkers.promotion;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import cn.communityworkers.system.TaskAnswer;
import cn.communityworkers.workforce.SelectionRoute;
import cn.communityworkers.workforce.CareerChanges;

/**
 * The selection into the street leadership of the branch's secretary (one the promotion hired): the route (择优调任
 * TRANSFER or 换届选举 ELECTION), whether the secretary was selected, and the post when selected; kept on the worker.
 */
@Component("leadershipSelectionAnswer")
class LeadershipSelectionAnswer extends TaskAnswer {

    private final CareerChanges workers;
    private final PromotionService promotions;

    LeadershipSelectionAnswer(CareerChanges workers, PromotionService promotions) {
        this.workers = workers;
        this.promotions = promotions;
    }

    @Override
    protected void check(DelegateExecution execution) {
        SelectionRoute route = PromotionProcess.SELECTION_ROUTE.read(execution);
        boolean selected = PromotionProcess.SELECTED.read(execution);
        String post = PromotionProcess.POST.readIfGiven(execution).orElse(null);
        if (selected && post == null) {
            throw PromotionProcess.POST.refusal("选拔进入街道领导班子的,必须填写担任的职务");
        }
        String workerId = PromotionProcess.WORKER_ID.read(execution);
        promotions.requireStage(execution.getProcessInstanceId(), workerId, PromotionService.Stage.HIRED);
        workers.recordLeadershipSelection(workerId, route, selected, post, execution.getProcessInstanceId());
    }
}
