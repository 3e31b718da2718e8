package cn.communityworkers.recruitment;

import static cn.communityworkers.recruitment.RecruitmentProcess.*;
import static cn.communityworkers.support.FormContract.union;

import java.io.IOException;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import cn.communityworkers.support.FormContract;

/** Each form of the recruitment submits exactly what its step reads and shows only what the process knows. */
class RecruitmentFormsTest {

    /** What {@code ShowApplicant} puts on every task about one applicant. */
    static final Set<String> APPLICANT = Set.of("applicantName", "applicantAge", "applicantEducation",
            "applicantQualification", "applicantPartyMember", "applicantVeteran", "applicantSocialWorkMajor",
            "applicantCriminalRecord", "proposedEligible", "proposalReasons");
    static final Set<String> RANKED_APPLICANT = union(APPLICANT, Set.of("applicantRank", "applicantTotalScore"));
    static final Set<String> REQUEST = Set.of(STREET_CODE, COMMUNITY_CODE, POSITIONS, CONTRACT_YEARS, WRITTEN_WEIGHT,
            APPLICATION_DAYS, NOTICE_DAYS);

    @Test
    void everyFormSubmitsWhatItsStepReadsAndShowsWhatTheProcessKnows() throws IOException {
        FormContract.check("processes/recruitment/recruitment.bpmn", "forms/recruitment", Map.of(
                "StartEvent_RecruitmentRequested", REQUEST,
                TASK_APPROVE_PLAN, Set.of(PLAN_APPROVED, COMMENT),
                TASK_REVIEW_ELIGIBILITY, Set.of(ELIGIBLE, INELIGIBLE_REASON),
                TASK_RECORD_EXAM_SCORES, Set.of(WRITTEN_SCORE, INTERVIEW_SCORE),
                TASK_VET_CANDIDATE, Set.of(VETTING_PASSED, VETTING_NOTE),
                TASK_RECORD_MEDICAL_EXAM, Set.of(MEDICAL_PASSED),
                TASK_INVESTIGATE_OBJECTION, Set.of(OBJECTION_UPHELD, FINDING)), Map.of(
                "StartEvent_RecruitmentRequested", Set.of(),
                TASK_APPROVE_PLAN, union(REQUEST, Set.of(STREET_NAME, COMMUNITY_NAME, STANDARD_HEADCOUNT, APPROVED_TOTAL,
                        HEADCOUNT, RESERVED_ELSEWHERE)),
                TASK_REVIEW_ELIGIBILITY, APPLICANT,
                TASK_RECORD_EXAM_SCORES, APPLICANT,
                TASK_VET_CANDIDATE, RANKED_APPLICANT,
                TASK_RECORD_MEDICAL_EXAM, RANKED_APPLICANT,
                TASK_INVESTIGATE_OBJECTION, Set.of("applicantName", OBJECTION_TEXT)));
    }
}
