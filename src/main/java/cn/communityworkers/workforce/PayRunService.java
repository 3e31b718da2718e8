package cn.communityworkers.workforce;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.communityworkers.organisation.County;
import cn.communityworkers.system.NotFoundException;

/**
 * Pay runs (调整社区工作者薪酬, §12): one county's workers in the headcount get the pay of their category and level at the
 * run's average monthly wage, with effect from the run's date. A county has one run at a time; a run recomputes each
 * worker once (table {@code pay_run_worker}), so a batch retried after a crash skips whoever it had done.
 */
@Service
public class PayRunService {

    /** The ground written with every pay change of a run: the Opinions' clause and the wage. */
    static final String GROUND = "按《关于加强社区工作者队伍建设的意见》第12条,薪酬随当地全口径城镇单位就业人员平均工资调整:"
            + "月平均工资%s元 × 薪酬系数%s(%s岗位第%d级);依据:%s";

    public enum Status {
        RUNNING, DONE, CANCELLED
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final JdbcClient jdbc;
    private final ChangeLog changes;
    private final GradingRules gradingRules;
    private final Clock clock;

    PayRunService(JdbcClient jdbc, ChangeLog changes, GradingRules gradingRules, Clock clock) {
        this.jdbc = jdbc;
        this.changes = changes;
        this.gradingRules = gradingRules;
        this.clock = clock;
    }

    /** A run as registered when it started: only the system writes it. */
    public record PayRun(String processInstanceId, String countyCode, BigDecimal previousWage,
            BigDecimal averageMonthlyWage, LocalDate effectiveDate, String ground, Status status, String startedBy,
            Instant startedAt, Instant endedAt) {
    }

    /** The county's run still going on, if any. */
    Optional<String> runningIn(String countyCode) {
        return jdbc.sql("select process_instance_id from pay_run where running_county = :county")
                .param("county", countyCode).query(String.class).optional();
    }

