package cn.communityworkers.training;

import java.time.LocalDate;

import cn.communityworkers.system.CaseVariables;
import cn.communityworkers.system.Variable;

/**
 * The model {@code processes/training/training-check.bpmn}: its key, element ids, business key and variables (only
 * the system starts a check, once a year per county: {@link TrainingChecks}), so that Java never repeats a string of
 * the model.
 */
public final class TrainingCheckProcess {

    private TrainingCheckProcess() {
    }

    public static final String KEY = "trainingCheck";

    public static final String TASK_PREPARE_CHECK = "Task_PrepareTrainingCheck";
    public static final String GATEWAY_ANY_DUE = "Gateway_AnyDue";
    public static final String END_NONE_DUE = "EndEvent_NoneDue";
    public static final String SUBPROCESS_STREET_ARRANGEMENTS = "SubProcess_StreetArrangements";
    public static final String TASK_ARRANGE_TRAINING = "Task_ArrangeTraining";
    public static final String TASK_RECORD_ARRANGEMENT = "Task_RecordArrangement";
    public static final String TASK_REVIEW_SUMMARY = "Task_ReviewTrainingSummary";
    public static final String END_CHECK_COMPLETED = "EndEvent_CheckCompleted";

    // Set by the first step.
    /** The year checked. */
    public static final Variable<Integer> YEAR = CaseVariables.YEAR;
    /** Whether any street of the county has a worker due. */
    public static final Variable<Boolean> ANY_DUE = Variable.of("anyDue", Boolean.class);

    // Shown on the street's task (task variables, set when it is created).
    /** How many of the street's workers are due. */
    public static final Variable<Integer> DUE_COUNT = Variable.of("dueCount", Integer.class);
    /** The street's workers due, one line each: name, community, role, last training. */
    public static final Variable<String> DUE_WORKERS = Variable.of("dueWorkers", String.class);

    // Submitted by the street's personnel office.
    public static final Variable<String> TRAINING_PLAN = Variable.text("trainingPlan", "培训安排", 1000);
    public static final Variable<LocalDate> PLANNED_ON = Variable.date("plannedOn", "计划培训日期");

    // Shown on the county's summary (a task variable, set when it is created), and its remarks.
    /** Per street: workers due and the arrangement. */
    public static final Variable<String> SUMMARY = Variable.of("summary", String.class);
    public static final Variable<String> COUNTY_REMARKS = Variable.text("countyRemarks", "县级意见", 500);

    /** The check of a county for a year: {@code TC-{countyCode}-{year}}. */
    public static String businessKey(String countyCode, int year) {
        return "TC-" + countyCode + "-" + year;
    }
}
