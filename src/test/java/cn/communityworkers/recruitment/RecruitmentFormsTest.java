package cn.communityworkers.recruitment;

import static cn.communityworkers.recruitment.RecruitmentProcess.*;
import static cn.communityworkers.system.CaseVariables.STREET_NAME;
import static cn.communityworkers.system.CaseVariables.COMMUNITY_NAME;
import static cn.communityworkers.support.FormContract.union;

import java.io.IOException;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import cn.communityworkers.system.CaseVariables;
import cn.communityworkers.support.FormContract;

/** Each form of the recruitment submits exactly what its step reads and shows only what the process knows. */
class RecruitmentFormsTest {

    /** What {@code ShowApplicant} puts on every task about one applicant. */
    static final Set<String> APPLICANT = Set.of(APPLICANT_NAME.name(), APPLICANT_AGE.name(), APPLICANT_EDUCATION.name(),
            APPLICANT_QUALIFICATION.name(), APPLICANT_PARTY_MEMBER.name(), APPLICANT_VETERAN.name(),
            APPLICANT_SOCIAL_WORK_MAJOR.name(), APPLICANT_CRIMINAL_RECORD.name(), PROPOSED_ELIGIBLE.name(),
            PROPOSAL_REASONS.name());
    static final Set<String> RANKED_APPLICANT = union(APPLICANT, Set.of(APPLICANT_RANK.name(),
            APPLICANT_TOTAL_SCORE.name()));
    static final Set<String> REQUEST = Set.of(STREET_CODE.name(), COMMUNITY_CODE.name(), POSITIONS.name(), CONTRACT_YEARS.name(), WRITTEN_WEIGHT.name(),
            APPLICATION_DAYS.name(), NOTICE_DAYS.name());

    @Test
    void everyFormSubmitsWhatItsStepReadsAndShowsWhatTheProcessKnows() throws IOException {
        FormContract.check("processes/recruitment/recruitment.bpmn", "forms/recruitment", Map.of(
                "StartEvent_RecruitmentRequested", REQUEST,
                TASK_APPROVE_PLAN, Set.of(PLAN_APPROVED.name(), COMMENT.name()),
                TASK_REVIEW_ELIGIBILITY, Set.of(ELIGIBLE.name(), INELIGIBLE_REASON.name()),
                TASK_RECORD_EXAM_SCORES, Set.of(WRITTEN_SCORE.name(), INTERVIEW_SCORE.name()),
                TASK_VET_CANDIDATE, Set.of(VETTING_PASSED.name(), VETTING_NOTE.name()),
                TASK_RECORD_MEDICAL_EXAM, Set.of(MEDICAL_PASSED.name()),
                TASK_INVESTIGATE_OBJECTION, Set.of(OBJECTION_UPHELD.name(), FINDING.name())), Map.of(
                "StartEvent_RecruitmentRequested", Set.of(),
                TASK_APPROVE_PLAN, union(REQUEST, Set.of(STREET_NAME.name(), COMMUNITY_NAME.name(), STANDARD_HEADCOUNT.name(), APPROVED_TOTAL.name(),
                        HEADCOUNT.name(), RESERVED_ELSEWHERE.name())),
                TASK_REVIEW_ELIGIBILITY, APPLICANT,
                TASK_RECORD_EXAM_SCORES, APPLICANT,
                TASK_VET_CANDIDATE, RANKED_APPLICANT,
                TASK_RECORD_MEDICAL_EXAM, RANKED_APPLICANT,
                TASK_INVESTIGATE_OBJECTION, Set.of(APPLICANT_NAME.name(), OBJECTION_TEXT.name())));
    }
}
