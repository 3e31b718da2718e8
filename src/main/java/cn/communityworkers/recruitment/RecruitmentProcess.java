package cn.communityworkers.recruitment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import cn.communityworkers.system.Variable;

/**
 * The model {@code processes/recruitment/recruitment.bpmn}: key, element ids, messages, business key and variables,
 * so that Java never repeats a string of the model.
 */
public final class RecruitmentProcess {

    private RecruitmentProcess() {
    }

    public static final String KEY = "recruitment";
    public static final String ELIGIBILITY_DECISION = "applicantEligibility";
    public static final String MESSAGE_OBJECTION = "HiringObjection";

    public static final String TASK_APPROVE_PLAN = "Task_ApproveRecruitmentPlan";
    public static final String TIMER_APPLICATIONS_CLOSE = "Timer_ApplicationsClose";
    public static final String TASK_REVIEW_ELIGIBILITY = "Task_ReviewEligibility";
    public static final String TASK_RECORD_EXAM_SCORES = "Task_RecordExamScores";
    public static final String TASK_VET_CANDIDATE = "Task_VetCandidate";
    public static final String TASK_RECORD_MEDICAL_EXAM = "Task_RecordMedicalExam";
    public static final String TIMER_NOTICE_ENDS = "Timer_NoticeEnds";
    public static final String TASK_INVESTIGATE_OBJECTION = "Task_InvestigateObjection";
    public static final String TASK_HIRE_CANDIDATES = "Task_HireCandidates";
    public static final String END_PLAN_REJECTED = "EndEvent_PlanRejected";
    public static final String END_SEAT_UNFILLED = "EndEvent_SeatUnfilled";
    public static final String END_RECRUITMENT_COMPLETED = "EndEvent_RecruitmentCompleted";

    // The request (start form or REST); the defaults are RecruitmentRequest's.
    public static final Variable<String> STREET_CODE = Variable.text("streetCode", "街道代码", 50);
    public static final Variable<String> COMMUNITY_CODE = Variable.text("communityCode", "社区代码", 50);
    public static final Variable<Integer> POSITIONS = Variable.whole("positions", "招聘名额", 1, 500);
    public static final Variable<Integer> CONTRACT_YEARS = Variable.whole("contractYears", "劳动合同期限(年)", 1, 10);
    /** A share from 0 to 1 (read as a number, checked to be at most 1 by {@link RecruitmentRequest}). */
    public static final Variable<BigDecimal> WRITTEN_WEIGHT = Variable.score("writtenWeight", "笔试成绩权重");
    public static final Variable<Integer> APPLICATION_DAYS = Variable.whole("applicationDays", "报名期限天数", 1,
            RecruitmentRequest.MAX_DAYS);
    public static final Variable<Integer> NOTICE_DAYS = Variable.whole("noticeDays", "公示期限天数", 1,
            RecruitmentRequest.MAX_DAYS);
    /** The former names of the periods (ISO 8601 durations): as start variables they are refused. */
    public static final String APPLICATION_PERIOD = "applicationPeriod";
    public static final String NOTICE_PERIOD = "noticePeriod";

