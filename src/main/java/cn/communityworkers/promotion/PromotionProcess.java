package cn.communityworkers.promotion;

import cn.communityworkers.system.Cases;

/**
 * The model {@code processes/promotion/secretary-promotion.bpmn} and its decision
 * {@code secretary-promotion-eligibility.dmn}: keys, element ids, messages and variable names.
 */
public final class PromotionProcess {

    private PromotionProcess() {
    }

    public static final String KEY = "secretaryPromotion";
    public static final String ELIGIBILITY_DECISION = "secretaryPromotionEligibility";
    public static final String MESSAGE_OBJECTION = "PromotionObjection";

    public static final String TASK_VERIFY_PROMOTION = "Task_VerifyPromotion";
    public static final String TASK_CHECK_ELIGIBILITY = "Task_CheckEligibility";
    public static final String TASK_NOMINATE_SECRETARIES = "Task_NominateSecretaries";
    public static final String TASK_REVIEW_CANDIDATE = "Task_ReviewCandidate";
    public static final String TASK_RANK_CANDIDATES = "Task_RankCandidates";
    public static final String SUBPROCESS_PUBLIC_NOTICE = "SubProcess_PublicNotice";
    public static final String TIMER_NOTICE_ENDS = "Timer_NoticeEnds";
    public static final String TASK_INVESTIGATE_OBJECTION = "Task_InvestigateObjection";
    public static final String TASK_APPROVE_INSTITUTION_HIRE = "Task_ApproveInstitutionHire";
    public static final String TASK_HIRE_INTO_INSTITUTION = "Task_HireIntoInstitution";
    public static final String TASK_ASSESS_EXCEPTIONAL = "Task_AssessExceptional";
    public static final String TASK_RECORD_LEADERSHIP_SELECTION = "Task_RecordLeadershipSelection";
    public static final String END_NO_ELIGIBLE_SECRETARY = "EndEvent_NoEligibleSecretary";
    public static final String END_NO_CANDIDATE_PASSED = "EndEvent_NoCandidatePassed";
    public static final String END_HIRE_NOT_APPROVED = "EndEvent_HireNotApproved";
    public static final String END_HIRED = "EndEvent_Hired";
    public static final String END_LEADERSHIP_SELECTION_RECORDED = "EndEvent_LeadershipSelectionRecorded";
    public static final String END_PROMOTION_COMPLETED = "EndEvent_PromotionCompleted";

    // The request (start form or REST).
    public static final String COUNTY_CODE = "countyCode";
    public static final String YEAR = "year";
    public static final String POSTS = "posts";

    // Added by the process.
    public static final String COUNTY_NAME = "countyName";
    public static final String AS_OF = "asOf";
    public static final String NOTICE_PERIOD = "noticePeriod";
    public static final String SECRETARIES = "secretaries";
    public static final String ELIGIBILITY_RULES = "eligibilityRules";
    public static final String ANY_ELIGIBLE = "anyEligible";
    /** The loop element of the branches per street: one of the streets recorded with the case ({@link Cases#street}). */
    public static final String STREET_CODE = Cases.STREET_ELEMENT;
    public static final String STREET_NAME = "streetName";
    public static final String ELIGIBLE_SECRETARIES = "eligibleSecretaries";
    public static final String NOMINEES = "nominees";
    public static final String CANDIDATES = "candidates";
    public static final String WORKER_ID = "workerId";
    public static final String WORKER_NAME = "workerName";
    public static final String COMMUNITY_NAME = "communityName";
    public static final String ELIGIBILITY_REASONS = "eligibilityReasons";
    public static final String REVIEW_PASSED = "reviewPassed";
    public static final String ASSESSMENT_SCORE = "assessmentScore";
    public static final String RANK = "rank";
    public static final String ANY_SELECTED = "anySelected";
    public static final String OBJECTION = "objection";
    public static final String OBJECTED_WORKER_ID = "objectedWorkerId";
    public static final String OBJECTION_TEXT = "objectionText";
    public static final String OBJECTION_UPHELD = "objectionUpheld";
    public static final String FINDING = "finding";
    public static final String MOVED_UP = "movedUp";
    public static final String SELECTED_WORKERS = "selectedWorkers";
    public static final String HIRE_APPROVED = "hireApproved";
    public static final String INSTITUTION_NAME = "institutionName";
    public static final String EXCEPTIONAL = "exceptional";
    public static final String SELECTION_ROUTE = "selectionRoute";
    public static final String SELECTED = "selected";
    public static final String POST = "post";

    /** Business key of the county's promotion of a year. */
    public static String businessKey(String countyCode, int year) {
        return "P-" + countyCode + "-" + year;
    }
}
