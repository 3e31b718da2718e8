package cn.communityworkers.workforce;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.communityworkers.organisation.OrgUnit;
import cn.communityworkers.organisation.OrganisationService;
import cn.communityworkers.organisation.UnitGroups;
import cn.communityworkers.system.CurrentUser;
import cn.communityworkers.system.ForbiddenException;
import cn.communityworkers.system.NotFoundException;
import cn.communityworkers.system.RuleViolationException;
import cn.communityworkers.system.Violation;

/**
 * The workforce registry: registering workers, one by one or as a roster, looking them up, showing them, and who may
 * see or change which worker. What happens to a registered worker's career is {@link CareerChanges}.
 */
@Service
public class WorkerRegistry {

    /** A registered worker with the units they belong to. */
    record Registered(Worker worker, OrgUnit unit) {
    }

    private final WorkerRepository workers;
    private final OrganisationService organisation;
    private final CurrentUser currentUser;
    private final Registration registration;
    private final WorkerViews views;
    private final CareerRecords careers;

    WorkerRegistry(WorkerRepository workers, OrganisationService organisation, CurrentUser currentUser,
            Registration registration, WorkerViews views, CareerRecords careers) {
        this.workers = workers;
        this.organisation = organisation;
        this.currentUser = currentUser;
        this.registration = registration;
        this.views = views;
        this.careers = careers;
    }

    /** Registers one worker; every broken rule is reported at once, and nothing is stored then. */
    @Transactional
    public WorkerView register(WorkerRecord record) {
        List<Violation> violations = registration.check(record, Set.of());
        OrgUnit unit = registration.unitOf(record, violations);
        RuleViolationException.refuseIfAny(violations);
        requirePersonnelRights(unit);
        if (record.workerId() != null && workers.existsById(record.workerId())) {
            throw RuleViolationException.conflict("workerId", "unique",
                    "编号(workerId)" + record.workerId() + " 已有社区工作者登记");
        }
        refuseRegisteredIdCardNumber(IdCardNumber.of(record.idCardNumber()), Registration.ID_CARD_NUMBER);
        return views.of(registration.store(record, unit), unit);
    }

    /**
     * Registers a whole roster, all or nothing: either every row is stored, or none is and every bad row
     * is reported with its line number.
     */
    @Transactional
    public List<String> importRoster(List<WorkerCsv.Row> rows) {
        return importRoster(rows, ImportProgress.UNSEEN);
    }

    /** How far an import has come, told every {@link #PROGRESS_EVERY} rows checked and stored; by default to nobody. */
    interface ImportProgress {

        ImportProgress UNSEEN = new ImportProgress() {
        };

        default void checked(int rows) {
        }

        default void stored(int rows) {
        }
    }

    static final int PROGRESS_EVERY = 500;

