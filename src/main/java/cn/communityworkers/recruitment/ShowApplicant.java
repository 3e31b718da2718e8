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
        Applicant a = recruitments.applicant((String) task.getVariable(RecruitmentProcess.APPLICANT_ID));
        Map<String, Object> shown = new HashMap<>();
        shown.put("applicantName", a.name());
        shown.put("applicantAge", RecruitmentService.age(a.birthDate(), LocalDate.now(clock)));
        shown.put("applicantEducation", a.education());
        shown.put("applicantQualification", a.qualification());
        shown.put("applicantPartyMember", a.partyMember());
        shown.put("applicantVeteran", a.veteran());
        shown.put("applicantSocialWorkMajor", a.socialWorkMajor());
        shown.put("applicantCriminalRecord", a.criminalRecord());
        shown.put("proposedEligible", a.proposedEligible());
        shown.put("proposalReasons", a.proposalReasons() == null ? "符合报名条件" : a.proposalReasons());
        if (a.totalScore() != null) {
            shown.put("applicantRank", a.rankNo());
            shown.put("applicantTotalScore", a.totalScore().doubleValue());
        }
        task.setVariablesLocal(shown);
    }
}
