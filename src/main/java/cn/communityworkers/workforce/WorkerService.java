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
    private final LabourContractProperties contractTerms;
    private final DisciplinaryActions disciplinaryActions;
    private final Clock clock;

    WorkerService(WorkerRepository workers, WorkerChangeRepository changes, OrganisationService organisation,
            GradingRules gradingRules, CurrentUser currentUser, Validator validator, SecondmentLookup secondments,
            CareerRecords careers, LabourContractProperties contractTerms, DisciplinaryActions disciplinaryActions,
            Clock clock) {
        this.workers = workers;
        this.changes = changes;
        this.organisation = organisation;
        this.gradingRules = gradingRules;
        this.currentUser = currentUser;
        this.validator = validator;
        this.secondments = secondments;
        this.careers = careers;
        this.contractTerms = contractTerms;
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
        return viewOf(worker, unit);
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
        return viewOf(worker, unit);
    }

    private WorkerView viewOf(Worker worker, OrgUnit unit) {
        String workerId = worker.getWorkerId();
        return WorkerView.of(worker, unit, changes.findByWorkerIdOrderByIdAsc(workerId), actionsOf(workerId),
                secondments.currentSecondment(workerId).orElse(null),
                careers.institutionContract(workerId).orElse(null), careers.leadershipSelections(workerId),
                careers.assessmentConsequences(workerId));
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
        return viewOf(worker, unit);
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
        return viewOf(worker, unit);
    }

    private static void requireText(List<Violation> violations, String field, String value, int max, String name) {
        if (value == null || value.isBlank()) {
            violations.add(Violation.of(field, "required", "请填写" + name));
        } else if (value.trim().length() > max) {
            violations.add(Violation.of(field, "max-length", name + "不能超过" + max + "个字"));
        }
    }

    /**
     * Moves a worker from one status to another, recording the change with its ground and process; a worker confirmed
     * after probation (PROBATION to ACTIVE) is paid the post's pay again, recorded as a PAY change from the probation
     * pay. Returns false, changing nothing, when the worker is not (or no longer) in {@code from}.
     */
    @Transactional
    public boolean changeStatus(String workerId, WorkerStatus from, WorkerStatus to, String reason,
            String processInstanceId) {
        if (workers.changeStatus(workerId, from.name(), to.name()) == 0) {
            return false;
        }
        changes.save(new WorkerChange(null, workerId, ChangeAttribute.STATUS, from.name(), to.name(),
                LocalDate.now(clock), reason, processInstanceId, null, currentUser.userId(), Instant.now(clock)));
        Worker worker = from == WorkerStatus.PROBATION && to == WorkerStatus.ACTIVE ? existing(workerId) : null;
        if (worker != null && worker.getProbationPayPercent() != null) {
            changes.save(new WorkerChange(null, workerId, ChangeAttribute.PAY, worker.agreedProbationPay().toPlainString(),
                    worker.getMonthlyPay().toPlainString(), LocalDate.now(clock), "转正,试用期工资("
                    + worker.getProbationPayPercent() + "%)结束,按岗位工资发放", processInstanceId, null,
                    currentUser.userId(), Instant.now(clock)));
        }
        return true;
    }

    /**
     * Ends a worker's labour contract on {@code contractEnd} (an employer's unilateral ending, e.g. Labour Contract Law
     * Art. 40): the status becomes TERMINATED and the contract end that day, each recorded in the change log with the
     * ground, the process and {@code details} (what the ending rests on: notice, union, severance).
     *
     * @throws IllegalArgumentException if there is no such worker
     * @throws IllegalStateException if the worker is TERMINATED already or changed status meanwhile (nothing changes)
     */
    @Transactional
    public void endContract(String workerId, LocalDate contractEnd, String ground, String details,
            String processInstanceId) {
        Objects.requireNonNull(contractEnd, "contractEnd");
        Worker worker = existing(workerId);
        WorkerStatus from = worker.getStatus();
        if (from == WorkerStatus.TERMINATED || workers.changeStatus(workerId, from.name(), WorkerStatus.TERMINATED.name()) == 0) {
            throw new IllegalStateException("worker '" + workerId + "' is " + from + " or changed status meanwhile");
        }
        Instant now = Instant.now(clock);
        changes.save(new WorkerChange(null, workerId, ChangeAttribute.STATUS, from.name(),
                WorkerStatus.TERMINATED.name(), contractEnd, ground, processInstanceId, null, details,
                currentUser.userId(), now));
        worker = existing(workerId);
        LocalDate current = worker.getContractEnd();
        worker.setContractEnd(contractEnd);
        workers.save(worker);
        changes.save(new WorkerChange(null, workerId, ChangeAttribute.CONTRACT_END,
                current == null ? null : current.toString(), contractEnd.toString(), contractEnd, ground,
                processInstanceId, null, details, currentUser.userId(), now));
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
     * What the decision {@value GradingRules#GRADE_STEP} is to be given for the worker's assessment {@code year}
     * rated {@code rating}: see {@link GradeStepInputs}.
     *
     * @throws IllegalArgumentException if there is no such worker
     */
    public GradeStepInputs gradeStepInputs(String workerId, int year, Rating rating) {
        return GradeStepInputs.of(existing(workerId), year, Objects.requireNonNull(rating, "rating"));
    }

    /**
     * Applies the confirmed rating of an assessment year: the rating joins the worker's assessment history, and
     * the grade moves by the {@code step} the decision {@value GradingRules#GRADE_STEP} gave (for the inputs of
     * {@link #gradeStepInputs}) plus one level for each step of social-work qualification gained since the last
     * grading, within the range of the worker's post category (decision {@value GradingRules#GRADE_RANGE}; a level
     * above the top registered before the ranges is kept, not raised). The qualification then counts as graded; a
     * step makes {@code year} the year of the last step, an early one counts against the career's early steps.
     * <p>
     * When the grade changes, a GRADE and a PAY change (pay of the worker's county for the new level) are recorded
     * with the ground (the step's rule, then the qualification's), the process instance and, as details, the step's
     * inputs and {@code decisionInputs}, both effective on <b>1 January of the year after the assessment year</b>. The
     * worker's stored grade and pay are the new ones at once: the registry holds the grade as decided, and the change
     * log's effective date says from when it is paid. (The alternative, a scheduled update on 1 January, would leave
     * decided grades invisible for months and need a job that must not fail.) When the grade stays the same, nothing
     * but the rating (and the qualification graded) is recorded.
     *
     * @param decisionInputs what else the decisions were given (e.g. the scores), kept with the changes
     * @throws IllegalArgumentException if there is no such worker
     * @throws IllegalStateException if the year is already rated
     */
    @Transactional
    public AssessmentOutcome applyAssessment(String workerId, int year, Rating rating, GradeStep step,
            String processInstanceId, String decisionInputs) {
        Objects.requireNonNull(rating, "rating");
        Objects.requireNonNull(step, "step");
        Worker worker = existing(workerId);
        if (worker.getAssessmentHistory().stream().anyMatch(entry -> entry.year() == year)) {
            throw new IllegalStateException("worker '" + workerId + "' is already rated for " + year);
        }
        GradeStepInputs inputs = GradeStepInputs.of(worker, year, rating);
        Set<AssessmentRecord> history = new LinkedHashSet<>(worker.getAssessmentHistory());
        history.add(new AssessmentRecord(year, rating));
        worker.setAssessmentHistory(history);

        int qualificationSteps = Math.max(0,
                worker.getQualification().ordinal() - worker.getQualificationAtLastGrading().ordinal());
        int before = worker.getGradeLevel();
        // the range is looked up (a decision in the audit trail) only when there is something to keep within it
        GradingRules.GradeRange range = step.levels() + qualificationSteps == 0 ? null
                : gradingRules.range(worker.getPostCategory());
        int stepped = range == null ? before : range.keep(before, before + step.levels());
        int after = range == null ? before : range.keep(before, stepped + qualificationSteps);
        worker.setQualificationAtLastGrading(worker.getQualification());
        if (stepped > before) {
            worker.setLastGradeStepYear(year);
            worker.setEarlyGradeSteps(worker.getEarlyGradeSteps() + (step.early() ? 1 : 0));
        }
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
            List<String> grounds = new ArrayList<>();
            if (stepped > before) {
                grounds.add(Objects.requireNonNullElse(step.ground(), year + "年度考核" + rating.label() + ",晋升一级"));
            }
            if (after > stepped) {
                grounds.add("社会工作职业资格提升" + qualificationSteps + "级,岗位等级相应晋升(第" + stepped + "级→第" + after
                        + "级" + (after == range.highest() ? ",已达" + range.name() + "岗位最高等级" : "") + ")");
            }
            String reason = grounds.isEmpty() ? year + "年度考核" + rating.label() : String.join(";", grounds);
            String details = inputs.details() + (decisionInputs == null ? "" : ", " + decisionInputs);
            Instant now = Instant.now(clock);
            changes.save(new WorkerChange(null, workerId, ChangeAttribute.GRADE, String.valueOf(before),
                    String.valueOf(after), effective, reason, processInstanceId, null, details,
                    currentUser.userId(), now));
            changes.save(new WorkerChange(null, workerId, ChangeAttribute.PAY, payBefore.toPlainString(),
                    worker.getMonthlyPay().toPlainString(), effective, reason, processInstanceId, null,
                    details, currentUser.userId(), now));
        }
        return new AssessmentOutcome(before, after, qualificationSteps, worker.getMonthlyPay());
    }

    /**
     * {@code PUT /api/workers/{workerId}/role}: the personnel offices of the worker's street or county (or an
     * administrator) record a new role, e.g. after an election, with {@link #changeRole}. Bad input is refused (400,
     * naming the field), an unknown worker is 404, another unit's worker 403, the same role or a worker out of the
     * headcount 409; nothing is written then.
     */
    @Transactional
    public WorkerView changeRole(String workerId, RoleChange request) {
        List<Violation> violations = new ArrayList<>();
        if (request == null || request.role() == null) {
            violations.add(Violation.of("role", "required", "请填写新的职务(role)"));
        }
        if (request == null || request.ground() == null || request.ground().isBlank()) {
            violations.add(Violation.of("ground", "required", "请填写职务变动的依据(ground),如选举或任命的文件"));
        } else if (request.ground().length() > RoleChange.MAX_GROUND) {
            violations.add(Violation.of("ground", "max-length", "职务变动的依据不能超过" + RoleChange.MAX_GROUND + "个字"));
        }
        if (!violations.isEmpty()) {
            throw new RuleViolationException(HttpStatus.BAD_REQUEST, summary(violations), violations);
        }
        Worker worker = workers.findById(workerId).orElseThrow(() -> new NotFoundException("worker", workerId));
        requirePersonnelRights(organisation.findUnitOfCommunity(worker.getCommunityCode()).orElseThrow());
        if (worker.getRole() == request.role()) {
            throw RuleViolationException.conflict("role", "changed", "该社区工作者的职务已是" + request.role());
        }
        if (!WorkerStatus.IN_HEADCOUNT.contains(worker.getStatus())) {
            throw RuleViolationException.conflict("workerId", "in-headcount",
                    "该社区工作者已不在社区工作者队伍中(" + worker.getStatus() + "),不能变动职务");
        }
        return changeRole(workerId, request.role(), request.ground().trim(), null);
    }

    /** A new role and its ground, as {@code PUT /api/workers/{workerId}/role} takes them. */
    public record RoleChange(Role role, String ground) {
        static final int MAX_GROUND = 200;
    }

    /**
     * Moves a worker to another role (e.g. staff elected deputy, 委员当选副主任): when the post category changes, the
     * new level is the higher of the old level and the new category's entry level, within the new category's range
     * (decision {@value GradingRules#GRADE_RANGE}), and the pay follows, from today. The ROLE change and, when they
     * change, the GRADE and PAY changes are recorded with {@code ground}, the rule applied and the process, if any.
     *
     * @throws IllegalArgumentException if there is no such worker
     * @throws IllegalStateException if the worker already has that role, or has left the community-worker headcount
     */
    @Transactional
    public WorkerView changeRole(String workerId, Role role, String ground, String processInstanceId) {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(ground, "ground");
        Worker worker = existing(workerId);
        Role from = worker.getRole();
        if (from == role) {
            throw new IllegalStateException("worker '" + workerId + "' already has role " + role);
        }
        if (!WorkerStatus.IN_HEADCOUNT.contains(worker.getStatus())) {
            throw new IllegalStateException("worker '" + workerId + "' is " + worker.getStatus()
                    + ", not in the community-worker headcount");
        }
        PostCategory oldCategory = worker.getPostCategory();
        int before = worker.getGradeLevel();
        BigDecimal payBefore = worker.getMonthlyPay();
        worker.setRole(role);
        GradingRules.GradeRange range = gradingRules.range(role.postCategory());
        boolean sameCategory = role.postCategory() == oldCategory;
        int after = sameCategory ? before
                : Math.max(range.lowest(), Math.min(range.highest(), Math.max(before, range.entry())));
        String rule = sameCategory ? "岗位类别不变(" + range.name() + "),岗位等级不变"
                : "转任" + range.name() + "岗位,岗位等级就高确定:原第" + before + "级与" + range.name() + "岗位起点第"
                        + range.entry() + "级取其高,且在第" + range.lowest() + "级至第" + range.highest() + "级之内,定为第"
                        + after + "级";
        OrgUnit unit = organisation.findUnitOfCommunity(worker.getCommunityCode()).orElseThrow();
        worker.setGradeLevel(after);
        worker.setMonthlyPay(gradingRules.monthlyPay(organisation.county(unit.countyCode()), role.postCategory(), after));
        workers.save(worker);

        LocalDate today = LocalDate.now(clock);
        Instant now = Instant.now(clock);
        String reason = ground + ";" + rule;
        changes.save(new WorkerChange(null, workerId, ChangeAttribute.ROLE, from.name(), role.name(), today,
                reason, processInstanceId, null, currentUser.userId(), now));
        if (after != before) {
            changes.save(new WorkerChange(null, workerId, ChangeAttribute.GRADE, String.valueOf(before),
                    String.valueOf(after), today, reason, processInstanceId, null, currentUser.userId(), now));
        }
        if (worker.getMonthlyPay().compareTo(payBefore) != 0) {
            changes.save(new WorkerChange(null, workerId, ChangeAttribute.PAY, payBefore.toPlainString(),
                    worker.getMonthlyPay().toPlainString(), today, reason, processInstanceId, null,
                    currentUser.userId(), now));
        }
        return viewOf(worker, unit);
    }

    /**
     * Renews the fixed-term labour contract of a worker: as an open-ended contract (no end), or as a further
     * fixed-term contract until {@code newContractEnd}, which adds one to the consecutive fixed-term contracts. Each
     * change (kind, count, end) is recorded with the ground (the article of the Labour Contract Law it follows), the
     * process and the decision that proposed the kind.
     *
     * @throws IllegalArgumentException if there is no such worker
     * @throws IllegalStateException if the worker has no fixed-term contract, or a fixed-term renewal does not end
     *         after the current contract
     */
    @Transactional
    public void renewContract(String workerId, ContractKind kind, LocalDate newContractEnd, String ground,
            String processInstanceId, String decisionInstanceId) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(ground, "ground");
        Worker worker = existing(workerId);
        LocalDate current = worker.getContractEnd();
        if (current == null) {
            throw new IllegalStateException("worker '" + workerId + "' has no fixed-term contract to renew");
        }
        int count = worker.getFixedTermContracts();
        if (kind == ContractKind.FIXED_TERM) {
            Objects.requireNonNull(newContractEnd, "newContractEnd");
            if (!newContractEnd.isAfter(current)) {
                throw new IllegalStateException("the renewed contract of worker '" + workerId + "' must end after "
                        + current + ", not on " + newContractEnd);
            }
            worker.setFixedTermContracts(count + 1);
        }
        LocalDate newEnd = kind == ContractKind.FIXED_TERM ? newContractEnd : null;
        worker.setContractEnd(newEnd);
        workers.save(worker);
        String reason = "续订劳动合同:" + kind.label() + (newEnd == null ? "" : "至" + newEnd) + "。" + ground;
        LocalDate effective = current.plusDays(1);
        Instant now = Instant.now(clock);
        if (kind == ContractKind.OPEN_ENDED) {
            changes.save(new WorkerChange(null, workerId, ChangeAttribute.CONTRACT_KIND, ContractKind.FIXED_TERM.name(),
                    kind.name(), effective, reason, processInstanceId, decisionInstanceId, currentUser.userId(), now));
        } else {
            changes.save(new WorkerChange(null, workerId, ChangeAttribute.FIXED_TERM_CONTRACTS, String.valueOf(count),
                    String.valueOf(count + 1), effective, reason, processInstanceId, decisionInstanceId,
                    currentUser.userId(), now));
        }
        changes.save(new WorkerChange(null, workerId, ChangeAttribute.CONTRACT_END, current.toString(),
                newEnd == null ? null : newEnd.toString(), effective, reason, processInstanceId, decisionInstanceId,
                currentUser.userId(), now));
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
        if (worker.probationPay() != null) {
            record(worker, ChangeAttribute.PAY, worker.getMonthlyPay().toPlainString(),
                    worker.probationPay().toPlainString(), today, "试用期工资按岗位工资的" + worker.getProbationPayPercent()
                            + "%发放(" + LabourContractLaw.ARTICLE_20 + ":不得低于劳动合同约定工资的百分之八十)");
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
        if (record.gradeLevel() != null && record.role() != null) {
            GradingRules.GradeRange range = gradingRules.range(record.role().postCategory());
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