    /** {@link #importRoster(List)}, telling {@code progress} how far it has come. */
    @Transactional
    public List<String> importRoster(List<WorkerCsv.Row> rows, ImportProgress progress) {
        List<List<Violation>> rowViolations = new ArrayList<>();
        List<OrgUnit> units = new ArrayList<>();
        // The ids and identity numbers met first in the file, by row, to be looked up in the registry at once.
        Map<String, Integer> idsInFile = new HashMap<>();
        Map<String, Integer> idCardNumbersInFile = new HashMap<>();
        Map<String, IdCardNumber> numbers = new HashMap<>();
        Registration.Batch batch = registration.batch();
        for (WorkerCsv.Row row : rows) {
            List<Violation> found = new ArrayList<>(row.violations());
            rowViolations.add(found);
            if (row.record() != null) {
                Set<String> unreadable = new HashSet<>();
                row.violations().forEach(violation -> unreadable.add(violation.field()));
                found.addAll(batch.check(row.record(), unreadable));
                units.add(batch.unitOf(row.record(), found));
                String id = row.record().workerId();
                if (id != null && idsInFile.putIfAbsent(id, rowViolations.size() - 1) != null) {
                    found.add(Violation.of("workerId", "unique", "编号(workerId)" + id + " 在文件中出现了两次"));
                }
                if (found.stream().noneMatch(violation -> violation.field().equals(Registration.ID_CARD_NUMBER))) {
                    IdCardNumber number = IdCardNumber.of(row.record().idCardNumber());
                    if (idCardNumbersInFile.putIfAbsent(number.value(), rowViolations.size() - 1) != null) {
                        found.add(Violation.of(Registration.ID_CARD_NUMBER, "unique", "身份证号码("
                                + Registration.ID_CARD_NUMBER + ")" + number.masked() + "在文件中出现了两次"));
                    } else {
                        numbers.put(number.value(), number);
                    }
                }
            }
            if (rowViolations.size() % PROGRESS_EVERY == 0) {
                progress.checked(rowViolations.size());
            }
        }
        workers.registeredIds(idsInFile.keySet()).forEach(id -> rowViolations.get(idsInFile.get(id))
                .add(Violation.of("workerId", "unique", "编号(workerId)" + id + " 已有社区工作者登记")));
        workers.registeredIdCardNumbers(numbers.keySet()).forEach(number -> rowViolations
                .get(idCardNumbersInFile.get(number))
                .add(Registration.registeredAlready(numbers.get(number), Registration.ID_CARD_NUMBER)));
        progress.checked(rows.size());
        List<Violation> violations = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            int line = rows.get(i).line();
            rowViolations.get(i).forEach(violation -> violations.add(violation.atRow(line)));
        }
        if (rows.isEmpty()) {
            violations.add(Violation.of("", "not-empty", "文件中没有社区工作者的数据行"));
        }
        if (!violations.isEmpty()) {
            throw new RuleViolationException(HttpStatus.BAD_REQUEST,
                    "未导入任何记录:文件中有 " + violations.size() + " 处问题", violations);
        }
        units.forEach(this::requirePersonnelRights);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            ids.add(batch.store(rows.get(i).record(), units.get(i)).getWorkerId());
            if (ids.size() % PROGRESS_EVERY == 0) {
                batch.flush();
                progress.stored(ids.size());
            }
        }
        batch.flush();
        progress.stored(ids.size());
        return ids;
    }

    /** A worker as the API shows them, to the units they belong to, auditors and administrators. */
    public WorkerView view(String workerId) {
        Registered registered = registered(workerId);
        if (!currentUser.isAdmin() && !currentUser.isAuditor()
                && !currentUser.inAnyGroup(registered.unit().allGroups())) {
            throw new ForbiddenException("社区工作者" + workerId + " 属于其他单位");
        }
        return viewOf(registered);
    }

    WorkerView viewOf(Registered registered) {
        return views.of(registered.worker(), registered.unit());
    }

    /** The worker, for the personnel offices of their street and county (and administrators) to change. */
    Registered forPersonnelOffice(String workerId) {
        Registered registered = registered(workerId);
        requirePersonnelRights(registered.unit());
        return registered;
    }

    /**
     * The units of a worker, for the personnel offices of their street and county (and administrators) to add to
     * their record (a training); 404 for no such worker, 403 for anyone else.
     */
    public OrgUnit unitForPersonnelOffice(String workerId) {
        return forPersonnelOffice(workerId).unit();
    }

    /** The worker, for the organisation department of their county (and administrators) to change. */
    Registered forOrganisationDepartment(String workerId) {
        Registered registered = registered(workerId);
        OrgUnit unit = registered.unit();
        if (!currentUser.isAdmin()
                && !currentUser.inAnyGroup(List.of(UnitGroups.countyOrganization(unit.countyCode())))) {
            throw new ForbiddenException("立案审查调查由" + unit.countyName()
                    + "党委组织部登记");
        }
        return registered;
    }

    private Registered registered(String workerId) {
        Worker worker = workers.findById(workerId).orElseThrow(() -> new NotFoundException("社区工作者", workerId));
        return new Registered(worker, unitOf(worker));
    }

    /** The units of a registered worker's community. */
    OrgUnit unitOf(Worker worker) {
        return organisation.findUnitOfCommunity(worker.getCommunityCode()).orElseThrow();
    }

    private void requirePersonnelRights(OrgUnit unit) {
        if (!currentUser.isAdmin() && !currentUser.inAnyGroup(unit.personnelGroups())) {
            throw new ForbiddenException("只有" + unit.streetName() + "和" + unit.countyName()
                    + "的组织人事部门可以登记该街道的社区工作者(社区代码 " + unit.communityCode() + ")");
        }
    }

    /**
     * Refuses (409, naming {@code field}, in Chinese) an identity number already in the registry: a recruitment's
     * applicant who is a registered worker.
     */
    public void refuseRegisteredIdCardNumber(IdCardNumber number, String field) {
        registration.duplicateIdCardNumber(number, field).ifPresent(duplicate -> {
            throw new RuleViolationException(HttpStatus.CONFLICT, duplicate.message(), List.of(duplicate));
        });
    }

    /** A worker as the processes see it, without the access rules of the API. */
    public Optional<Worker> find(String workerId) {
        return workerId == null ? Optional.empty() : workers.findById(workerId);
    }

    /** A worker the caller knows to exist (a process's own worker). */
    Worker existing(String workerId) {
        return find(workerId).orElseThrow(() -> new IllegalArgumentException("no worker '" + workerId + "'"));
    }

    /** Workers of a county in PROBATION, ACTIVE or SECONDED: what counts against the staffing standard. */
    public long headcount(String countyCode) {
        return workers.countInCounty(countyCode, WorkerStatus.IN_HEADCOUNT.stream().map(Enum::name).toList());
    }

    /** The worker's ratings by assessment year, oldest first. */
    public Map<Integer, Rating> ratingsByYear(String workerId) {
        Map<Integer, Rating> ratings = new TreeMap<>();
        existing(workerId).getAssessmentHistory().forEach(entry -> ratings.put(entry.year(), entry.rating()));
        return ratings;
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
     * The day the worker's continuous community work in the province began: {@code communityWorkSince}, or earlier
     * where periods credited from elsewhere in the province (《意见》第4条, {@link CareerChanges#creditCommunityWork})
     * lead up to it without a gap, each ending the day before the next began.
     *
     * @throws IllegalArgumentException if there is no such worker
     */
    public LocalDate continuousCommunityWorkSince(String workerId) {
        LocalDate since = existing(workerId).getCommunityWorkSince();
        List<WorkerView.CreditedCommunityWork> periods = careers.creditedWork(workerId);
        for (int i = periods.size() - 1; i >= 0 && periods.get(i).toDate().plusDays(1).equals(since); i--) {
            since = periods.get(i).fromDate();
        }
        return since;
    }
}
