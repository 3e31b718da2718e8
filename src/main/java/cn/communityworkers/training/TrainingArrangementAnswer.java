package cn.communityworkers.training;

import java.time.Clock;
import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import cn.communityworkers.system.Refusal;
import cn.communityworkers.system.TaskAnswer;

/**
 * When a street's personnel office answers: a plan (required by the form) and the day of the training, which must
 * not be in the past. Refused otherwise; the task stays open.
 */
@Component("trainingArrangementAnswer")
class TrainingArrangementAnswer extends TaskAnswer {

    private final Clock clock;

    TrainingArrangementAnswer(Clock clock) {
        this.clock = clock;
    }

    @Override
    protected void check(DelegateExecution execution) {
        TrainingCheckProcess.TRAINING_PLAN.read(execution);
        LocalDate plannedOn = TrainingCheckProcess.PLANNED_ON.read(execution);
        LocalDate today = LocalDate.now(clock);
        if (plannedOn.isBefore(today)) {
            throw Refusal.of(TrainingCheckProcess.PLANNED_ON.name(), "计划培训日期不能早于今天(" + today + ")");
        }
    }
}
