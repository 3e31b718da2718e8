package cn.communityworkers.workforce;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.communityworkers.organisation.County;
import cn.communityworkers.organisation.OrgUnit;
import cn.communityworkers.organisation.OrganisationService;
import cn.communityworkers.organisation.UnitGroups;
import cn.communityworkers.system.CurrentUser;
import cn.communityworkers.system.ForbiddenException;
import cn.communityworkers.system.NotFoundException;
import cn.communityworkers.system.RuleViolationException;
import cn.communityworkers.system.Violation;

/** The workforce registry: registering workers, one by one or as a roster, and reading them back. */
@Service
public class WorkerService {

    /** The youngest age at which community work can have started (working age under the Labour Law). */
    static final int MINIMUM_WORKING_AGE = 16;
    /** The ground of what a worker has from the registration (status, contract end). */
    static final String REGISTERED = "登记入册";
    /** Who decided, and why, the action a roster's yes/no column {@code underDisciplinaryAction} stands for. */
    static final String FLAGGED_BY = "原名册登记";
    static final String FLAGGED = "名册登记为受处分期间,未载处分种类和日期;按记过自登记之日起计,以保持原有效果,请按处分决定补录";

    private final WorkerRepository workers;
    private final WorkerChangeRepository changes;
    private final OrganisationService organisation;
    private final GradingRules gradingRules;
    private final CurrentUser currentUser;
    private final Validator validator;
    private final SecondmentLookup secondments;
    private final CareerRecords careers;
    private final DisciplinaryActions disciplinaryActions;
    private final Clock clock;

    WorkerService(WorkerRepository workers, WorkerChangeRepository changes, OrganisationService organisation,
            GradingRules gradingRules, CurrentUser currentUser, Validator validator, SecondmentLookup secondments,
            CareerRecords careers, DisciplinaryActions disciplinaryActions, Clock clock) {
        this.workers = workers;
        this.changes = changes;
        this.organisation = organisation;
        this.gradingRules = gradingRules;
        this.currentUser = currentUser;
        this.validator = validator;
        this.secondments = secondments;
        this.careers = careers;
        this.disciplinaryActions = disciplinaryActions;
        this.clock = clock;
    }

    /** Registers one worker; every broken rule is reported at once, and nothing is stored then. */
    @Transactional
    public WorkerView register(WorkerRecord record) {
        List<Violation> violations = checkRules(record, Set.of());
        OrgUnit unit = unitOf(record, violations);
        if (!violations.isEmpty()) {
            throw new RuleViolationException(HttpStatus.BAD_REQUEST, summary(violations), violations);
        }
        requirePersonnelRights(unit);
        if (record.workerId() != null && workers.existsById(record.workerId())) {
            throw RuleViolationException.conflict("workerId", "unique",
                    "a worker with id '" + record.workerId() + "' already exists");
        }
        Worker worker = store(record, unit);
        return WorkerView.of(worker, unit, changes.findByWorkerIdOrderByIdAsc(worker.getWorkerId()),
                actionsOf(worker.getWorkerId()), null, null, List.of());
    }