    // Added by the process for its forms, gateways and Tasklist.
    public static final Variable<Long> STANDARD_HEADCOUNT = Variable.of("standardHeadcount", Long.class);
    public static final Variable<Long> APPROVED_TOTAL = Variable.of("approvedTotal", Long.class);
    public static final Variable<Long> HEADCOUNT = Variable.of("headcount", Long.class);
    public static final Variable<Integer> RESERVED_ELSEWHERE = Variable.of("reservedElsewhere", Integer.class);
    /** Whom the eligibility review goes through, one task each. */
    public static final Variable<List<String>> APPLICANT_IDS = Variable.ids("applicantIds", "报名人员");
    /** Who takes the exams, one score task each. */
    public static final Variable<List<String>> ELIGIBLE_APPLICANT_IDS = Variable.ids("eligibleApplicantIds",
            "考试人员");
    /** The seats to fill (1 to the positions), one sub-process each. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static final Variable<List<Integer>> OPEN_SEATS = (Variable) Variable.of("openSeats", List.class);
    public static final Variable<Integer> SEAT = Variable.of("seat", Integer.class);
    public static final Variable<Boolean> CANDIDATE_FOUND = Variable.of("candidateFound", Boolean.class);
    public static final Variable<String> OBJECTED_APPLICANT_ID = Variable.of("objectedApplicantId", String.class);
    public static final Variable<String> OBJECTION_TEXT = Variable.of("objectionText", String.class);
    public static final Variable<Boolean> SEATS_VACATED = Variable.of("seatsVacated", Boolean.class);
    public static final Variable<Integer> UNFILLED_POSITIONS = Variable.of("unfilledPositions", Integer.class);

    // What a task about one applicant shows of them (ShowApplicant), as task variables.
    public static final Variable<String> APPLICANT_NAME = Variable.of("applicantName", String.class);
    public static final Variable<Integer> APPLICANT_AGE = Variable.of("applicantAge", Integer.class);
    public static final Variable<String> APPLICANT_EDUCATION = Variable.of("applicantEducation", String.class);
    public static final Variable<String> APPLICANT_QUALIFICATION = Variable.of("applicantQualification", String.class);
    public static final Variable<Boolean> APPLICANT_PARTY_MEMBER = Variable.of("applicantPartyMember", Boolean.class);
    public static final Variable<Boolean> APPLICANT_VETERAN = Variable.of("applicantVeteran", Boolean.class);
    public static final Variable<Boolean> APPLICANT_SOCIAL_WORK_MAJOR = Variable.of("applicantSocialWorkMajor",
            Boolean.class);
    public static final Variable<Boolean> APPLICANT_CRIMINAL_RECORD = Variable.of("applicantCriminalRecord",
            Boolean.class);
    public static final Variable<Boolean> PROPOSED_ELIGIBLE = Variable.of("proposedEligible", Boolean.class);
    public static final Variable<String> PROPOSAL_REASONS = Variable.of("proposalReasons", String.class);
    public static final Variable<Integer> APPLICANT_RANK = Variable.of("applicantRank", Integer.class);
    public static final Variable<Double> APPLICANT_TOTAL_SCORE = Variable.of("applicantTotalScore", Double.class);

    // Submitted: the applicant a task or an objection is about, and the approvers' answers.
    public static final Variable<String> APPLICANT_ID = Variable.text("applicantId", "报名人员编号", 64);
    public static final Variable<Boolean> PLAN_APPROVED = Variable.yesOrNo("planApproved", "是否批准招聘计划");
    public static final Variable<String> COMMENT = Variable.text("comment", "意见", 1000);
    public static final Variable<Boolean> ELIGIBLE = Variable.yesOrNo("eligible", "该报名人员是否符合条件");
    public static final Variable<String> INELIGIBLE_REASON = Variable.text("ineligibleReason", "不符合条件的理由", 500);
    public static final Variable<BigDecimal> WRITTEN_SCORE = Variable.score("writtenScore", "笔试成绩");
    public static final Variable<BigDecimal> INTERVIEW_SCORE = Variable.score("interviewScore", "面试成绩");
    public static final Variable<Boolean> VETTING_PASSED = Variable.yesOrNo("vettingPassed", "政治审查是否通过");
    public static final Variable<String> VETTING_NOTE = Variable.text("vettingNote", "政治审查情况", 1000);
    public static final Variable<Boolean> MEDICAL_PASSED = Variable.yesOrNo("medicalPassed", "体检是否合格");
    public static final Variable<String> OBJECTION = Variable.text("objection", "异议内容", 2000);
    public static final Variable<Boolean> OBJECTION_UPHELD = Variable.yesOrNo("objectionUpheld", "异议是否成立");
    public static final Variable<String> FINDING = Variable.text("finding", "调查结论", 1000);

    /** {@code R-<street>-<yyyyMMdd>-<the instance id's first 8 characters>}: a street's recruitment of a day. */
    public static String businessKey(String streetCode, LocalDate requestedOn, String processInstanceId) {
        return "R-" + streetCode + "-" + requestedOn.format(DateTimeFormatter.BASIC_ISO_DATE) + "-"
                + processInstanceId.substring(0, 8);
    }
}
