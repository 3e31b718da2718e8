package cn.communityworkers.workforce;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.communityworkers.organisation.OrgUnit;
import cn.communityworkers.organisation.OrganisationService;
import cn.communityworkers.system.RuleViolationException;
import cn.communityworkers.system.Violation;

/**
 * Changes to a registered worker's career: status, grade, pay, role, contract, qualification, disciplinary actions and
 * investigation. These are the writes the processes make (and the personnel offices, through the API); each is logged
 * in the {@link ChangeLog} with its ground (the article or rule it follows) and the process instance that made it.
 * Who the worker is and who may change them is the {@link WorkerRegistry}'s.
 */
@Service
public class CareerChanges {

    private final WorkerRegistry registry;
    private final WorkerRepository workers;
    private final OrganisationService organisation;
    private final GradingRules gradingRules;
    private final ChangeLog changes;
    private final DisciplinaryActions disciplinaryActions;
    private final CareerRecords careers;
    private final Clock clock;

    CareerChanges(WorkerRegistry registry, WorkerRepository workers, OrganisationService organisation,
            GradingRules gradingRules, ChangeLog changes, DisciplinaryActions disciplinaryActions,
            CareerRecords careers, Clock clock) {
        this.registry = registry;
        this.workers = workers;
        this.organisation = organisation;
        this.gradingRules = gradingRules;
        this.changes = changes;
        this.disciplinaryActions = disciplinaryActions;
        this.careers = careers;
        this.clock = clock;
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
        WorkerRegistry.Registered registered = registry.forPersonnelOffice(workerId);
        Worker worker = registered.worker();
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
        RuleViolationException.refuseIfAny(violations);
        if (disciplinaryActions.exists(workerId, type, request.decidedOn())) {
            throw RuleViolationException.conflict("decidedOn", "unique", "该工作人员" + request.decidedOn() + "的"
                    + type.label() + "处分已登记");
        }
        disciplinaryActions.add(workerId, new WorkerRecord.Action(type, request.decidedOn(),
                request.decidedBy().trim(), request.reason().trim()));
        return registry.viewOf(registered);
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
        WorkerRegistry.Registered registered = registry.forOrganisationDepartment(workerId);
        Worker worker = registered.worker();
        List<Violation> violations = new ArrayList<>();
        if (request.underInvestigation() == null) {
            violations.add(Violation.of("underInvestigation", "required", "请填写是否正在接受立案审查调查"));
        }
        requireText(violations, "reason", request.reason(), DisciplinaryActions.MAX_REASON, "理由");
        RuleViolationException.refuseIfAny(violations);
        boolean now = request.underInvestigation();
        if (worker.isUnderInvestigation() == now) {
            throw RuleViolationException.conflict("underInvestigation", "changes",
                    now ? "该工作人员已在立案审查调查中" : "该工作人员未在立案审查调查中");
        }
        worker.setUnderInvestigation(now);
        workers.save(worker);
        changes.record(workerId, ChangeAttribute.INVESTIGATION, !now, now, LocalDate.now(clock),
                ChangeLog.Ground.of((now ? "立案审查调查:" : "审查调查结束:") + request.reason().trim()));
        return registry.viewOf(registered);
    }

    private static void requireText(List<Violation> violations, String field, String value, int max, String name) {
        if (value == null || value.isBlank()) {
            violations.add(Violation.of(field, "required", "请填写" + name));
        } else if (value.trim().length() > max) {
            violations.add(Violation.of(field, "max-length", name + "不能超过" + max + "个字"));
        }
    }

