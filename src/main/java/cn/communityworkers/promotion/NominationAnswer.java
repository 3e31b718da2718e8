package cn.communityworkers.promotion;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import cn.communityworkers.system.Cases;
import cn.communityworkers.system.TaskAnswer;

/**
 * A street's nomination (the street one recorded with the case): only its own eligible secretaries, each once; none
 * given nominates nobody. Anyone else (even sent over REST) is refused with the reason, e.g. the rules the secretary
 * failed; the task stays open.
 */
@Component("nominationAnswer")
class NominationAnswer extends TaskAnswer {

    private final PromotionService promotions;
    private final Cases cases;

    NominationAnswer(PromotionService promotions, Cases cases) {
        this.promotions = promotions;
        this.cases = cases;
    }

    @Override
    protected void check(DelegateExecution execution) {
        List<String> nominees = PromotionProcess.NOMINEES.readIfGiven(execution).orElse(List.of());
        List<String> problems = promotions.nominationProblems(execution.getProcessInstanceId(),
                cases.street(execution), nominees);
        if (!problems.isEmpty()) {
            throw PromotionProcess.NOMINEES.refusal("不能推荐:" + String.join(";", problems));
        }
        promotions.nominate(execution.getProcessInstanceId(), nominees);
    }
}
