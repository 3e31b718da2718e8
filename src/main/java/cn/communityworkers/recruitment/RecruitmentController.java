package cn.communityworkers.recruitment;

import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Size;

import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import cn.communityworkers.organisation.UnitGroups;
import cn.communityworkers.system.CurrentUser;
import cn.communityworkers.system.ForbiddenException;
import cn.communityworkers.system.SystemActions;
import cn.communityworkers.system.RuleViolationException;
import cn.communityworkers.workforce.Education;
import cn.communityworkers.workforce.IdCardNumber;
import cn.communityworkers.workforce.Qualification;

/** Applications to an open recruitment, and exam scores in bulk. */
@RestController
class RecruitmentController {

    private final RecruitmentService recruitments;
    private final ExamScoreUpload scoreUpload;
    private final DecisionService decisionService;
    private final SystemActions systemActions;
    private final CurrentUser currentUser;
    private final Clock clock;

    RecruitmentController(RecruitmentService recruitments, ExamScoreUpload scoreUpload,
            DecisionService decisionService, SystemActions systemActions, CurrentUser currentUser, Clock clock) {
        this.recruitments = recruitments;
        this.scoreUpload = scoreUpload;
        this.decisionService = decisionService;
        this.systemActions = systemActions;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** {@code idCardNumber} required; {@code birthDate} read from it (if given, it must agree). */
    record ApplicationRequest(String idCardNumber, @NotBlank @Size(max = 50) String name, @Past LocalDate birthDate,
            @NotNull Education education, Qualification qualification, Boolean partyMember, Boolean veteran,
            Boolean socialWorkMajor, Boolean criminalRecord) {
    }

    private static final String ID_CARD_NUMBER = "idCardNumber";

    record ApplicationReceipt(String applicantId, boolean proposedEligible, List<String> proposalReasons) {
    }

    @PostMapping("/api/recruitments/{processInstanceId}/applications")
    @ResponseStatus(HttpStatus.CREATED)
    ApplicationReceipt apply(@PathVariable String processInstanceId, @Valid @RequestBody ApplicationRequest request) {
        Recruitment recruitment = recruitments.recruitment(processInstanceId);
        requireStreetPersonnelOffice(recruitment);
        recruitments.requireWindowOpen(recruitment);
        IdCardNumber.Result read = IdCardNumber.read(ID_CARD_NUMBER, request.idCardNumber(), LocalDate.now(clock));
        if (read.violation() != null) {
            throw RuleViolationException.badRequest(ID_CARD_NUMBER, read.violation().rule(), read.violation().message());
        }
        IdCardNumber number = read.number();
        number.disagreement("birthDate", request.birthDate()).ifPresent(disagreement -> {
            throw RuleViolationException.badRequest(disagreement.field(), disagreement.rule(), disagreement.message());
        });
        RecruitmentService.Application application = new RecruitmentService.Application(number, request.name(),
                number.birthDate(), request.education(),
                request.qualification() == null ? Qualification.NONE : request.qualification(),
                Boolean.TRUE.equals(request.partyMember()), Boolean.TRUE.equals(request.veteran()),
                Boolean.TRUE.equals(request.socialWorkMajor()), Boolean.TRUE.equals(request.criminalRecord()));
        List<String> reasons = proposal(application);
        Applicant applicant = recruitments.apply(recruitment, application, reasons);
        return new ApplicationReceipt(applicant.applicantId(), reasons.isEmpty(), reasons);
    }

    record ScoreUploadReport(int completed) {
    }

    /**
     * CSV {@code applicantId,writtenScore,interviewScore}: completes every open score task at once, or none. The body
     * is read as it arrives; its size is limited by {@code security.max-upload-size}.
     */
    @PostMapping(path = "/api/recruitments/{processInstanceId}/scores", consumes = {"text/csv", "application/octet-stream"})
    ScoreUploadReport uploadScores(@PathVariable String processInstanceId, InputStream csv) {
        Recruitment recruitment = recruitments.recruitment(processInstanceId);
        requireStreetPersonnelOffice(recruitment);
        return new ScoreUploadReport(scoreUpload.complete(processInstanceId, csv));
    }

    /** The eligibility rules' proposal (decision {@value RecruitmentProcess#ELIGIBILITY_DECISION}): its reasons. */
    private List<String> proposal(RecruitmentService.Application application) {
        DmnDecisionResult result = systemActions.run(() -> decisionService
                .evaluateDecisionByKey(RecruitmentProcess.ELIGIBILITY_DECISION)
                .variables(Variables.createVariables()
                        .putValue("age", RecruitmentService.age(application.birthDate(), LocalDate.now(clock)))
                        .putValue("education", application.education().name())
                        .putValue("criminalRecord", application.criminalRecord())
                        .putValue("veteran", application.veteran())
                        .putValue("socialWorkMajor", application.socialWorkMajor())
                        .putValue("qualification", application.qualification().name()))
                .evaluate());
        return result.collectEntries("reason");
    }

    private void requireStreetPersonnelOffice(Recruitment recruitment) {
        if (!currentUser.isAdmin() && !currentUser.inAnyGroup(List.of(UnitGroups.streetHr(recruitment.streetCode())))) {
            throw new ForbiddenException("本次招聘由街道(乡镇)" + recruitment.streetCode()
                    + "的组织人事部门办理");
        }
    }
}