    /**
     * Moves a worker from one status to another within the headcount (a secondment, its end, a confirmation),
     * recording the change with its ground and process; a worker confirmed after probation (PROBATION to ACTIVE) is
     * paid the post's pay again, recorded as a PAY change from the probation pay. Returns false, changing nothing, when
     * the worker is not (or no longer) in {@code from}.
     *
     * @throws IllegalArgumentException if {@code to} is out of the headcount: that is {@link #leaveHeadcount}'s, with
     *         the cause
     */
    @Transactional
    public boolean changeStatus(String workerId, WorkerStatus from, WorkerStatus to, String reason,
            String processInstanceId) {
        if (!WorkerStatus.IN_HEADCOUNT.contains(to)) {
            throw new IllegalArgumentException(to + " takes worker '" + workerId
                    + "' out of the headcount: leaveHeadcount records it with the cause");
        }
        if (!moveStatus(workerId, from, to, ChangeLog.Ground.byProcess(reason, processInstanceId))) {
            return false;
        }
        LocalDate today = LocalDate.now(clock);
        Worker worker = from == WorkerStatus.PROBATION && to == WorkerStatus.ACTIVE ? registry.existing(workerId) : null;
        if (worker != null && worker.getProbationPayPercent() != null) {
            changes.record(workerId, ChangeAttribute.PAY, worker.agreedProbationPay(), worker.getMonthlyPay(), today,
                    ChangeLog.Ground.byProcess("转正,试用期工资(" + worker.getProbationPayPercent()
                            + "%)结束,按岗位工资发放", processInstanceId));
        }
        return true;
    }

    /**
     * Takes a worker out of the headcount today (to TERMINATED or PUBLIC_INSTITUTION_STAFF), recording the STATUS
     * change with its ground, the process and why the worker left ({@code cause}, which the statistics count). Returns
     * false, changing nothing, when the worker is not (or no longer) in {@code from}.
     *
     * @throws IllegalArgumentException if {@code to} is in the headcount
     */
    @Transactional
    public boolean leaveHeadcount(String workerId, WorkerStatus from, WorkerStatus to, LeavingCause cause,
            String reason, String processInstanceId) {
        Objects.requireNonNull(cause, "cause");
        if (WorkerStatus.IN_HEADCOUNT.contains(to)) {
            throw new IllegalArgumentException(to + " keeps worker '" + workerId + "' in the headcount");
        }
        return moveStatus(workerId, from, to, ChangeLog.Ground.byProcess(reason, processInstanceId).leaving(cause));
    }

    private boolean moveStatus(String workerId, WorkerStatus from, WorkerStatus to, ChangeLog.Ground ground) {
        if (workers.changeStatus(workerId, from.name(), to.name()) == 0) {
            return false;
        }
        changes.record(workerId, ChangeAttribute.STATUS, from, to, LocalDate.now(clock), ground);
        return true;
    }