    /**
     * Registers a whole roster, all or nothing: either every row is stored, or none is and every bad row
     * is reported with its line number.
     */
    @Transactional
    public List<String> importRoster(List<WorkerCsv.Row> rows) {
        List<Violation> violations = new ArrayList<>();
        List<OrgUnit> units = new ArrayList<>();
        Set<String> idsInFile = new HashSet<>();
        for (WorkerCsv.Row row : rows) {
            List<Violation> rowViolations = new ArrayList<>(row.violations());
            if (row.record() != null) {
                Set<String> unreadable = new HashSet<>();
                row.violations().forEach(violation -> unreadable.add(violation.field()));
                rowViolations.addAll(checkRules(row.record(), unreadable));
                units.add(unitOf(row.record(), rowViolations));
                String id = row.record().workerId();
                if (id != null && !idsInFile.add(id)) {
                    rowViolations.add(Violation.of("workerId", "unique", "id '" + id + "' appears twice in the file"));
                } else if (id != null && workers.existsById(id)) {
                    rowViolations.add(Violation.of("workerId", "unique", "a worker with id '" + id + "' already exists"));
                }
            }
            rowViolations.forEach(violation -> violations.add(violation.atRow(row.line())));
        }
        if (rows.isEmpty()) {
            violations.add(Violation.of("", "not-empty", "the file has no worker rows"));
        }
        if (!violations.isEmpty()) {
            throw new RuleViolationException(HttpStatus.BAD_REQUEST,
                    "nothing was imported: " + violations.size() + " problem(s) in the file", violations);
        }
        units.forEach(this::requirePersonnelRights);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            ids.add(store(rows.get(i).record(), units.get(i)).getWorkerId());
        }
        return ids;
    }

    public WorkerView view(String workerId) {
        Worker worker = workers.findById(workerId).orElseThrow(() -> new NotFoundException("worker", workerId));
        OrgUnit unit = organisation.findUnitOfCommunity(worker.getCommunityCode()).orElseThrow();
        if (!currentUser.isAdmin() && !currentUser.isAuditor() && !currentUser.inAnyGroup(unit.allGroups())) {
            throw new ForbiddenException("worker '" + workerId + "' belongs to another unit");
        }
        return WorkerView.of(worker, unit, changes.findByWorkerIdOrderByIdAsc(workerId), actionsOf(workerId),
                secondments.currentSecondment(workerId).orElse(null),
                careers.institutionContract(workerId).orElse(null), careers.leadershipSelections(workerId));
    }

    private List<WorkerView.DisciplinaryActionView> actionsOf(String workerId) {
        LocalDate today = LocalDate.now(clock);
        return disciplinaryActions.of(workerId).stream()
                .map(action -> WorkerView.DisciplinaryActionView.of(action, today)).toList();
    }

    /** A disciplinary action as the street or county personnel office records it. */
    public record DisciplinaryActionRequest(String type, LocalDate decidedOn, String decidedBy, String reason) {
    }

    /**
     * Records a disciplinary action against a worker, for the personnel offices of the worker's street and county (as
     * registration): its type, the day it was decided, who decided it and why, kept with a DISCIPLINARY_ACTION change
     * (effective the day decided). Every broken rule is reported at once (400, in Chinese); the same type decided on the
     * same day twice is a conflict (409). Its period of effect follows from the decision
     * {@value DisciplinaryActions#EFFECT_DECISION}.
     */
    @Transactional
    public WorkerView recordDisciplinaryAction(String workerId, DisciplinaryActionRequest request) {
        Worker worker = workers.findById(workerId).orElseThrow(() -> new NotFoundException("worker", workerId));
        OrgUnit unit = organisation.findUnitOfCommunity(worker.getCommunityCode()).orElseThrow();
        requirePersonnelRights(unit);
        List<Violation> violations = new ArrayList<>();
        DisciplinaryActionType type = null;
        if (request.type() == null || request.type().isBlank()) {
            violations.add(Violation.of("type", "required", "请填写处分种类"));
        } else {
            try {
                type = DisciplinaryActionType.valueOf(request.type().trim());
            } catch (IllegalArgumentException e) {
                violations.add(Violation.of("type", "one-of", "处分种类只能是 " + String.join("、",
                        Arrays.stream(DisciplinaryActionType.values())
                                .map(t -> t.name() + "(" + t.label() + ")").toList())));
            }
        }
        LocalDate today = LocalDate.now(clock);
        if (request.decidedOn() == null) {
            violations.add(Violation.of("decidedOn", "required", "请填写处分决定日期"));
        } else if (request.decidedOn().isAfter(today)) {
            violations.add(Violation.of("decidedOn", "not-future", "处分决定日期不能晚于今天(" + today + ")"));
        } else if (request.decidedOn().isBefore(worker.getCommunityWorkSince())) {
            violations.add(Violation.of("decidedOn", "after-work-start",
                    "处分决定日期不能早于开始从事社区工作的日期(" + worker.getCommunityWorkSince() + ")"));
        }
        requireText(violations, "decidedBy", request.decidedBy(), DisciplinaryActions.MAX_DECIDED_BY, "作出处分的机关");
        requireText(violations, "reason", request.reason(), DisciplinaryActions.MAX_REASON, "处分事由");
        if (!violations.isEmpty()) {
            throw new RuleViolationException(HttpStatus.BAD_REQUEST, summary(violations), violations);
        }
        if (disciplinaryActions.exists(workerId, type, request.decidedOn())) {
            throw RuleViolationException.conflict("decidedOn", "unique", "该工作人员" + request.decidedOn() + "的"
                    + type.label() + "处分已登记");
        }
        addAction(worker, new WorkerRecord.Action(type, request.decidedOn(), request.decidedBy().trim(),
                request.reason().trim()));
        return view(workerId);
    }

    private void addAction(Worker worker, WorkerRecord.Action action) {
        Instant now = Instant.now(clock);
        disciplinaryActions.add(worker.getWorkerId(), action, currentUser.userId(), now);
        changes.save(new WorkerChange(null, worker.getWorkerId(), ChangeAttribute.DISCIPLINARY_ACTION, null,
                action.type().name(), action.decidedOn(), action.decidedBy() + "决定给予" + action.type().label()
                        + "处分:" + action.reason(), null, null, currentUser.userId(), now));
    }

    /** A change of "under investigation" as the county organisation department makes it. */
    public record InvestigationRequest(Boolean underInvestigation, String reason) {
    }

    /**
     * Puts a worker under investigation (立案审查调查) or releases them, for the organisation department of the
     * worker's county: recorded as an INVESTIGATION change with its reason. While under investigation a secretary is
     * not eligible for the promotion ({@code secretary-promotion-eligibility.dmn}). A request that changes nothing is
     * a conflict (409).
     */
    @Transactional
    public WorkerView changeInvestigation(String workerId, InvestigationRequest request) {
        Worker worker = workers.findById(workerId).orElseThrow(() -> new NotFoundException("worker", workerId));
        OrgUnit unit = organisation.findUnitOfCommunity(worker.getCommunityCode()).orElseThrow();
        if (!currentUser.isAdmin()
                && !currentUser.inAnyGroup(List.of(UnitGroups.countyOrganization(unit.countyCode())))) {
            throw new ForbiddenException("only the organisation department of " + unit.countyName()
                    + " puts its workers under investigation (立案审查调查由县委组织部登记)");
        }
        List<Violation> violations = new ArrayList<>();
        if (request.underInvestigation() == null) {
            violations.add(Violation.of("underInvestigation", "required", "请填写是否正在接受立案审查调查"));
        }
        requireText(violations, "reason", request.reason(), DisciplinaryActions.MAX_REASON, "理由");
        if (!violations.isEmpty()) {
            throw new RuleViolationException(HttpStatus.BAD_REQUEST, summary(violations), violations);
        }
        boolean now = request.underInvestigation();
        if (worker.isUnderInvestigation() == now) {
            throw RuleViolationException.conflict("underInvestigation", "changes",
                    now ? "该工作人员已在立案审查调查中" : "该工作人员未在立案审查调查中");
        }
        worker.setUnderInvestigation(now);
        workers.save(worker);
        changes.save(new WorkerChange(null, workerId, ChangeAttribute.INVESTIGATION, String.valueOf(!now),
                String.valueOf(now), LocalDate.now(clock), (now ? "立案审查调查:" : "审查调查结束:")
                        + request.reason().trim(), null, null, currentUser.userId(), Instant.now(clock)));
        return view(workerId);
    }

    private static void requireText(List<Violation> violations, String field, String value, int max, String name) {
        if (value == null || value.isBlank()) {
            violations.add(Violation.of(field, "required", "请填写" + name));
        } else if (value.trim().length() > max) {
            violations.add(Violation.of(field, "max-length", name + "不能超过" + max + "个字"));
        }
    }

    /**
     * Moves a worker from one status to another, recording the change with its ground and process.
     * Returns false, changing nothing, when the worker is not (or no longer) in {@code from}.
     */
    @Transactional
    public boolean changeStatus(String workerId, WorkerStatus from, WorkerStatus to, String reason,
            String processInstanceId) {
        if (workers.changeStatus(workerId, from.name(), to.name()) == 0) {
            return false;
        }
        changes.save(new WorkerChange(null, workerId, ChangeAttribute.STATUS, from.name(), to.name(),
                LocalDate.now(clock), reason, processInstanceId, null, currentUser.userId(), Instant.now(clock)));
        return true;
    }

    /**
     * Hires an ACTIVE community worker as public-institution staff (事业单位工作人员, 《意见》第13条): the status becomes
     * PUBLIC_INSTITUTION_STAFF (so the worker leaves the community-worker headcount), the labour contract with the
     * street ends the day before, and the contract with the institution starts today. Role, grade and pay stay: the
     * worker goes on serving as the community's secretary. Each change is recorded with the process.
     *
     * @throws IllegalArgumentException if there is no such worker
     * @throws IllegalStateException if the worker is not ACTIVE (nothing is changed then)
     */
    @Transactional
    public void hireIntoPublicInstitution(String workerId, String institutionName, String processInstanceId) {
        Objects.requireNonNull(institutionName, "institutionName");
        Worker before = existing(workerId);
        String ground = "择优聘用为事业单位工作人员(" + institutionName + ")";
        if (!changeStatus(workerId, WorkerStatus.ACTIVE, WorkerStatus.PUBLIC_INSTITUTION_STAFF, ground, processInstanceId)) {
            throw new IllegalStateException("worker '" + workerId + "' is " + before.getStatus() + ", not ACTIVE");
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate labourContractEnd = today.minusDays(1);
        Worker worker = existing(workerId);
        LocalDate current = worker.getContractEnd();
        if (current == null || current.isAfter(labourContractEnd)) {
            worker.setContractEnd(labourContractEnd);
            workers.save(worker);
            changes.save(new WorkerChange(null, workerId, ChangeAttribute.CONTRACT_END,
                    current == null ? null : current.toString(), labourContractEnd.toString(), today,
                    "与街道的劳动合同终止:" + ground, processInstanceId, null, currentUser.userId(), Instant.now(clock)));
        }
        careers.addInstitutionContract(workerId, institutionName, today, processInstanceId);
    }

    /**
     * Records the selection of an outstanding secretary into the street/township leadership: the route, whether the
     * worker was selected, and the post.
     *
     * @throws IllegalArgumentException if there is no such worker
     */
    @Transactional
    public void recordLeadershipSelection(String workerId, SelectionRoute route, boolean selected, String post,
            String processInstanceId) {
        Objects.requireNonNull(route, "route");
        existing(workerId);
        careers.addLeadershipSelection(workerId, new WorkerView.LeadershipSelection(route, selected, post,
                LocalDate.now(clock), processInstanceId));
    }

    /**
     * Applies the confirmed rating of an assessment year: the rating joins the worker's assessment history, and
     * the grade moves by {@code gradeChange} (from the decision {@code gradeAdjustment}) plus one level for each
     * step of social-work qualification gained since the last grading, always within 1 to 18. The qualification
     * then counts as graded.
     * <p>
     * When the grade changes, a GRADE and a PAY change (pay of the worker's county for the new level) are recorded
     * with the ground, the process instance and {@code decisionInputs}, both effective on <b>1 January of the year
     * after the assessment year</b>. The worker's stored grade and pay are the new ones at once: the registry holds
     * the grade as decided, and the change log's effective date says from when it is paid. (The alternative, a
     * scheduled update on 1 January, would leave decided grades invisible for months and need a job that must not
     * fail.) When the grade stays the same, nothing but the rating is recorded.
     *
     * @param decisionInputs what the decisions were given (e.g. scores and previous ratings), kept with the changes
     * @throws IllegalArgumentException if there is no such worker
     * @throws IllegalStateException if the year is already rated
     */
    @Transactional
    public AssessmentOutcome applyAssessment(String workerId, int year, Rating rating, int gradeChange, String ground,
            String processInstanceId, String decisionInputs) {
        Objects.requireNonNull(rating, "rating");
        Worker worker = existing(workerId);
        if (worker.getAssessmentHistory().stream().anyMatch(entry -> entry.year() == year)) {
            throw new IllegalStateException("worker '" + workerId + "' is already rated for " + year);
        }
        Set<AssessmentRecord> history = new LinkedHashSet<>(worker.getAssessmentHistory());
        history.add(new AssessmentRecord(year, rating));
        worker.setAssessmentHistory(history);

        int steps = Math.max(0, worker.getQualification().ordinal() - worker.getQualificationAtLastGrading().ordinal());
        int before = worker.getGradeLevel();
        int after = GradingRules.withinGrades(before + gradeChange + steps);
        worker.setQualificationAtLastGrading(worker.getQualification());
        BigDecimal payBefore = worker.getMonthlyPay();
        if (after != before) {
            OrgUnit unit = organisation.findUnitOfCommunity(worker.getCommunityCode()).orElseThrow();
            worker.setGradeLevel(after);
            worker.setMonthlyPay(gradingRules.monthlyPay(organisation.county(unit.countyCode()),
                    worker.getPostCategory(), after));
        }
        workers.save(worker);

        if (after != before) {
            LocalDate effective = LocalDate.of(year + 1, 1, 1);
            String reason = Objects.requireNonNullElse(ground, year + "年度考核" + rating.label())
                    + (steps > 0 ? "社会工作职业资格提升" + steps + "级" : "");
            Instant now = Instant.now(clock);
            changes.save(new WorkerChange(null, workerId, ChangeAttribute.GRADE, String.valueOf(before),
                    String.valueOf(after), effective, reason, processInstanceId, null, decisionInputs,
                    currentUser.userId(), now));
            changes.save(new WorkerChange(null, workerId, ChangeAttribute.PAY, payBefore.toPlainString(),
                    worker.getMonthlyPay().toPlainString(), effective, reason, processInstanceId, null,
                    decisionInputs, currentUser.userId(), now));
        }
        return new AssessmentOutcome(before, after, steps, worker.getMonthlyPay());
    }

    /**
     * Renews the labour contract until {@code newContractEnd}, recording the change of contract end.
     *
     * @throws IllegalArgumentException if there is no such worker
     * @throws IllegalStateException if the worker has no fixed-term contract, or the new end is not after the
     *         current one
     */
    @Transactional
    public void renewContract(String workerId, LocalDate newContractEnd, String processInstanceId) {
        Objects.requireNonNull(newContractEnd, "newContractEnd");
        Worker worker = existing(workerId);
        LocalDate current = worker.getContractEnd();
        if (current == null) {
            throw new IllegalStateException("worker '" + workerId + "' has no fixed-term contract to renew");
        }
        if (!newContractEnd.isAfter(current)) {
            throw new IllegalStateException("the renewed contract of worker '" + workerId + "' must end after "
                    + current + ", not on " + newContractEnd);
        }
        worker.setContractEnd(newContractEnd);
        workers.save(worker);
        changes.save(new WorkerChange(null, workerId, ChangeAttribute.CONTRACT_END, current.toString(),
                newContractEnd.toString(), LocalDate.now(clock), "续订劳动合同至" + newContractEnd, processInstanceId,
                null, currentUser.userId(), Instant.now(clock)));
    }

    /**
     * Records a social-work qualification the worker has obtained (or lost). The grade does not move now: the
     * next annual grading adds a level for each step gained since the last grading.
     *
     * @throws IllegalArgumentException if there is no such worker
     * @throws IllegalStateException if the worker already has that qualification
     */
    @Transactional
    public void changeQualification(String workerId, Qualification qualification, String reason) {
        Objects.requireNonNull(qualification, "qualification");
        Worker worker = existing(workerId);
        Qualification current = worker.getQualification();
        if (current == qualification) {
            throw new IllegalStateException("worker '" + workerId + "' already has qualification " + qualification);
        }
        worker.setQualification(qualification);
        workers.save(worker);
        changes.save(new WorkerChange(null, workerId, ChangeAttribute.QUALIFICATION, current.name(),
                qualification.name(), LocalDate.now(clock), reason, null, null, currentUser.userId(),
                Instant.now(clock)));
    }

    /** The worker's ratings by assessment year, oldest first. */
    public Map<Integer, Rating> ratingsByYear(String workerId) {
        Map<Integer, Rating> ratings = new TreeMap<>();
        existing(workerId).getAssessmentHistory().forEach(entry -> ratings.put(entry.year(), entry.rating()));
        return ratings;
    }

    private Worker existing(String workerId) {
        return find(workerId).orElseThrow(() -> new IllegalArgumentException("no worker '" + workerId + "'"));
    }

    /** A worker as the processes see it, without the access rules of the API. */
    public Optional<Worker> find(String workerId) {
        return workerId == null ? Optional.empty() : workers.findById(workerId);
    }

    /** Workers of a county in PROBATION, ACTIVE or SECONDED: what counts against the staffing standard. */
    public long headcount(String countyCode) {
        return workers.countInCounty(countyCode, WorkerStatus.IN_HEADCOUNT.stream().map(Enum::name).toList());
    }

    private Worker store(WorkerRecord record, OrgUnit unit) {
        LocalDate today = LocalDate.now(clock);
        Worker worker = new Worker(record.workerId() != null ? record.workerId() : newWorkerId());
        worker.setName(record.name().trim());
        worker.setBirthDate(record.birthDate());
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
        worker.setProbationEnd(record.probationEnd());
        worker.setSocialInsuranceEnrolled(Boolean.TRUE.equals(record.socialInsuranceEnrolled()));
        worker.setHousingFundEnrolled(Boolean.TRUE.equals(record.housingFundEnrolled()));
        worker.setSecretaryTerms(record.secretaryTerms() == null ? List.of() : record.secretaryTerms().stream()
                .map(term -> new SecretaryTerm(term.start(), term.end(), term.completed())).toList());
        worker.setAssessmentHistory(record.assessmentHistory() == null ? Set.of()
                : new LinkedHashSet<>(record.assessmentHistory().stream()
                        .map(entry -> new AssessmentRecord(entry.year(), entry.rating())).toList()));

        String gradeGround;
        if (record.gradeLevel() != null) {
            worker.setGradeLevel(record.gradeLevel());
            gradeGround = "按登记的岗位等级";
        } else {
            GradingRules.InitialGrade grade = gradingRules.initialGrade(worker.getPostCategory(),
                    worker.getEducation(), worker.getQualification(), GradingRules.communityYears(
                            worker.getCommunityWorkSince(), worker.getCreditedCommunityYears(), today));
            worker.setGradeLevel(grade.level());
            gradeGround = grade.ground();
        }
        County county = organisation.county(unit.countyCode());
        worker.setMonthlyPay(gradingRules.monthlyPay(county, worker.getPostCategory(), worker.getGradeLevel()));
        workers.save(worker);

        record(worker, ChangeAttribute.STATUS, null, worker.getStatus().name(), today, REGISTERED);
        record(worker, ChangeAttribute.GRADE, null, String.valueOf(worker.getGradeLevel()), today, gradeGround);
        record(worker, ChangeAttribute.PAY, null, worker.getMonthlyPay().toPlainString(), today,
                "按" + worker.getPostCategory().label() + "岗位第" + worker.getGradeLevel() + "级核定薪酬");
        if (worker.getContractEnd() != null) {
            record(worker, ChangeAttribute.CONTRACT_END, null, worker.getContractEnd().toString(), today, REGISTERED);
        }
        if (record.disciplinaryActions() != null) {
            record.disciplinaryActions().forEach(action -> addAction(worker, action));
        }
        if (Boolean.TRUE.equals(record.underDisciplinaryAction())) {
            addAction(worker, new WorkerRecord.Action(DisciplinaryActionType.DEMERIT, today, FLAGGED_BY, FLAGGED));
        }
        return worker;
    }

    private void record(Worker worker, ChangeAttribute attribute, String from, String to, LocalDate effective,
            String reason) {
        changes.save(new WorkerChange(null, worker.getWorkerId(), attribute, from, to, effective, reason, null, null,
                currentUser.userId(), Instant.now(clock)));
    }

    /**
     * Every rule the record breaks: its field constraints, then the rules between fields. Fields in
     * {@code alreadyReported} could not be read at all and are not reported again.
     */
    private List<Violation> checkRules(WorkerRecord record, Set<String> alreadyReported) {
        List<Violation> violations = new ArrayList<>();
        for (ConstraintViolation<WorkerRecord> violation : validator.validate(record)) {
            String field = violation.getPropertyPath().toString();
            if (!alreadyReported.contains(field)) {
                violations.add(Violation.of(field,
                        violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName(),
                        violation.getMessage()));
            }
        }
        if (record.birthDate() != null && record.communityWorkSince() != null
                && record.communityWorkSince().isBefore(record.birthDate().plusYears(MINIMUM_WORKING_AGE))) {
            violations.add(Violation.of("communityWorkSince", "minimum-working-age",
                    "community work cannot have started before the worker was " + MINIMUM_WORKING_AGE));
        }
        if (record.status() == WorkerStatus.PROBATION && record.probationEnd() == null) {
            violations.add(Violation.of("probationEnd", "required-in-probation",
                    "a worker in PROBATION needs the date the probation ends"));
        }
        if (record.contractEnd() != null && record.communityWorkSince() != null
                && !record.contractEnd().isAfter(record.communityWorkSince())) {
            violations.add(Violation.of("contractEnd", "after-work-start",
                    "the contract must end after community work started"));
        }
        if (record.secretaryTerms() != null) {
            for (int i = 0; i < record.secretaryTerms().size(); i++) {
                WorkerRecord.Term term = record.secretaryTerms().get(i);
                String field = "secretaryTerms[" + i + "]";
                if (term == null || term.start() == null) {
                    continue;
                }
                if (term.end() != null && term.end().isBefore(term.start())) {
                    violations.add(Violation.of(field + ".end", "end-after-start", "a term cannot end before it starts"));
                }
                if (Boolean.TRUE.equals(term.completed()) && term.end() == null) {
                    violations.add(Violation.of(field + ".end", "required-when-completed",
                            "a completed term needs its end date"));
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
                    violations.add(Violation.of(field, "unique-year", "year " + entry.year() + " is rated twice"));
                }
                if (entry.year() > thisYear) {
                    violations.add(Violation.of(field, "not-future", "year " + entry.year() + " has not come yet"));
                }
            }
        }
        return violations;
    }

    private OrgUnit unitOf(WorkerRecord record, List<Violation> violations) {
        if (record.communityCode() == null || record.communityCode().isBlank()) {
            return null;
        }
        Optional<OrgUnit> unit = organisation.findUnitOfCommunity(record.communityCode());
        if (unit.isEmpty()) {
            violations.add(Violation.of("communityCode", "exists",
                    "community '" + record.communityCode() + "' does not exist"));
        }
        return unit.orElse(null);
    }

    private void requirePersonnelRights(OrgUnit unit) {
        if (!currentUser.isAdmin() && !currentUser.inAnyGroup(unit.personnelGroups())) {
            throw new ForbiddenException("only the personnel offices of " + unit.streetName() + " and "
                    + unit.countyName() + " may register its workers");
        }
    }

    private static String newWorkerId() {
        return "W" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase(Locale.ROOT);
    }

    private static String summary(List<Violation> violations) {
        return violations.stream().map(v -> v.field() + ": " + v.message()).reduce((a, b) -> a + "; " + b).orElse("");
    }
}
