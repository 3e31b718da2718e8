package cn.communityworkers.workforce;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.springframework.stereotype.Component;

import cn.communityworkers.organisation.County;
import cn.communityworkers.organisation.OrgUnit;
import cn.communityworkers.organisation.OrganisationService;
import cn.communityworkers.system.Violation;

/**
 * What registering a worker means, for {@link WorkerRegistry}: the rules a {@link WorkerRecord} must keep, and how a
 * record that keeps them becomes a stored worker with the change log of what they have from the registration. Who
 * may register is the registry's check.
 */
@Component
class Registration {

    /** The youngest age at which community work can have started (working age under the Labour Law). */
    static final int MINIMUM_WORKING_AGE = 16;
    /** The field of the identity number, in refusals. */
    static final String ID_CARD_NUMBER = "idCardNumber";
    /** The ground of what a worker has from the registration (status, contract end). */
    static final String REGISTERED = "登记入册";
    /** Who decided, and why, the action a roster's yes/no column {@code underDisciplinaryAction} stands for. */
    static final String FLAGGED_BY = "原名册登记";
    static final String FLAGGED = "名册登记为受处分期间,未载处分种类和日期;按记过自登记之日起计,以保持原有效果,请按处分决定补录";

    private final WorkerRepository workers;
    private final OrganisationService organisation;
    private final GradingRules gradingRules;
    private final Validator validator;
    private final LabourContractProperties contractTerms;
    private final ChangeLog changes;
    private final DisciplinaryActions disciplinaryActions;
    private final Clock clock;

    Registration(WorkerRepository workers, OrganisationService organisation, GradingRules gradingRules,
            Validator validator, LabourContractProperties contractTerms, ChangeLog changes,
            DisciplinaryActions disciplinaryActions, Clock clock) {
        this.workers = workers;
        this.organisation = organisation;
        this.gradingRules = gradingRules;
        this.validator = validator;
        this.contractTerms = contractTerms;
        this.changes = changes;
        this.disciplinaryActions = disciplinaryActions;
        this.clock = clock;
    }

    /**
     * Every rule the record breaks: its field constraints, then the rules between fields. Fields in
     * {@code alreadyReported} could not be read at all and are not reported again.
     */
    List<Violation> check(WorkerRecord record, Set<String> alreadyReported) {
        return check(record, alreadyReported, gradingRules);
    }

