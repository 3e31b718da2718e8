package cn.communityworkers.promotion;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.stereotype.Component;

import cn.communityworkers.system.Cases;

/**
 * When a street (one recorded with the case) nominates: only its own eligible secretaries, each once. Anyone else
 * (even sent over REST) is refused with the reason, e.g. the rules the secretary failed; the task stays open.
 */
@Component("recordNominees")
class RecordNominees implements ExecutionListener {

    private final PromotionService promotions;
    private final Cases cases;

    RecordNominees(PromotionService promotions, Cases cases) {
        this.promotions = promotions;
        this.cases = cases;
    }

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.isCanceled()) {
            return;
        }
        List<String> nominees = Answers.ids(execution.getVariable(PromotionProcess.NOMINEES), PromotionProcess.NOMINEES,
                "推荐人选");
        List<String> problems = promotions.nominationProblems(execution.getProcessInstanceId(),
                cases.street(execution), nominees);
        if (!problems.isEmpty()) {
            throw new FormFieldValidationException(PromotionProcess.NOMINEES, "不能推荐:" + String.join(";", problems));
        }
        promotions.nominate(execution.getProcessInstanceId(), nominees);
    }
}
