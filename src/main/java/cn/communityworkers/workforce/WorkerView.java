package cn.communityworkers.workforce;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.Comparator;
import java.util.List;

import cn.communityworkers.organisation.OrgUnit;

/**
 * A worker as {@code GET /api/workers/{workerId}} shows it; {@code idCardNumber} whole to the worker's personnel
 * offices, masked to everyone else ({@code idCardNumberMasked}, see {@link WorkerViews}); {@code contractKind} and {@code fixedTermContracts} for
 * Art. 14 of the Labour Contract Law, and while in probation {@code probationPayPercent} and {@code probationPay}
 * (Art. 20).
 */
public record WorkerView(
        String workerId, String name, String idCardNumber, boolean idCardNumberMasked, Sex sex, LocalDate birthDate,
        String communityCode, String communityName, String streetCode, String streetName, String countyCode,
        Role role, PostCategory postCategory, Education education, Qualification qualification,
        boolean partyMember, WorkerStatus status, LocalDate communityWorkSince, int creditedCommunityYears,
        int gradeLevel, Integer lastGradeStepYear, int earlyGradeSteps,
        BigDecimal monthlyPay, LocalDate contractEnd, LocalDate probationEnd,
        List<DisciplinaryActionView> disciplinaryActions, boolean underInvestigation, boolean socialInsuranceEnrolled,
        boolean housingFundEnrolled,
        List<SecretaryTerm> secretaryTerms,
        List<AssessmentRecord> assessmentHistory, List<GradeChange> gradeHistory,
        CurrentSecondment currentSecondment, PublicInstitutionContract publicInstitutionContract,
        List<LeadershipSelection> leadershipSelections, List<AssessmentConsequence> assessmentConsequences,
        ContractKind contractKind, int fixedTermContracts, Integer probationPayPercent, BigDecimal probationPay,
        List<CreditedCommunityWork> creditedCommunityWork, List<EconomicAudit> economicAudits) {

    /**
     * A period of community work elsewhere in the province credited to the worker (《意见》第4条), with its source: the
     * county or city, the unit, the proof and the process that credited it.
     */
    public record CreditedCommunityWork(LocalDate fromDate, LocalDate toDate, String place, String unit, String proof,
            String processInstanceId) {

        /** The whole years of periods taken together: their whole months (each from its first to its last day) / 12. */
        public static int wholeYears(List<CreditedCommunityWork> periods) {
            return (int) (periods.stream().mapToLong(period -> Period.between(period.fromDate(),
                    period.toDate().plusDays(1)).toTotalMonths()).sum() / 12);
        }
    }


    /**
     * An economic-responsibility audit on leaving the post of secretary or director (经济责任审计, 《意见》第11条): the
     * posts audited, the period, the findings and conclusion, the day of the audit report and the process.
     */
    public record EconomicAudit(String posts, LocalDate periodStart, LocalDate periodEnd, String findings,
            AuditConclusion conclusion, LocalDate auditedOn, String processInstanceId) {
    }

    /** The secondment the worker is on now (借调), if any. */
    public record CurrentSecondment(String borrowingOrganization, String borrowingOrgLevel,
            String borrowingOrgType, LocalDate startDate, LocalDate endDate, String purpose,
            String processInstanceId) {
    }

    /** The contract with a public institution of a worker hired as its staff (事业单位工作人员). */
    public record PublicInstitutionContract(String institutionName, LocalDate startDate, String processInstanceId) {
    }

    /** A selection into the street/township leadership: the route, whether selected, and the post. */
    public record LeadershipSelection(SelectionRoute selectionRoute, boolean selected, String post,
            LocalDate recordedOn, String processInstanceId) {
    }

    /**
     * What followed an UNQUALIFIED rating of {@code assessmentYear}: {@code path} {@code IMPROVE} (recruited staff: training or a
     * change of post, the follow-up, the street's decision, the union's notification, the notice and the severance,
     * 《劳动合同法》第四十条第二项, 第四十三条, 第四十七条) or {@code RECALL_PROPOSAL} (elected members: the admonishment talk
     * and the county organisation department's answer). Steps not reached are null.
     */
    public record AssessmentConsequence(int assessmentYear, String path, String improvementMeasure, String improvementDetail,
            LocalDate improvementStart, Boolean followUpCompetent, String followUpReason, Boolean endDecided,
            String endDecisionReason, LocalDate unionNotifiedOn, String noticeType, LocalDate noticeServedOn,
            LocalDate contractEndedOn, BigDecimal severanceMonths, BigDecimal severanceAmount, BigDecimal payInLieu,
            LocalDate admonishedOn, String admonishmentNote, Boolean recallProposed, String recallReason,
            String processInstanceId) {
    }

    /**
     * A disciplinary action on file with its period of effect: from {@code decidedOn} to {@code effectiveUntil}
     * (the last day), {@code inEffect} today.
     */
    public record DisciplinaryActionView(DisciplinaryActionType type, String typeName, LocalDate decidedOn,
            String decidedBy, String reason, LocalDate effectiveUntil, boolean inEffect) {

        static DisciplinaryActionView of(DisciplinaryActions.Action action, LocalDate today) {
            return new DisciplinaryActionView(action.type(), action.type().label(), action.decidedOn(),
                    action.decidedBy(), action.reason(), action.effectEnds().minusDays(1),
                    action.inEffectBetween(today, today));
        }
    }

    /** One change of post grade; {@code details} are the decision inputs behind it, if any. */
    public record GradeChange(LocalDate effectiveDate, Integer from, Integer to, String reason,
            String processInstanceId, String details) {
    }

    static WorkerView of(Worker worker, OrgUnit unit, boolean idCardNumberWhole, List<WorkerChange> changes,
            List<DisciplinaryActionView> disciplinaryActions, CurrentSecondment currentSecondment,
            PublicInstitutionContract publicInstitutionContract, List<LeadershipSelection> leadershipSelections,
            List<AssessmentConsequence> assessmentConsequences, List<CreditedCommunityWork> creditedCommunityWork,
            List<EconomicAudit> economicAudits) {
        List<GradeChange> grades = changes.stream()
                .filter(change -> change.attribute() == ChangeAttribute.GRADE)
                .map(change -> new GradeChange(change.effectiveDate(), toInteger(change.oldValue()),
                        toInteger(change.newValue()), change.reason(), change.processInstanceId(), change.details()))
                .toList();
        return new WorkerView(worker.getWorkerId(), worker.getName(),
                idCardNumberWhole ? worker.getIdCardNumber() : IdCardNumber.mask(worker.getIdCardNumber()),
                !idCardNumberWhole, worker.getSex(), worker.getBirthDate(),
                unit.communityCode(), unit.communityName(), unit.streetCode(), unit.streetName(), unit.countyCode(),
                worker.getRole(), worker.getPostCategory(), worker.getEducation(), worker.getQualification(),
                worker.isPartyMember(), worker.getStatus(), worker.getCommunityWorkSince(),
                worker.getCreditedCommunityYears(), worker.getGradeLevel(), worker.getLastGradeStepYear(),
                worker.getEarlyGradeSteps(), worker.getMonthlyPay(), worker.getContractEnd(), worker.getProbationEnd(),
                List.copyOf(disciplinaryActions), worker.isUnderInvestigation(),
                worker.isSocialInsuranceEnrolled(), worker.isHousingFundEnrolled(),
                List.copyOf(worker.getSecretaryTerms()),
                worker.getAssessmentHistory().stream().sorted(Comparator.comparingInt(AssessmentRecord::year)).toList(),
                grades, currentSecondment, publicInstitutionContract, List.copyOf(leadershipSelections),
                List.copyOf(assessmentConsequences),
                ContractKind.of(worker.getContractEnd()), worker.getFixedTermContracts(),
                worker.getStatus() == WorkerStatus.PROBATION ? worker.getProbationPayPercent() : null,
                worker.probationPay(), List.copyOf(creditedCommunityWork), List.copyOf(economicAudits));
    }

    private static Integer toInteger(String value) {
        return value == null ? null : Integer.valueOf(value);
    }
}