    private List<Violation> check(WorkerRecord record, Set<String> alreadyReported, GradingRules rules) {
        List<Violation> violations = new ArrayList<>();
        for (ConstraintViolation<WorkerRecord> violation : validator.validate(record)) {
            String field = violation.getPropertyPath().toString();
            if (!alreadyReported.contains(field)) {
                violations.add(Violation.of(field,
                        violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName(),
                        WorkerRecord.describe(field) + violation.getMessage()));
            }
        }
        LocalDate birthDate = record.birthDate();
        if (!alreadyReported.contains(ID_CARD_NUMBER)) {
            IdCardNumber.Result number = IdCardNumber.read(ID_CARD_NUMBER, record.idCardNumber(), LocalDate.now(clock));
            if (number.violation() != null) {
                violations.add(number.violation());
            } else {
                number.number().disagreement("birthDate", birthDate).ifPresent(violations::add);
                birthDate = number.number().birthDate();
            }
        }
        if (birthDate != null && record.communityWorkSince() != null
                && record.communityWorkSince().isBefore(birthDate.plusYears(MINIMUM_WORKING_AGE))) {
            violations.add(Violation.of("communityWorkSince", "minimum-working-age",
                    "开始从事社区工作的日期(communityWorkSince)不能早于本人年满 " + MINIMUM_WORKING_AGE + " 周岁之日"));
        }
        if (record.gradeLevel() != null && record.role() != null) {
            GradingRules.GradeRange range = rules.range(record.role().postCategory());
            if (!range.contains(record.gradeLevel())) {
                violations.add(Violation.of("gradeLevel", "within-category-range", "岗位等级须在" + range.name()
                        + "岗位的第" + range.lowest() + "级至第" + range.highest() + "级之内,登记的是第"
                        + record.gradeLevel() + "级"));
            }
        }
        if (record.lastGradeStepYear() != null && record.lastGradeStepYear() > LocalDate.now(clock).getYear()) {
            violations.add(Violation.of("lastGradeStepYear", "not-future",
                    "上次晋升岗位等级的年度不能晚于今年(" + record.lastGradeStepYear() + "年)"));
        }
        if (record.status() == WorkerStatus.PROBATION && record.probationEnd() == null) {
            violations.add(Violation.of("probationEnd", "required-in-probation",
                    "状态为试用期(PROBATION)的,须填写试用期满日期(probationEnd)"));
        }
        if (record.contractEnd() != null && record.communityWorkSince() != null
                && !record.contractEnd().isAfter(record.communityWorkSince())) {
            violations.add(Violation.of("contractEnd", "after-work-start",
                    "劳动合同终止日期(contractEnd)须晚于开始从事社区工作的日期(" + record.communityWorkSince() + ")"));
        }
        if (record.secretaryTerms() != null) {
            for (int i = 0; i < record.secretaryTerms().size(); i++) {
                WorkerRecord.Term term = record.secretaryTerms().get(i);
                String field = "secretaryTerms[" + i + "]";
                if (term == null || term.start() == null) {
                    continue;
                }
                if (term.end() != null && term.end().isBefore(term.start())) {
                    violations.add(Violation.of(field + ".end", "end-after-start",
                            WorkerRecord.describe(field + ".end") + "不能早于任期开始日期(" + term.start() + ")"));
                }
                if (Boolean.TRUE.equals(term.completed()) && term.end() == null) {
                    violations.add(Violation.of(field + ".end", "required-when-completed",
                            WorkerRecord.describe(field + ".end") + "须填写:该任期已任满"));
                }
            }
        }
        if (record.disciplinaryActions() != null && record.communityWorkSince() != null) {
            for (int i = 0; i < record.disciplinaryActions().size(); i++) {
                WorkerRecord.Action action = record.disciplinaryActions().get(i);
                if (action != null && action.decidedOn() != null
                        && action.decidedOn().isBefore(record.communityWorkSince())) {
                    violations.add(Violation.of("disciplinaryActions[" + i + "].decidedOn", "after-work-start",
                            "处分决定日期不能早于开始从事社区工作的日期(" + record.communityWorkSince() + ")"));
                }
            }
        }
        if (record.assessmentHistory() != null) {
            Set<Integer> years = new HashSet<>();
            int thisYear = LocalDate.now(clock).getYear();
            for (int i = 0; i < record.assessmentHistory().size(); i++) {
                WorkerRecord.Assessment entry = record.assessmentHistory().get(i);
                if (entry == null || entry.year() == null) {
                    continue;
                }
                String field = "assessmentHistory[" + i + "].year";
                if (!years.add(entry.year())) {
                    violations.add(Violation.of(field, "unique-year", WorkerRecord.describe(field) + ":"
                            + entry.year() + " 年度的考核结果出现了两次"));
                }
                if (entry.year() > thisYear) {
                    violations.add(Violation.of(field, "not-future", WorkerRecord.describe(field) + ":"
                            + entry.year() + " 年度尚未到来"));
                }
            }
        }
        return violations;
    }

    /** The registration of the rows of one import, which ask the same questions again and again. */
    Batch batch() {
        return new Batch();
    }

    /**
     * {@link #check}, {@link #unitOf} and {@link #store} for the rows of one import, which ask each question once: the
     * grading rules remember their answers ({@link GradingRules#remembering}), and the units of the communities and
     * the counties are read once each; the workers stored are written together, a batch per table, at each
     * {@link #flush}. For one import in one transaction, not longer (or one registration: {@link #store}).
     */
    final class Batch {

        private final GradingRules rules = gradingRules.remembering();
        private final Map<String, Optional<OrgUnit>> units = new HashMap<>();
        private final Map<String, County> counties = new HashMap<>();
        private final List<Worker> added = new ArrayList<>();
        private final List<ChangeLog.Entry> changed = new ArrayList<>();
        private final List<Map.Entry<String, WorkerRecord.Action>> actions = new ArrayList<>();

