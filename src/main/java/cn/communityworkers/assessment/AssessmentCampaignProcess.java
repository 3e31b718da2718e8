package cn.communityworkers.assessment;

import cn.communityworkers.system.CaseVariables;
import cn.communityworkers.system.Cases;
import cn.communityworkers.system.Variable;

/**
 * The model {@code processes/assessment/assessment-campaign.bpmn}: a county's annual assessment, one lane per street
 * that starts the street's assessments ({@link AnnualAssessmentProcess}) in batches and has its committee confirm
 * their ratings. Its key, the element ids Java and tests use, its message, its business key and its variables.
 */
public final class AssessmentCampaignProcess {

    private AssessmentCampaignProcess() {
    }

    public static final String KEY = "assessmentCampaign";

    public static final String TASK_START_ASSESSMENTS = "Task_StartAssessments";
    public static final String END_STREET_ASSESSMENTS_STARTED = "EndEvent_StreetAssessmentsStarted";
    public static final String TASK_CONFIRM_STREET_RATINGS = "Task_ConfirmStreetRatings";

    /** A street's last assessment has its proposed rating (or was withdrawn): its lane checks its progress again. */
    public static final String MESSAGE_STREET_RATINGS_PROPOSED = "StreetRatingsProposed";

    /** One campaign per county and year: {@code C-<county>-<year>}. */
    public static String businessKey(String countyCode, int year) {
        return "C-" + countyCode + "-" + year;
    }

    // The start form's fields, as checked and recorded with the case.
    public static final Variable<String> COUNTY_CODE = Variable.text("countyCode", "县(市、区)", 20);
    /** The assessment year: four digits from 2000; the start also refuses a year after this one. */
    public static final Variable<Integer> YEAR = Variable.whole(CaseVariables.YEAR.name(), "考核年度", 2000,
            9999);
    /** The share of EXCELLENT ratings, percent of the rated; the configured default when left out. */
    public static final Variable<Integer> EXCELLENT_QUOTA_PERCENT = Variable.whole("excellentQuotaPercent",
            "优秀等次比例(%)", 0, 100);

    // What the campaign writes for its model and forms.
    /** How long the confirmed ratings are on public notice (an ISO duration, the notice's timer). */
    public static final Variable<String> NOTICE_PERIOD = Variable.of("noticePeriod", String.class);
    /** The lane's street has started all its assessments (its last batch was not full). */
    public static final Variable<Boolean> ALL_STARTED = Variable.of("allStarted", Boolean.class);
    /** The loop element of the lanes per street: one of the streets recorded with the case ({@link Cases#street}). */
    public static final Variable<String> STREET_CODE = Variable.of(Cases.STREET_ELEMENT, String.class);
    /** Every assessment of the lane's street has its proposed rating. */
    public static final Variable<Boolean> STREET_PROPOSED = Variable.of("streetProposed", Boolean.class);
    // The committee's task (local variables of the task, and the ratings on its execution: StreetRatingsForm).
    public static final Variable<Object> RATINGS = Variable.of("ratings", Object.class);
    public static final Variable<Integer> EXCELLENT_QUOTA = Variable.of("excellentQuota", Integer.class);
    public static final Variable<Integer> RATED_WORKERS = Variable.of("ratedWorkers", Integer.class);
}
