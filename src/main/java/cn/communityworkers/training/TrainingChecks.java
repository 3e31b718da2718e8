package cn.communityworkers.training;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import cn.communityworkers.organisation.County;
import cn.communityworkers.organisation.OrganisationService;
import cn.communityworkers.system.Case;
import cn.communityworkers.system.Cases;
import cn.communityworkers.workforce.Role;
import cn.communityworkers.workforce.WorkerStatus;

/**
 * The yearly training check of each county (《意见》第8条): from {@code training.check-date} of a year on, each county
 * without a check for that year gets one ({@link #startDue}), exactly once: table {@code training_check} holds one row
 * per county and year, written in the transaction that starts the check, so a restart finds it done and a second node
 * starting the same check at the same moment fails on its primary key and rolls back, its start with it. A day missed
 * while the application was down is caught up by the first look after it (the sweep's, or the start's).
 * <p>
 * Also what a check found and what the streets answered: the workers due by street (table {@code training_check_due},
 * as on the day of the check) and each street's arrangement ({@code training_arrangement}).
 */
@Service
public class TrainingChecks {

    private static final Logger LOG = LoggerFactory.getLogger(TrainingChecks.class);

    /** A worker due a training, as the check found them: their street, community, role and last training. */
    public record DueWorker(String streetCode, String workerId, String workerName, String communityName, Role role,
            String lastCourse, LocalDate lastCompletedOn) {
    }

    /** A street's arrangement: the plan and the day of the training. */
    public record Arrangement(String streetCode, String plan, LocalDate plannedOn, String arrangedBy) {
    }