        List<Violation> check(WorkerRecord record, Set<String> alreadyReported) {
            return Registration.this.check(record, alreadyReported, rules);
        }

        OrgUnit unitOf(WorkerRecord record, List<Violation> violations) {
            return Registration.unitOf(record, violations,
                    code -> units.computeIfAbsent(code, organisation::findUnitOfCommunity));
        }

        /** Stores a checked record as {@link Registration#store} does, once {@link #flush} writes it. */
        Worker store(WorkerRecord record, OrgUnit unit) {
            return Registration.this.store(record, unit, this);
        }

        private County county(String code) {
            return counties.computeIfAbsent(code, organisation::county);
        }

        /** Writes the workers stored since the last flush: a batch per table. */
        void flush() {
            workers.insertAll(added);
            changes.recordAll(changed);
            actions.forEach(action -> disciplinaryActions.add(action.getKey(), action.getValue()));
            added.clear();
            changed.clear();
            actions.clear();
        }
    }

    /**
     * Whether the identity number is already registered: the refusal, in Chinese, naming {@code field}, the number
     * masked.
     */
    Optional<Violation> duplicateIdCardNumber(IdCardNumber number, String field) {
        return workers.existsByIdCardNumber(number.value()) ? Optional.of(registeredAlready(number, field))
                : Optional.empty();
    }

    /** The refusal of an identity number already registered, in Chinese, naming {@code field}, the number masked. */
    static Violation registeredAlready(IdCardNumber number, String field) {
        return Violation.of(field, "unique",
                "身份证号码(" + field + ")" + number.masked() + "已登记在社区工作者名册中,同一人不能重复登记");
    }

    /** The unit of the record's community; null, with a violation when the community does not exist. */
    OrgUnit unitOf(WorkerRecord record, List<Violation> violations) {
        return unitOf(record, violations, organisation::findUnitOfCommunity);
    }

    private static OrgUnit unitOf(WorkerRecord record, List<Violation> violations,
            Function<String, Optional<OrgUnit>> units) {
        if (record.communityCode() == null || record.communityCode().isBlank()) {
            return null;
        }
        Optional<OrgUnit> unit = units.apply(record.communityCode());
        if (unit.isEmpty()) {
            violations.add(Violation.of("communityCode", "exists",
                    "社区代码(communityCode)" + record.communityCode() + " 不存在:请核对组织机构中的社区代码"));
        }
        return unit.orElse(null);
    }

    /**
     * Stores a checked record as a new worker in {@code unit}: the grade as registered or by the rules of the first
     * grading, the pay of the unit's county for it, probation pay where the worker is on probation, and the change log of
     * what the worker has from the registration (status, grade, pay, contract end, disciplinary actions).
     */
    Worker store(WorkerRecord record, OrgUnit unit) {
        Batch one = new Batch();
        Worker worker = one.store(record, unit);
        one.flush();
        return worker;
    }