    /**
     * Ends a worker's labour contract on {@code contractEnd} (an employer's unilateral ending, e.g. Labour Contract Law
     * Art. 40, or the worker's written notice, Art. 37): the status becomes TERMINATED and the contract end that day, each recorded in the change log with the
     * ground, the process and {@code details} (what the ending rests on: notice, union, severance), the STATUS change
     * with why the worker left ({@code cause}).
     *
     * @throws IllegalArgumentException if there is no such worker
     * @throws IllegalStateException if the worker is TERMINATED already or changed status meanwhile (nothing changes)
     */
    @Transactional
    public void endContract(String workerId, LocalDate contractEnd, LeavingCause cause, String ground, String details,
            String processInstanceId) {
        Objects.requireNonNull(contractEnd, "contractEnd");
        Objects.requireNonNull(cause, "cause");
        Worker worker = registry.existing(workerId);
        WorkerStatus from = worker.getStatus();
        if (from == WorkerStatus.TERMINATED
                || workers.changeStatus(workerId, from.name(), WorkerStatus.TERMINATED.name()) == 0) {
            throw new IllegalStateException("worker '" + workerId + "' is " + from + " or changed status meanwhile");
        }
        ChangeLog.Ground why = new ChangeLog.Ground(ground, processInstanceId, null, details);
        changes.record(workerId, ChangeAttribute.STATUS, from, WorkerStatus.TERMINATED, contractEnd,
                why.leaving(cause));
        worker = registry.existing(workerId);
        LocalDate current = worker.getContractEnd();
        worker.setContractEnd(contractEnd);
        workers.save(worker);
        changes.record(workerId, ChangeAttribute.CONTRACT_END, current, contractEnd, contractEnd, why);
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
        Worker before = registry.existing(workerId);
        String ground = "择优聘用为事业单位工作人员(" + institutionName + ")";
        if (!leaveHeadcount(workerId, WorkerStatus.ACTIVE, WorkerStatus.PUBLIC_INSTITUTION_STAFF,
                LeavingCause.PUBLIC_INSTITUTION, ground, processInstanceId)) {
            throw new IllegalStateException("worker '" + workerId + "' is " + before.getStatus() + ", not ACTIVE");
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate labourContractEnd = today.minusDays(1);
        Worker worker = registry.existing(workerId);
        LocalDate current = worker.getContractEnd();
        if (current == null || current.isAfter(labourContractEnd)) {
            worker.setContractEnd(labourContractEnd);
            workers.save(worker);
            changes.record(workerId, ChangeAttribute.CONTRACT_END, current, labourContractEnd, today,
                    ChangeLog.Ground.byProcess("与街道的劳动合同终止:" + ground, processInstanceId));
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
        registry.existing(workerId);
        careers.addLeadershipSelection(workerId, new WorkerView.LeadershipSelection(route, selected, post,
                LocalDate.now(clock), processInstanceId));
    }

    /**
     * Applies the confirmed rating of an assessment year: the rating joins the worker's assessment history, and
     * the grade moves by the {@code step} the decision {@value GradingRules#GRADE_STEP} gave (for the inputs of
     * {@link WorkerRegistry#gradeStepInputs}) plus one level for each step of social-work qualification gained since the last
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
        Worker worker = registry.existing(workerId);
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
            worker.setGradeLevel(after);
            worker.setMonthlyPay(payOf(registry.unitOf(worker), worker.getPostCategory(), after));
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
            ChangeLog.Ground why = new ChangeLog.Ground(reason, processInstanceId, null,
                    inputs.details() + (decisionInputs == null ? "" : ", " + decisionInputs));
            changes.record(workerId, ChangeAttribute.GRADE, before, after, effective, why);
            changes.record(workerId, ChangeAttribute.PAY, payBefore, worker.getMonthlyPay(), effective, why);
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
        RuleViolationException.refuseIfAny(violations);
        Worker worker = registry.forPersonnelOffice(workerId).worker();
        if (worker.getRole() == request.role()) {
            throw RuleViolationException.conflict("role", "changed", "该社区工作者的职务已是" + request.role());
        }
        if (!WorkerStatus.IN_HEADCOUNT.contains(worker.getStatus())) {
            throw RuleViolationException.conflict("workerId", "in-headcount",
                    "该社区工作者已不在社区工作者队伍中(" + worker.getStatus() + "),不能变动职务");
        }
        return changeRole(workerId, request.role(), request.ground().trim(), null);
    }

    /**
     * {@code PUT /api/workers/{workerId}/id-card-number}: the personnel offices of the worker's street or county (or an
     * administrator) record the identity number of a worker registered before the registry kept numbers. Refused: a
     * number that is not valid (400, naming its rule), one whose birth date is not the registered one (400), one
     * already registered (409), a worker who has a number (409: a number on file is not rewritten here). The change log
     * keeps the number masked; the sex is read from it.
     */
    @Transactional
    public WorkerView recordIdCardNumber(String workerId, IdCardNumberRequest request) {
        Worker worker = registry.forPersonnelOffice(workerId).worker();
        IdCardNumber.Result read = IdCardNumber.read(Registration.ID_CARD_NUMBER,
                request == null ? null : request.idCardNumber(), LocalDate.now(clock));
        if (read.violation() != null) {
            RuleViolationException.refuseIfAny(List.of(read.violation()));
        }
        IdCardNumber number = read.number();
        if (worker.getIdCardNumber() != null) {
            throw RuleViolationException.conflict(Registration.ID_CARD_NUMBER, "not-yet-registered",
                    "该社区工作者已登记身份证号码" + IdCardNumber.mask(worker.getIdCardNumber()) + ",不能另行登记");
        }
        if (!number.birthDate().equals(worker.getBirthDate())) {
            throw RuleViolationException.badRequest(Registration.ID_CARD_NUMBER, "agrees-with-birth-date",
                    "身份证号码(idCardNumber)中的出生日期" + number.birthDate() + "与名册登记的出生日期"
                            + worker.getBirthDate() + "不一致");
        }
        if (workers.existsByIdCardNumber(number.value())) {
            throw RuleViolationException.conflict(Registration.ID_CARD_NUMBER, "unique", "身份证号码(idCardNumber)"
                    + number.masked() + "已登记在社区工作者名册中,同一人不能重复登记");
        }
        worker.setIdCardNumber(number.value());
        worker.setSex(number.sex());
        workers.save(worker);
        changes.record(workerId, ChangeAttribute.ID_CARD_NUMBER, null, number.masked(), LocalDate.now(clock),
                ChangeLog.Ground.of("补录身份证号码"));
        return registry.view(workerId);
    }

    /** The identity number of a worker registered without one, as {@code PUT /api/workers/{workerId}/id-card-number} takes it. */
    public record IdCardNumberRequest(String idCardNumber) {
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
        Worker worker = registry.existing(workerId);
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
        OrgUnit unit = registry.unitOf(worker);
        worker.setGradeLevel(after);
        worker.setMonthlyPay(payOf(unit, role.postCategory(), after));
        workers.save(worker);

        LocalDate today = LocalDate.now(clock);
        ChangeLog.Ground why = ChangeLog.Ground.byProcess(ground + ";" + rule, processInstanceId);
        changes.record(workerId, ChangeAttribute.ROLE, from, role, today, why);
        if (after != before) {
            changes.record(workerId, ChangeAttribute.GRADE, before, after, today, why);
        }
        if (worker.getMonthlyPay().compareTo(payBefore) != 0) {
            changes.record(workerId, ChangeAttribute.PAY, payBefore, worker.getMonthlyPay(), today, why);
        }
        return registry.viewOf(new WorkerRegistry.Registered(worker, unit));
    }

    /**
     * Starts a term as community party secretary on {@code start} (elected at a 换届, 《意见》第9条: filed with the county
     * organisation department), recorded as a SECRETARY_TERM change with the ground and the process. A term still
     * running must be ended first ({@link #endSecretaryTerm}).
     *
     * @throws IllegalArgumentException if there is no such worker
     * @throws IllegalStateException if a term of the worker is still running
     */
    @Transactional
    public void startSecretaryTerm(String workerId, LocalDate start, String ground, String processInstanceId) {
        Objects.requireNonNull(start, "start");
        Worker worker = registry.existing(workerId);
        if (worker.getSecretaryTerms().stream().anyMatch(term -> term.end() == null)) {
            throw new IllegalStateException("worker '" + workerId + "' has a secretary term still running");
        }
        List<SecretaryTerm> terms = new ArrayList<>(worker.getSecretaryTerms());
        terms.add(new SecretaryTerm(start, null, false));
        worker.setSecretaryTerms(terms);
        workers.save(worker);
        changes.record(workerId, ChangeAttribute.SECRETARY_TERM, null, start + "起", start,
                ChangeLog.Ground.byProcess(ground, processInstanceId));
    }

    /**
     * Ends the worker's running term as secretary on {@code end} (the day before the election that ends it),
     * {@code completed} saying whether it counts as a full term (任满一届, which the promotion of §13 asks for); recorded
     * as a SECRETARY_TERM change. Returns false, changing nothing, when no term is running.
     *
     * @throws IllegalArgumentException if there is no such worker
     */
    @Transactional
    public boolean endSecretaryTerm(String workerId, LocalDate end, boolean completed, String ground,
            String processInstanceId) {
        Objects.requireNonNull(end, "end");
        Worker worker = registry.existing(workerId);
        List<SecretaryTerm> terms = new ArrayList<>(worker.getSecretaryTerms());
        for (int i = 0; i < terms.size(); i++) {
            SecretaryTerm term = terms.get(i);
            if (term.end() == null) {
                LocalDate last = end.isBefore(term.start()) ? term.start() : end;
                terms.set(i, new SecretaryTerm(term.start(), last, completed));
                worker.setSecretaryTerms(terms);
                workers.save(worker);
                changes.record(workerId, ChangeAttribute.SECRETARY_TERM, term.start() + "起",
                        term.start() + "至" + last + (completed ? "(任满一届)" : "(未满一届)"), last,
                        ChangeLog.Ground.byProcess(ground, processInstanceId));
                return true;
            }
        }
        return false;
    }

    /**
     * Records the economic-responsibility audit of an outgoing secretary or director (经济责任审计, 离任审计,
     * 《意见》第11条), shown with the worker ({@code economicAudits}). One audit per worker and process.
     *
     * @throws IllegalArgumentException if there is no such worker
     * @throws IllegalStateException if the process has already recorded the worker's audit
     */
    @Transactional
    public void recordEconomicAudit(String workerId, WorkerView.EconomicAudit audit) {
        Objects.requireNonNull(audit.conclusion(), "conclusion");
        registry.existing(workerId);
        if (careers.hasEconomicAudit(workerId, audit.processInstanceId())) {
            throw new IllegalStateException("the audit of worker '" + workerId + "' by " + audit.processInstanceId()
                    + " is already recorded");
        }
        careers.addEconomicAudit(workerId, audit);
    }

    /** The monthly pay, in the unit's county, of a level of a post category. */
    private BigDecimal payOf(OrgUnit unit, PostCategory category, int level) {
        return gradingRules.monthlyPay(organisation.county(unit.countyCode()), category, level);
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
        Worker worker = registry.existing(workerId);
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
        ChangeLog.Ground why = new ChangeLog.Ground("续订劳动合同:" + kind.label()
                + (newEnd == null ? "" : "至" + newEnd) + "。" + ground, processInstanceId, decisionInstanceId, null);
        LocalDate effective = current.plusDays(1);
        if (kind == ContractKind.OPEN_ENDED) {
            changes.record(workerId, ChangeAttribute.CONTRACT_KIND, ContractKind.FIXED_TERM, kind, effective, why);
        } else {
            changes.record(workerId, ChangeAttribute.FIXED_TERM_CONTRACTS, count, count + 1, effective, why);
        }
        changes.record(workerId, ChangeAttribute.CONTRACT_END, current, newEnd, effective, why);
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
        Worker worker = registry.existing(workerId);
        Qualification current = worker.getQualification();
        if (current == qualification) {
            throw new IllegalStateException("worker '" + workerId + "' already has qualification " + qualification);
        }
        worker.setQualification(qualification);
        workers.save(worker);
        changes.record(workerId, ChangeAttribute.QUALIFICATION, current, qualification, LocalDate.now(clock),
                ChangeLog.Ground.of(reason));
    }

    /**
     * Moves a worker to another community of the same county on {@code effective} (统筹调配, 《意见》第3条: within a
     * street by the street, between streets with the county's approval): the COMMUNITY change (and with it the street)
     * is recorded with {@code ground} and the process. Role, grade, pay and labour contract carry over: the county's
     * pay scale and the employer's contract do not change within a county. Returns false, changing nothing, when the
     * worker is no longer in {@code fromCommunityCode} or has left the community-worker headcount (a lost race).
     *
     * @throws IllegalArgumentException if there is no such worker, or the target community is of no or another county
     */
    @Transactional
    public boolean transfer(String workerId, String fromCommunityCode, String toCommunityCode, LocalDate effective,
            String ground, String processInstanceId) {
        Objects.requireNonNull(effective, "effective");
        Worker worker = registry.existing(workerId);
        if (!fromCommunityCode.equals(worker.getCommunityCode())
                || !WorkerStatus.IN_HEADCOUNT.contains(worker.getStatus())) {
            return false;
        }
        OrgUnit from = registry.unitOf(worker);
        OrgUnit to = organisation.findUnitOfCommunity(toCommunityCode)
                .orElseThrow(() -> new IllegalArgumentException("no community '" + toCommunityCode + "'"));
        if (!from.countyCode().equals(to.countyCode())) {
            throw new IllegalArgumentException("community '" + toCommunityCode + "' is not of county "
                    + from.countyCode());
        }
        worker.setCommunityCode(toCommunityCode);
        workers.save(worker);
        changes.record(workerId, ChangeAttribute.COMMUNITY, fromCommunityCode, toCommunityCode, effective,
                ChangeLog.Ground.byProcess(ground + "(" + from.streetName() + from.communityName() + "→"
                        + to.streetName() + to.communityName() + ")", processInstanceId));
        return true;
    }

    /**
     * Why a period of community work elsewhere in the province cannot be credited to the worker, if it cannot: it
     * must end before the worker's community work here began and overlap no period credited already.
     *
     * @throws IllegalArgumentException if there is no such worker
     */
    public Optional<String> creditRefusal(String workerId, LocalDate fromDate, LocalDate toDate) {
        Worker worker = registry.existing(workerId);
        if (!toDate.isBefore(worker.getCommunityWorkSince())) {
            return Optional.of("须早于在本县开始从事社区工作的日期(" + worker.getCommunityWorkSince() + ")");
        }
        return careers.creditedWork(workerId).stream()
                .filter(done -> !done.fromDate().isAfter(toDate) && !fromDate.isAfter(done.toDate()))
                .findFirst().map(done -> "与已认定的" + done.fromDate() + "至" + done.toDate() + "在" + done.unit()
                        + "的工作经历重叠");
    }

    /**
     * Credits a period of community work elsewhere in the province (在本省内流动的，社区工作年限累计计算, 《意见》第4条):
     * the period is kept with its source (place, unit, proof, the process), and the worker's credited years become
     * those registered without a source plus the whole years of all credited periods together (months add up across
     * periods); a CREDITED_YEARS change is recorded when they change. Credited years count wherever years of community
     * work do ({@link GradingRules#communityYears}): the grade rises by the levels the initial-grading rules give for
     * the added years (岗位等级随社区工作年限增加相应提升, §4), within the category's range, and the pay follows (GRADE and
     * PAY changes with the ground).
     *
     * @return the credited years now
     * @throws IllegalArgumentException if there is no such worker
     * @throws IllegalStateException if the period cannot be credited ({@link #creditRefusal}; nothing is written)
     */
    @Transactional
    public int creditCommunityWork(String workerId, WorkerView.CreditedCommunityWork work) {
        Objects.requireNonNull(work, "work");
        creditRefusal(workerId, work.fromDate(), work.toDate()).ifPresent(problem -> {
            throw new IllegalStateException("the period " + work.fromDate() + "/" + work.toDate() + " of worker '"
                    + workerId + "' cannot be credited: " + problem);
        });
        Worker worker = registry.existing(workerId);
        List<WorkerView.CreditedCommunityWork> before = careers.creditedWork(workerId);
        List<WorkerView.CreditedCommunityWork> after = new ArrayList<>(before);
        after.add(work);
        int credited = worker.getCreditedCommunityYears();
        int now = credited - WorkerView.CreditedCommunityWork.wholeYears(before)
                + WorkerView.CreditedCommunityWork.wholeYears(after);
        careers.addCreditedWork(workerId, work);
        if (now == credited) {
            return now;
        }
        LocalDate today = LocalDate.now(clock);
        String ground = "省内流动,社区工作年限累计计算(《意见》第4条):" + work.fromDate() + "至" + work.toDate() + "在"
                + work.place() + work.unit() + "从事社区工作,证明:" + work.proof();
        worker.setCreditedCommunityYears(now);
        int yearsBefore = GradingRules.communityYears(worker.getCommunityWorkSince(), credited, today);
        int yearsAfter = GradingRules.communityYears(worker.getCommunityWorkSince(), now, today);
        int levels = levelsForYears(worker, yearsAfter) - levelsForYears(worker, yearsBefore);
        int gradeBefore = worker.getGradeLevel();
        BigDecimal payBefore = worker.getMonthlyPay();
        int gradeAfter = levels <= 0 ? gradeBefore
                : gradingRules.range(worker.getPostCategory()).keep(gradeBefore, gradeBefore + levels);
        if (gradeAfter != gradeBefore) {
            worker.setGradeLevel(gradeAfter);
            worker.setMonthlyPay(payOf(registry.unitOf(worker), worker.getPostCategory(), gradeAfter));
        }
        workers.save(worker);
        ChangeLog.Ground why = ChangeLog.Ground.byProcess(ground, work.processInstanceId());
        changes.record(workerId, ChangeAttribute.CREDITED_YEARS, credited, now, today, why);
        if (gradeAfter != gradeBefore) {
            ChangeLog.Ground graded = ChangeLog.Ground.byProcess(ground + ";社区工作年限由" + yearsBefore + "年计为"
                    + yearsAfter + "年,按初始岗位等级规则相应晋升(第" + gradeBefore + "级→第" + gradeAfter + "级)",
                    work.processInstanceId());
            changes.record(workerId, ChangeAttribute.GRADE, gradeBefore, gradeAfter, today, graded);
            changes.record(workerId, ChangeAttribute.PAY, payBefore, worker.getMonthlyPay(), today, graded);
        }
        return now;
    }

    /** The levels the initial-grading rules give the worker's category, education and qualification with these years. */
    private int levelsForYears(Worker worker, int communityYears) {
        return gradingRules.initialGrade(worker.getPostCategory(), worker.getEducation(), worker.getQualification(),
                communityYears).level();
    }
}
