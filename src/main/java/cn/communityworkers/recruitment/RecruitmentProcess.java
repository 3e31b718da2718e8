package cn.communityworkers.recruitment;

/** The model {@code processes/recruitment/recruitment.bpmn}: key, element ids, messages and variable names. */
public final class RecruitmentProcess {

    private RecruitmentProcess() {
    }

    public static final String KEY = "recruitment";
    public static final String ELIGIBILITY_DECISION = "applicantEligibility";
    public static final String MESSAGE_OBJECTION = "HiringObjection";

    public static final String TASK_VERIFY_RECRUITMENT = "Task_VerifyRecruitment";
    public static final String TASK_CHECK_STAFFING_QUOTA = "Task_CheckStaffingQuota";
    public static final String TASK_APPROVE_PLAN = "Task_ApproveRecruitmentPlan";
    public static final String TIMER_APPLICATIONS_CLOSE = "Timer_ApplicationsClose";
    public static final String TASK_REVIEW_ELIGIBILITY = "Task_ReviewEligibility";
    public static final String TASK_RECORD_EXAM_SCORES = "Task_RecordExamScores";
    public static final String TASK_RANK_APPLICANTS = "Task_RankApplicants";
    public static final String SUBPROCESS_FILL_SEAT = "SubProcess_FillSeat";
    public static final String TASK_VET_CANDIDATE = "Task_VetCandidate";
    public static final String TASK_RECORD_MEDICAL_EXAM = "Task_RecordMedicalExam";
    public static final String SUBPROCESS_PUBLIC_NOTICE = "SubProcess_PublicNotice";
    public static final String TIMER_NOTICE_ENDS = "Timer_NoticeEnds";
    public static final String TASK_INVESTIGATE_OBJECTION = "Task_InvestigateObjection";
    public static final String TASK_HIRE_CANDIDATES = "Task_HireCandidates";
    public static final String END_PLAN_REJECTED = "EndEvent_PlanRejected";
    public static final String END_SEAT_UNFILLED = "EndEvent_SeatUnfilled";
    public static final String END_SEAT_FILLED = "EndEvent_SeatFilled";
    public static final String END_RECRUITMENT_COMPLETED = "EndEvent_RecruitmentCompleted";

    // The request (start form or REST).
    public static final String STREET_CODE = "streetCode";
    public static final String COMMUNITY_CODE = "communityCode";
    public static final String POSITIONS = "positions";
    public static final String CONTRACT_YEARS = "contractYears";
    public static final String WRITTEN_WEIGHT = "writtenWeight";
    public static final String APPLICATION_DAYS = "applicationDays";
    public static final String NOTICE_DAYS = "noticeDays";
    /** The former names of the periods (ISO 8601 durations): as start variables they are refused. */
    public static final String APPLICATION_PERIOD = "applicationPeriod";
    public static final String NOTICE_PERIOD = "noticePeriod";

    // Added by the process.
    public static final String STREET_NAME = "streetName";
    public static final String COMMUNITY_NAME = "communityName";
    public static final String STANDARD_HEADCOUNT = "standardHeadcount";
    public static final String APPROVED_TOTAL = "approvedTotal";
    public static final String HEADCOUNT = "headcount";
    public static final String RESERVED_ELSEWHERE = "reservedElsewhere";
    public static final String PLAN_APPROVED = "planApproved";
    public static final String COMMENT = "comment";
    public static final String APPLICANT_IDS = "applicantIds";
    public static final String ELIGIBLE_APPLICANT_IDS = "eligibleApplicantIds";
    public static final String OPEN_SEATS = "openSeats";
    public static final String SEAT = "seat";
    public static final String APPLICANT_ID = "applicantId";
    public static final String CANDIDATE_FOUND = "candidateFound";
    public static final String ELIGIBLE = "eligible";
    public static final String INELIGIBLE_REASON = "ineligibleReason";
    public static final String WRITTEN_SCORE = "writtenScore";
    public static final String INTERVIEW_SCORE = "interviewScore";
    public static final String VETTING_PASSED = "vettingPassed";
    public static final String VETTING_NOTE = "vettingNote";
    public static final String MEDICAL_PASSED = "medicalPassed";
    public static final String OBJECTION = "objection";
    public static final String OBJECTED_APPLICANT_ID = "objectedApplicantId";
    public static final String OBJECTION_TEXT = "objectionText";
    public static final String OBJECTION_UPHELD = "objectionUpheld";
    public static final String FINDING = "finding";
    public static final String SEATS_VACATED = "seatsVacated";
    public static final String HIRED_WORKER_IDS = "hiredWorkerIds";
    public static final String UNFILLED_POSITIONS = "unfilledPositions";
}