    /** Stores the record into {@code batch}, which writes it when flushed. */
    private Worker store(WorkerRecord record, OrgUnit unit, Batch batch) {
        GradingRules rules = batch.rules;
        LocalDate today = LocalDate.now(clock);
        Worker worker = new Worker(record.workerId() != null ? record.workerId() : newWorkerId());
        worker.setName(record.name().trim());
        IdCardNumber number = IdCardNumber.of(record.idCardNumber());
        worker.setIdCardNumber(number.value());
        worker.setSex(number.sex());
        worker.setBirthDate(number.birthDate());
        worker.setCommunityCode(record.communityCode());
        worker.setRole(record.role());
        worker.setEducation(record.education());
        worker.setQualification(Objects.requireNonNullElse(record.qualification(), Qualification.NONE));
        worker.setQualificationAtLastGrading(worker.getQualification());
        worker.setPartyMember(Boolean.TRUE.equals(record.partyMember()));
        worker.setStatus(Objects.requireNonNullElse(record.status(), WorkerStatus.ACTIVE));
        worker.setCommunityWorkSince(record.communityWorkSince());
        worker.setCreditedCommunityYears(Objects.requireNonNullElse(record.creditedCommunityYears(), 0));
        worker.setContractEnd(record.contractEnd());
        worker.setFixedTermContracts(record.contractEnd() == null ? 0 : 1);
        worker.setProbationEnd(record.probationEnd());
        if (worker.getStatus() == WorkerStatus.PROBATION) {
            worker.setProbationPayPercent(contractTerms.probationPayPercent());
        }
        worker.setSocialInsuranceEnrolled(Boolean.TRUE.equals(record.socialInsuranceEnrolled()));
        worker.setHousingFundEnrolled(Boolean.TRUE.equals(record.housingFundEnrolled()));
        worker.setSecretaryTerms(record.secretaryTerms() == null ? List.of() : record.secretaryTerms().stream()
                .map(term -> new SecretaryTerm(term.start(), term.end(), term.completed())).toList());
        worker.setAssessmentHistory(record.assessmentHistory() == null ? Set.of()
                : new LinkedHashSet<>(record.assessmentHistory().stream()
                        .map(entry -> new AssessmentRecord(entry.year(), entry.rating())).toList()));
        worker.setLastGradeStepYear(record.lastGradeStepYear() != null ? record.lastGradeStepYear()
                : worker.getAssessmentHistory().stream().map(AssessmentRecord::year).max(Integer::compare).orElse(null));

        String gradeGround;
        if (record.gradeLevel() != null) {
            worker.setGradeLevel(record.gradeLevel());
            gradeGround = "按登记的岗位等级";
        } else {
            GradingRules.InitialGrade grade = rules.initialGrade(worker.getPostCategory(),
                    worker.getEducation(), worker.getQualification(), GradingRules.communityYears(
                            worker.getCommunityWorkSince(), worker.getCreditedCommunityYears(), today));
            worker.setGradeLevel(grade.level());
            gradeGround = grade.ground();
        }
        County county = batch.county(unit.countyCode());
        worker.setMonthlyPay(rules.monthlyPay(county, worker.getPostCategory(), worker.getGradeLevel()));
        batch.added.add(worker);

        String id = worker.getWorkerId();
        batch.changed.add(registered(id, ChangeAttribute.STATUS, null, worker.getStatus(), today, REGISTERED));
        batch.changed.add(registered(id, ChangeAttribute.GRADE, null, worker.getGradeLevel(), today, gradeGround));
        batch.changed.add(registered(id, ChangeAttribute.PAY, null, worker.getMonthlyPay(), today,
                "按" + worker.getPostCategory().label() + "岗位第" + worker.getGradeLevel() + "级核定薪酬"));
        if (worker.getContractEnd() != null) {
            batch.changed.add(registered(id, ChangeAttribute.CONTRACT_END, null, worker.getContractEnd(), today,
                    REGISTERED));
        }
        if (worker.probationPay() != null) {
            batch.changed.add(registered(id, ChangeAttribute.PAY, worker.getMonthlyPay(),
                    worker.probationPay(), today, "试用期工资按岗位工资的" + worker.getProbationPayPercent()
                            + "%发放(" + LabourContractLaw.ARTICLE_20 + ":不得低于劳动合同约定工资的百分之八十)"));
        }
        if (record.disciplinaryActions() != null) {
            record.disciplinaryActions().forEach(action -> batch.actions.add(Map.entry(id, action)));
        }
        if (Boolean.TRUE.equals(record.underDisciplinaryAction())) {
            batch.actions.add(Map.entry(id,
                    new WorkerRecord.Action(DisciplinaryActionType.DEMERIT, today, FLAGGED_BY, FLAGGED)));
        }
        return worker;
    }

    private static ChangeLog.Entry registered(String workerId, ChangeAttribute attribute, Object from, Object to,
            LocalDate effective, String reason) {
        return new ChangeLog.Entry(workerId, attribute, from, to, effective, ChangeLog.Ground.of(reason));
    }

    private static String newWorkerId() {
        return "W" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase(Locale.ROOT);
    }
}
