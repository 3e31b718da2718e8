package cn.communityworkers.workforce;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A community worker in the registry, with terms as secretary and past assessment ratings; stored by
 * {@link WorkerRepository}.
 */
public class Worker {

    private final String workerId;
    private Long version;
    private String name;
    /** The citizen identity number ({@link IdCardNumber}); null only for a worker registered before it was required. */
    private String idCardNumber;
    /** As the identity number says; null where there is none. */
    private Sex sex;
    private LocalDate birthDate;
    private String communityCode;
    private Role role;
    private Education education;
    private Qualification qualification;
    /** The qualification when the grade was last set (registration or annual grading). */
    private Qualification qualificationAtLastGrading;
    private boolean partyMember;
    private WorkerStatus status;
    private LocalDate communityWorkSince;
    private int creditedCommunityYears;
    private int gradeLevel;
    /** The assessment year of the last grade step (or of the grading it counts from); null: every rated year counts. */
    private Integer lastGradeStepYear;
    /** Grade steps taken early after EXCELLENT years (优秀提前晋升), limited per career by the decision gradeStep. */
    private int earlyGradeSteps;
    private BigDecimal monthlyPay;
    private LocalDate contractEnd;
    private LocalDate probationEnd;
    /** Consecutive fixed-term contracts concluded with the street (《劳动合同法》第十四条); an open-ended one keeps its count. */
    private int fixedTermContracts;
    /** Probation pay as a percentage of the post's pay, agreed at registration in probation (第二十条); else null. */
    private Integer probationPayPercent;
    /**
     * Under investigation (立案审查调查), as the county organisation department set it; see
     * {@link CareerChanges#changeInvestigation}.
     */
    private boolean underInvestigation;
    private boolean socialInsuranceEnrolled;
    private boolean housingFundEnrolled;
    private List<SecretaryTerm> secretaryTerms = new ArrayList<>();
    private Set<AssessmentRecord> assessmentHistory = new LinkedHashSet<>();

    public Worker(String workerId) {
        this.workerId = workerId;
    }

    public String getWorkerId() {
        return workerId;
    }

    Long getVersion() {
        return version;
    }

    void setVersion(Long version) {
        this.version = version;
    }

    public String getName() {
        return name;
    }

    void setName(String name) {
        this.name = name;
    }

    /** The whole number: show it through {@link WorkerViews}, which masks it for those who may not read it. */
    public String getIdCardNumber() {
        return idCardNumber;
    }

    void setIdCardNumber(String idCardNumber) {
        this.idCardNumber = idCardNumber;
    }

    public Sex getSex() {
        return sex;
    }

    void setSex(Sex sex) {
        this.sex = sex;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    void setBirthDate(LocalDate birthDate) {
        this.birthDate = birthDate;
    }

    public String getCommunityCode() {
        return communityCode;
    }

    void setCommunityCode(String communityCode) {
        this.communityCode = communityCode;
    }

    public Role getRole() {
        return role;
    }

    void setRole(Role role) {
        this.role = role;
    }

    public PostCategory getPostCategory() {
        return role.postCategory();
    }

    public Education getEducation() {
        return education;
    }

    void setEducation(Education education) {
        this.education = education;
    }

    public Qualification getQualification() {
        return qualification;
    }

    void setQualification(Qualification qualification) {
        this.qualification = qualification;
    }

    public Qualification getQualificationAtLastGrading() {
        return qualificationAtLastGrading;
    }

    void setQualificationAtLastGrading(Qualification qualificationAtLastGrading) {
        this.qualificationAtLastGrading = qualificationAtLastGrading;
    }

    public boolean isPartyMember() {
        return partyMember;
    }

    void setPartyMember(boolean partyMember) {
        this.partyMember = partyMember;
    }

    public WorkerStatus getStatus() {
        return status;
    }

    void setStatus(WorkerStatus status) {
        this.status = status;
    }

    public LocalDate getCommunityWorkSince() {
        return communityWorkSince;
    }

    void setCommunityWorkSince(LocalDate communityWorkSince) {
        this.communityWorkSince = communityWorkSince;
    }

    public int getCreditedCommunityYears() {
        return creditedCommunityYears;
    }

    void setCreditedCommunityYears(int creditedCommunityYears) {
        this.creditedCommunityYears = creditedCommunityYears;
    }

    public int getGradeLevel() {
        return gradeLevel;
    }

    void setGradeLevel(int gradeLevel) {
        this.gradeLevel = gradeLevel;
    }

    public Integer getLastGradeStepYear() {
        return lastGradeStepYear;
    }

    void setLastGradeStepYear(Integer lastGradeStepYear) {
        this.lastGradeStepYear = lastGradeStepYear;
    }

    public int getEarlyGradeSteps() {
        return earlyGradeSteps;
    }

    void setEarlyGradeSteps(int earlyGradeSteps) {
        this.earlyGradeSteps = earlyGradeSteps;
    }

    public BigDecimal getMonthlyPay() {
        return monthlyPay;
    }

    void setMonthlyPay(BigDecimal monthlyPay) {
        this.monthlyPay = monthlyPay;
    }

    public LocalDate getContractEnd() {
        return contractEnd;
    }

    void setContractEnd(LocalDate contractEnd) {
        this.contractEnd = contractEnd;
    }

    public LocalDate getProbationEnd() {
        return probationEnd;
    }

    void setProbationEnd(LocalDate probationEnd) {
        this.probationEnd = probationEnd;
    }

    public int getFixedTermContracts() {
        return fixedTermContracts;
    }

    void setFixedTermContracts(int fixedTermContracts) {
        this.fixedTermContracts = fixedTermContracts;
    }

    public Integer getProbationPayPercent() {
        return probationPayPercent;
    }

    void setProbationPayPercent(Integer probationPayPercent) {
        this.probationPayPercent = probationPayPercent;
    }

    /**
     * The pay during probation: the post's pay times the agreed percentage, to the fen; null when the worker is not
     * in probation or none was agreed.
     */
    public BigDecimal probationPay() {
        return status == WorkerStatus.PROBATION ? agreedProbationPay() : null;
    }

    /** The post's pay times the percentage agreed for the probation, to the fen; null when none was agreed. */
    BigDecimal agreedProbationPay() {
        return probationPayPercent == null ? null : monthlyPay.multiply(BigDecimal.valueOf(probationPayPercent))
                .movePointLeft(2).setScale(2, RoundingMode.HALF_UP);
    }

    public boolean isUnderInvestigation() {
        return underInvestigation;
    }

    void setUnderInvestigation(boolean underInvestigation) {
        this.underInvestigation = underInvestigation;
    }

    public boolean isSocialInsuranceEnrolled() {
        return socialInsuranceEnrolled;
    }

    void setSocialInsuranceEnrolled(boolean socialInsuranceEnrolled) {
        this.socialInsuranceEnrolled = socialInsuranceEnrolled;
    }

    public boolean isHousingFundEnrolled() {
        return housingFundEnrolled;
    }

    void setHousingFundEnrolled(boolean housingFundEnrolled) {
        this.housingFundEnrolled = housingFundEnrolled;
    }

    public List<SecretaryTerm> getSecretaryTerms() {
        return secretaryTerms;
    }

    void setSecretaryTerms(List<SecretaryTerm> secretaryTerms) {
        this.secretaryTerms = new ArrayList<>(secretaryTerms);
    }

    public Set<AssessmentRecord> getAssessmentHistory() {
        return assessmentHistory;
    }

    void setAssessmentHistory(Set<AssessmentRecord> assessmentHistory) {
        this.assessmentHistory = new LinkedHashSet<>(assessmentHistory);
    }
}
