package cn.communityworkers.promotion;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import cn.communityworkers.system.CaseVariables;

/**
 * On creation of a task about one secretary: who it is, why the rules found them eligible, and once reviewed
 * their score and rank.
 */
@Component("showCandidate")
class ShowCandidate implements TaskListener {

    private final PromotionService promotions;

    ShowCandidate(PromotionService promotions) {
        this.promotions = promotions;
    }

    @Override
    public void notify(DelegateTask task) {
        PromotionService.Secretary secretary = promotions.secretary(task.getProcessInstanceId(),
                PromotionProcess.WORKER_ID.read(task)).orElseThrow();
        task.setVariableLocal(CaseVariables.WORKER_NAME.name(), secretary.workerName());
        task.setVariableLocal(CaseVariables.COMMUNITY_NAME.name(), secretary.communityName());
        task.setVariableLocal(CaseVariables.STREET_NAME.name(), secretary.streetName());
        task.setVariableLocal(PromotionProcess.ELIGIBILITY_REASONS.name(), String.join("\n",
                secretary.reasonList().stream().map(PromotionService.Reason::reason).toList()));
        if (secretary.rankNo() != null) {
            task.setVariableLocal(PromotionProcess.ASSESSMENT_SCORE.name(), secretary.assessmentScore().doubleValue());
            task.setVariableLocal(PromotionProcess.RANK.name(), secretary.rankNo());
        }
    }
}
