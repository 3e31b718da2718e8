package cn.communityworkers.training;

import static cn.communityworkers.system.CaseVariables.COUNTY_NAME;
import static cn.communityworkers.system.CaseVariables.STREET_NAME;
import static cn.communityworkers.training.TrainingCheckProcess.*;

import java.io.IOException;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import cn.communityworkers.support.FormContract;

/** Each form of the training check submits exactly what its step reads and shows only what the process knows. */
class TrainingFormsTest {

    @Test
    void everyFormSubmitsWhatItsStepReadsAndShowsWhatTheProcessKnows() throws IOException {
        FormContract.check("processes/training/training-check.bpmn", "forms/training", Map.of(
                TASK_ARRANGE_TRAINING, Set.of(TRAINING_PLAN.name(), PLANNED_ON.name()),
                TASK_REVIEW_SUMMARY, Set.of(COUNTY_REMARKS.name())), Map.of(
                TASK_ARRANGE_TRAINING, Set.of(COUNTY_NAME.name(), YEAR.name(), STREET_NAME.name(), DUE_COUNT.name(),
                        DUE_WORKERS.name()),
                TASK_REVIEW_SUMMARY, Set.of(COUNTY_NAME.name(), YEAR.name(), SUMMARY.name())));
    }
}