    /** Registers a run; false (nothing written) when the county has one running (its unique key guards a race). */
    boolean register(PayRun run) {
        if (runningIn(run.countyCode()).isPresent()) {
            return false;
        }
        try {
            jdbc.sql("""
                    insert into pay_run (process_instance_id, county_code, running_county, previous_wage,
                      average_monthly_wage, effective_date, ground, status, started_by, started_at)
                    values (:id, :county, :county, :previous, :wage, :effective, :ground, 'RUNNING', :by, :at)""")
                    .param("id", run.processInstanceId()).param("county", run.countyCode())
                    .param("previous", run.previousWage()).param("wage", run.averageMonthlyWage())
                    .param("effective", run.effectiveDate()).param("ground", run.ground())
                    .param("by", run.startedBy()).param("at", Timestamp.from(run.startedAt())).update();
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    public PayRun run(String processInstanceId) {
        return jdbc.sql("select * from pay_run where process_instance_id = :id").param("id", processInstanceId)
                .query((rs, row) -> new PayRun(rs.getString("process_instance_id"), rs.getString("county_code"),
                        rs.getBigDecimal("previous_wage"), rs.getBigDecimal("average_monthly_wage"),
                        rs.getDate("effective_date").toLocalDate(), rs.getString("ground"),
                        Status.valueOf(rs.getString("status")), rs.getString("started_by"),
                        rs.getTimestamp("started_at").toInstant(),
                        rs.getTimestamp("ended_at") == null ? null : rs.getTimestamp("ended_at").toInstant()))
                .optional().orElseThrow(() -> new NotFoundException("薪酬调整", processInstanceId));
    }

    /** A worker of the county still to be recomputed by the run. */
    record Payee(String workerId, Role role, int gradeLevel, BigDecimal monthlyPay, long version) {
    }

    /** The run's next workers: of the county, in the headcount, not yet recomputed by it; in id order. */
    List<Payee> nextPayees(String runId, String countyCode, int limit) {
        return jdbc.sql("""
                select w.worker_id, w.role, w.grade_level, w.monthly_pay, w.version
                  from worker w
                  join community c on c.code = w.community_code
                  join street s on s.code = c.street_code
                 where s.county_code = :county and w.status in (:statuses)
                   and not exists (select 1 from pay_run_worker p where p.run_id = :run and p.worker_id = w.worker_id)
                 order by w.worker_id
                 limit :limit""")
                .param("county", countyCode).param("statuses", paidStatuses()).param("run", runId)
                .param("limit", limit).query((rs, row) -> new Payee(rs.getString(1), Role.valueOf(rs.getString(2)),
                        rs.getInt(3), rs.getBigDecimal(4), rs.getLong(5))).list();
    }

    /**
     * Recomputes one worker's pay at the run's wage: recorded as done by the run, and when the pay changes, stored on the
     * worker and written to the change log (PAY, old, new, the run's effective date, the ground, the inputs) with the
     * run's process instance. A worker changed meanwhile by someone else fails the batch, which is retried.
     *
     * @return whether the pay changed
     */
    @Transactional
    boolean recompute(PayRun run, County county, Payee payee, String changedBy) {
        County atRunWage = county.withAverageMonthlyWage(run.averageMonthlyWage());
        PostCategory category = payee.role().postCategory();
        GradingRules.Pay pay = gradingRules.pay(atRunWage, category, payee.gradeLevel());
        jdbc.sql("insert into pay_run_worker (run_id, worker_id, old_pay, new_pay) values (:run, :worker, :old, :new)")
                .param("run", run.processInstanceId()).param("worker", payee.workerId())
                .param("old", payee.monthlyPay()).param("new", pay.monthlyPay()).update();
        if (pay.monthlyPay().compareTo(payee.monthlyPay()) == 0) {
            return false;
        }
        if (jdbc.sql("update worker set monthly_pay = :pay, version = version + 1 where worker_id = :id and version = :version")
                .param("pay", pay.monthlyPay()).param("id", payee.workerId()).param("version", payee.version())
                .update() != 1) {
            throw new OptimisticLockingFailureException("worker '" + payee.workerId() + "' changed during the pay run");
        }
        changes.record(payee.workerId(), ChangeAttribute.PAY, payee.monthlyPay(), pay.monthlyPay(), run.effectiveDate(),
                new ChangeLog.Ground(GROUND.formatted(pay.averageMonthlyWage().toPlainString(),
                        pay.coefficient().stripTrailingZeros().toPlainString(), category.label(), payee.gradeLevel(),
                        run.ground()), run.processInstanceId(), null, details(run, category, payee, pay)),
                changedBy);
        return true;
    }

    private static String details(PayRun run, PostCategory category, Payee payee, GradingRules.Pay pay) {
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("countyCode", run.countyCode());
        inputs.put("averageMonthlyWage", pay.averageMonthlyWage().toPlainString());
        inputs.put("postCategory", category.name());
        inputs.put("gradeLevel", payee.gradeLevel());
        inputs.put("payCoefficient", pay.coefficient().stripTrailingZeros().toPlainString());
        inputs.put("effectiveDate", run.effectiveDate().toString());
        inputs.put("ground", run.ground());
        try {
            return JSON.writeValueAsString(inputs);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The run has ended (completed, or deleted): the county may start another. */
    @Transactional
    void finish(String processInstanceId, boolean cancelled) {
        jdbc.sql("""
                update pay_run set running_county = null, status = :status, ended_at = :at
                 where process_instance_id = :id and status = 'RUNNING'""")
                .param("status", (cancelled ? Status.CANCELLED : Status.DONE).name())
                .param("at", Timestamp.from(Instant.now(clock))).param("id", processInstanceId).update();
    }

    /** A run with how far it is: workers to recompute, recomputed so far, and how many of them got a new pay. */
    public record Progress(PayRun run, long total, long recomputed, long changed) {
    }

    public Progress progress(String processInstanceId) {
        PayRun run = run(processInstanceId);
        Map<String, Object> counts = jdbc.sql("""
                select count(*) as recomputed, coalesce(sum(case when old_pay <> new_pay then 1 else 0 end), 0) as changed
                  from pay_run_worker where run_id = :run""").param("run", processInstanceId).query().singleRow();
        long recomputed = ((Number) counts.get("recomputed")).longValue();
        long changed = ((Number) counts.get("changed")).longValue();
        long remaining = run.status() != Status.RUNNING ? 0 : jdbc.sql("""
                select count(*) from worker w join community c on c.code = w.community_code
                  join street s on s.code = c.street_code
                 where s.county_code = :county and w.status in (:statuses)
                   and not exists (select 1 from pay_run_worker p where p.run_id = :run and p.worker_id = w.worker_id)""")
                .param("county", run.countyCode()).param("statuses", paidStatuses()).param("run", processInstanceId)
                .query(Long.class).single();
        return new Progress(run, recomputed + remaining, recomputed, changed);
    }

    /** The county's runs, newest first. */
    public List<Progress> runsOf(String countyCode) {
        return jdbc.sql("select process_instance_id from pay_run where county_code = :county order by started_at desc")
                .param("county", countyCode).query(String.class).list().stream().map(this::progress).toList();
    }

    /**
     * Whose pay a run recomputes: the workers in the headcount (PROBATION, ACTIVE, SECONDED). Public-institution staff
     * are paid by the institution under its own pay rules, and a TERMINATED worker is paid no more.
     */
    private static List<String> paidStatuses() {
        return WorkerStatus.IN_HEADCOUNT.stream().map(Enum::name).toList();
    }
}
