package cn.communityworkers.training;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.communityworkers.system.Cases;
import cn.communityworkers.system.CurrentUser;

/** Keeps the street's arrangement (plan, day) for the county's summary, with who answered. */
@Component("recordTrainingArrangement")
class RecordTrainingArrangement implements JavaDelegate {

    private final TrainingChecks checks;
    private final Cases cases;
    private final CurrentUser currentUser;

    RecordTrainingArrangement(TrainingChecks checks, Cases cases, CurrentUser currentUser) {
        this.checks = checks;
        this.cases = cases;
        this.currentUser = currentUser;
    }

    @Override
    public void execute(DelegateExecution execution) {
        checks.arrange(execution.getProcessInstanceId(), new TrainingChecks.Arrangement(cases.street(execution),
                TrainingCheckProcess.TRAINING_PLAN.read(execution), TrainingCheckProcess.PLANNED_ON.read(execution),
                currentUser.userId()));
    }
}
