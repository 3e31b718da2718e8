package cn.communityworkers.promotion;

import java.util.Arrays;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.stereotype.Component;

import cn.communityworkers.workforce.SelectionRoute;
import cn.communityworkers.workforce.CareerChanges;

/**
 * When the selection into the street leadership of the branch's secretary (one the promotion hired) is recorded: the
 * route (择优调任 TRANSFER or 换届选举 ELECTION),
 * whether the secretary was selected, and the post when selected; kept on the worker.
 */
@Component("recordLeadershipSelection")
class RecordLeadershipSelection implements ExecutionListener {

    private final CareerChanges workers;
    private final PromotionService promotions;

    RecordLeadershipSelection(CareerChanges workers, PromotionService promotions) {
        this.workers = workers;
        this.promotions = promotions;
    }

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.isCanceled()) {
            return;
        }
        String routeValue = Answers.text(execution.getVariable(PromotionProcess.SELECTION_ROUTE));
        SelectionRoute route = Arrays.stream(SelectionRoute.values()).filter(r -> r.name().equals(routeValue))
                .findFirst().orElseThrow(() -> new FormFieldValidationException(PromotionProcess.SELECTION_ROUTE,
                        "选拔方式(selectionRoute)须为 TRANSFER(择优调任)或 ELECTION(换届选举),收到的是:" + routeValue));
        boolean selected = Answers.yesOrNo(execution.getVariable(PromotionProcess.SELECTED), PromotionProcess.SELECTED,
                "是否选拔进入街道领导班子");
        String post = Answers.text(execution.getVariable(PromotionProcess.POST));
        if (selected && post == null) {
            throw new FormFieldValidationException(PromotionProcess.POST, "选拔进入街道领导班子的,须填写担任的职务(post)");
        }
        String workerId = (String) execution.getVariable(PromotionProcess.WORKER_ID);
        promotions.requireStage(execution.getProcessInstanceId(), workerId, PromotionService.Stage.HIRED);
        workers.recordLeadershipSelection(workerId, route, selected, post, execution.getProcessInstanceId());
    }
}