    private final JdbcClient jdbc;
    private final OrganisationService organisation;
    private final TrainingRequirements requirements;
    private final TrainingProperties properties;
    private final Cases cases;
    private final RuntimeService runtimeService;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    TrainingChecks(JdbcClient jdbc, OrganisationService organisation, TrainingRequirements requirements,
            TrainingProperties properties, Cases cases, RuntimeService runtimeService,
            PlatformTransactionManager transactionManager, Clock clock) {
        this.jdbc = jdbc;
        this.organisation = organisation;
        this.requirements = requirements;
        this.properties = properties;
        this.cases = cases;
        this.runtimeService = runtimeService;
        this.ownTransaction = new TransactionTemplate(transactionManager);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /**
     * Starts this year's check of every county that has none, once {@code today} has reached the year's check date;
     * each in a transaction of its own. The process instances started.
     */
    public List<String> startDue(LocalDate today) {
        return startDue(today, organisation.allCounties().stream().map(County::code).toList());
    }

    /** As {@link #startDue(LocalDate)}, for these counties. */
    List<String> startDue(LocalDate today, List<String> countyCodes) {
        int year = today.getYear();
        List<String> started = new ArrayList<>();
        if (today.isBefore(properties.checkDay(year))) {
            return started;
        }
        for (String countyCode : countyCodes) {
            startOnce(countyCode, year).ifPresent(started::add);
        }
        return started;
    }

    /**
     * Starts a county's check of a year now, whatever the day, unless it has one (the demo county's check of this year
     * at the demo's start); in a transaction of its own. The process instance, if this call started it.
     */
    public Optional<String> startOnce(String countyCode, int year) {
        if (checkOf(countyCode, year).isPresent()) {
            return Optional.empty();
        }
        try {
            return Optional.of(ownTransaction.execute(status -> start(countyCode, year)));
        } catch (DataAccessException e) {
            // Another node started it at the same moment: its row is there, this start rolled back.
            LOG.info("training check {} of {} not started here: {}", year, countyCode, e.getMessage());
            return Optional.empty();
        }
    }

    /** Today in China, as the sweep and the demo ask. */
    public List<String> startDueToday() {
        return startDue(LocalDate.now(clock));
    }

    /** The process instance of a county's check for a year, if it was started. */
    public Optional<String> checkOf(String countyCode, int year) {
        return jdbc.sql("select process_instance_id from training_check where county_code = :county and check_year = :year")
                .param("county", countyCode).param("year", year).query(String.class).optional();
    }

    private String start(String countyCode, int year) {
        String businessKey = TrainingCheckProcess.businessKey(countyCode, year);
        Map<String, Object> request = new LinkedHashMap<>();
        TrainingCheckProcess.YEAR.put(request, year);
        cases.prepare(TrainingCheckProcess.KEY, businessKey, new Case.Units(countyCode, null, null), null, request);
        String instance = runtimeService.startProcessInstanceByKey(TrainingCheckProcess.KEY, businessKey,
                new HashMap<>()).getId();
        jdbc.sql("insert into training_check (county_code, check_year, process_instance_id, started_at) "
                        + "values (:county, :year, :instance, :at)")
                .param("county", countyCode).param("year", year).param("instance", instance)
                .param("at", Timestamp.from(clock.instant())).update();
        LOG.info("training check {} of county {} started: {}", year, countyCode, instance);
        return instance;
    }

    /**
     * The county's workers in service (probation, active, seconded) who are due a training in the year, by the
     * decision's requirement of their role and their trainings up to the end of the year; by street and community.
     */
    List<DueWorker> findDue(String countyCode, int year) {
        Map<String, List<LocalDate>> trainedOn = new HashMap<>();
        Map<String, String[]> last = new HashMap<>();
        jdbc.sql("""
                select t.worker_id, t.course, t.completed_on
                  from training_record t join worker w on w.worker_id = t.worker_id
                  join community c on c.code = w.community_code join street s on s.code = c.street_code
                 where s.county_code = :county and t.completed_on <= :end
                 order by t.completed_on, t.id""")
                .param("county", countyCode).param("end", LocalDate.of(year, 12, 31))
                .query(rs -> {
                    LocalDate day = rs.getObject(3, LocalDate.class);
                    trainedOn.computeIfAbsent(rs.getString(1), id -> new ArrayList<>()).add(day);
                    last.put(rs.getString(1), new String[] {rs.getString(2), day.toString()});
                });
        Map<Role, TrainingRequirements.Requirement> byRole = new EnumMap<>(Role.class);
        List<DueWorker> due = new ArrayList<>();
        jdbc.sql("""
                select s.code, w.worker_id, w.name, c.name, w.role
                  from worker w join community c on c.code = w.community_code join street s on s.code = c.street_code
                 where s.county_code = :county and w.status in (:statuses)
                 order by s.code, c.code, w.worker_id""")
                .param("county", countyCode)
                .param("statuses", WorkerStatus.IN_HEADCOUNT.stream().map(Enum::name).toList())
                .query(rs -> {
                    Role role = Role.valueOf(rs.getString(5));
                    String workerId = rs.getString(2);
                    if (byRole.computeIfAbsent(role, requirements::of)
                            .isDue(trainedOn.getOrDefault(workerId, List.of()), year)) {
                        String[] lastTraining = last.get(workerId);
                        due.add(new DueWorker(rs.getString(1), workerId, rs.getString(3), rs.getString(4), role,
                                lastTraining == null ? null : lastTraining[0],
                                lastTraining == null ? null : LocalDate.parse(lastTraining[1])));
                    }
                });
        return due;
    }

    void saveDue(String processInstanceId, List<DueWorker> due) {
        for (DueWorker worker : due) {
            jdbc.sql("""
                    insert into training_check_due (process_instance_id, street_code, worker_id, worker_name,
                      community_name, role, last_course, last_completed_on)
                    values (:instance, :street, :worker, :name, :community, :role, :course, :completedOn)""")
                    .param("instance", processInstanceId).param("street", worker.streetCode())
                    .param("worker", worker.workerId()).param("name", worker.workerName())
                    .param("community", worker.communityName()).param("role", worker.role().name())
                    .param("course", worker.lastCourse()).param("completedOn", worker.lastCompletedOn())
                    .update();
        }
    }

    /**
     * The workers a check found due in a street, by community, then by post (the secretary first, as {@link Role} lists
     * the posts), then by name: an order a person can follow, not the order of the random registry numbers.
     */
    public List<DueWorker> dueOfStreet(String processInstanceId, String streetCode) {
        return jdbc.sql("""
                select street_code, worker_id, worker_name, community_name, role, last_course, last_completed_on
                  from training_check_due where process_instance_id = :instance and street_code = :street""")
                .param("instance", processInstanceId).param("street", streetCode)
                .query((rs, row) -> new DueWorker(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        Role.valueOf(rs.getString(5)), rs.getString(6), rs.getObject(7, LocalDate.class)))
                .stream()
                .sorted(Comparator.comparing(DueWorker::communityName).thenComparing(DueWorker::role)
                        .thenComparing(DueWorker::workerName).thenComparing(DueWorker::workerId))
                .toList();
    }

    /** Records a street's arrangement, once (a street has one task per check). */
    void arrange(String processInstanceId, Arrangement arrangement) {
        jdbc.sql("""
                insert into training_arrangement (process_instance_id, street_code, plan, planned_on, arranged_by,
                  arranged_at) values (:instance, :street, :plan, :plannedOn, :by, :at)""")
                .param("instance", processInstanceId).param("street", arrangement.streetCode())
                .param("plan", arrangement.plan()).param("plannedOn", arrangement.plannedOn())
                .param("by", arrangement.arrangedBy()).param("at", Timestamp.from(clock.instant()))
                .update();
    }

    /** The streets' arrangements of a check, by street code. */
    public Map<String, Arrangement> arrangements(String processInstanceId) {
        Map<String, Arrangement> arrangements = new LinkedHashMap<>();
        jdbc.sql("select street_code, plan, planned_on, arranged_by from training_arrangement "
                        + "where process_instance_id = :instance order by street_code")
                .param("instance", processInstanceId)
                .query(rs -> {
                    arrangements.put(rs.getString(1), new Arrangement(rs.getString(1), rs.getString(2),
                            rs.getObject(3, LocalDate.class), rs.getString(4)));
                });
        return arrangements;
    }
}
