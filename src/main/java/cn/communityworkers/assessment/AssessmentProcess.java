package cn.communityworkers.assessment;

import cn.communityworkers.system.Cases;

/**
 * The models {@code processes/assessment/assessment-campaign.bpmn} and {@code annual-assessment.bpmn}: keys,
 * element ids, messages and variable names.
 */
public final class AssessmentProcess {

    private AssessmentProcess() {
    }

    public static final String CAMPAIGN_KEY = "assessmentCampaign";
    public static final String ASSESSMENT_KEY = "annualAssessment";

    public static final String TASK_VERIFY_CAMPAIGN = "Task_VerifyCampaign";
    public static final String TASK_COLLECT_STREETS = "Task_CollectStreets";
    public static final String SUBPROCESS_START_ASSESSMENTS = "SubProcess_StartAssessments";
    public static final String TASK_START_ASSESSMENTS = "Task_StartAssessments";
    public static final String END_STREET_ASSESSMENTS_STARTED = "EndEvent_StreetAssessmentsStarted";
    public static final String SUBPROCESS_STREET_RATINGS = "SubProcess_StreetRatings";
    public static final String TASK_CONFIRM_STREET_RATINGS = "Task_ConfirmStreetRatings";
    public static final String END_CAMPAIGN_COMPLETED = "EndEvent_CampaignCompleted";

    // Campaign variables.
    public static final String COUNTY_CODE = "countyCode";
    public static final String YEAR = "year";
    public static final String EXCELLENT_QUOTA_PERCENT = "excellentQuotaPercent";
    public static final String ALL_STARTED = "allStarted";
    /** The loop element of the branches per street: one of the streets recorded with the case ({@link Cases#street}). */
    public static final String STREET_CODE = Cases.STREET_ELEMENT;
    public static final String STREET_NAME = "streetName";
    public static final String RATINGS = "ratings";
    public static final String EXCELLENT_QUOTA = "excellentQuota";
    public static final String RATED_WORKERS = "ratedWorkers";
}
