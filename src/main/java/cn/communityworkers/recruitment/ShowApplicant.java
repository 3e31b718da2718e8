package cn.communityworkers.recruitment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** On creation of a task about one applicant: what the official needs to see of them, as task variables. */
@Component("showApplicant")
class ShowApplicant implements TaskListener {

    private final RecruitmentService recruitments;
    private final Clock clock;

    ShowApplicant(RecruitmentService recruitments, Clock clock) {
        this.recruitments = recruitments;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        Applicant a = recruitments.applicant(RecruitmentProcess.APPLICANT_ID.read(task));
        Map<String, Object> shown = new HashMap<>();
        RecruitmentProcess.APPLICANT_NAME.put(shown, a.name());
        RecruitmentProcess.APPLICANT_AGE.put(shown, RecruitmentService.age(a.birthDate(), LocalDate.now(clock)));
        RecruitmentProcess.APPLICANT_EDUCATION.put(shown, a.education());
        RecruitmentProcess.APPLICANT_QUALIFICATION.put(shown, a.qualification());
        RecruitmentProcess.APPLICANT_PARTY_MEMBER.put(shown, a.partyMember());
        RecruitmentProcess.APPLICANT_VETERAN.put(shown, a.veteran());
        RecruitmentProcess.APPLICANT_SOCIAL_WORK_MAJOR.put(shown, a.socialWorkMajor());
        RecruitmentProcess.APPLICANT_CRIMINAL_RECORD.put(shown, a.criminalRecord());
        RecruitmentProcess.PROPOSED_ELIGIBLE.put(shown, a.proposedEligible());
        RecruitmentProcess.PROPOSAL_REASONS.put(shown, a.proposalReasons() == null ? "符合报名条件" : a.proposalReasons());
        if (a.totalScore() != null) {
            RecruitmentProcess.APPLICANT_RANK.put(shown, a.rankNo());
            RecruitmentProcess.APPLICANT_TOTAL_SCORE.put(shown, a.totalScore().doubleValue());
        }
        task.setVariablesLocal(shown);
    }
}
