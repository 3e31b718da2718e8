package cn.communityworkers.workforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import cn.communityworkers.organisation.County;
import cn.communityworkers.organisation.CountyChange;
import cn.communityworkers.organisation.CountyFigures;
import cn.communityworkers.organisation.OrganisationService;
import cn.communityworkers.support.ProcessTest;
import cn.communityworkers.support.TestRegistry;
import cn.communityworkers.support.TestUnits;

/**
 * A wage change recomputes the pay of the county's workers in the headcount, once each, in batches (2 a batch in
 * process tests, see ProcessTest), across a batch that crashed; nobody else's pay moves; one run per county at a time.
 */
@ProcessTest
class PayAdjustmentProcessTest {

    static final String EFFECTIVE = "2026-01-01";

    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtimeService;
    @Autowired ManagementService managementService;
    @Autowired TestRegistry registry;
    @Autowired OrganisationService organisation;
    @Autowired CountyFigures figures;
    @Autowired GradingRules gradingRules;
    @Autowired PayRunService payRuns;
    @Autowired JdbcClient jdbc;
    @Autowired PlatformTransactionManager transactions;

    TestUnits units;
    TestUnits otherCounty;
    List<String> paid;
    String terminated;
    String institutionStaff;
    String elsewhere;

    @BeforeEach
    void setUp() {
        AbstractAssertions.init(engine);
        units = registry.county(100_000);
        otherCounty = registry.county(100_000);
        paid = List.of(registry.worker(units, Role.STAFF, WorkerStatus.ACTIVE),
                registry.worker(units, Role.SECRETARY, WorkerStatus.ACTIVE),
                registry.worker(units, Role.DEPUTY, WorkerStatus.SECONDED),
                registry.worker(units, Role.STAFF, WorkerStatus.PROBATION));
        terminated = registry.worker(units, Role.STAFF, WorkerStatus.TERMINATED);
        institutionStaff = registry.worker(units, Role.SECRETARY, WorkerStatus.PUBLIC_INSTITUTION_STAFF);
        elsewhere = registry.worker(otherCounty, Role.STAFF, WorkerStatus.ACTIVE);
    }

    ProcessInstance start(Object wage) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(PayAdjustmentProcess.COUNTY_CODE.name(), units.county());
        variables.put(PayAdjustmentProcess.AVERAGE_MONTHLY_WAGE.name(), wage);
        variables.put(PayAdjustmentProcess.EFFECTIVE_DATE.name(), EFFECTIVE);
        variables.put(PayAdjustmentProcess.GROUND.name(), "示范市统计局2025年全口径城镇单位就业人员平均工资公报");
        return runtimeService.startProcessInstanceByKey(PayAdjustmentProcess.KEY, variables);
    }

    Job dueJob(ProcessInstance run) {
        List<Job> jobs = managementService.createJobQuery().processInstanceId(run.getId()).executable().list();
        return jobs.isEmpty() ? null : jobs.get(0);
    }

    int runBatches(ProcessInstance run) {
        int batches = 0;
        for (Job job = dueJob(run); job != null; job = dueJob(run)) {
            managementService.executeJob(job.getId());
            batches++;
        }
        return batches;
    }

    BigDecimal pay(String workerId) {
        return registry.workers().find(workerId).orElseThrow().getMonthlyPay();
    }

    /** The worker's PAY changes made by the run (rows keyed by column, in any case). */
    List<Map<String, Object>> payChanges(String workerId, String runId) {
        return jdbc.sql("""
                select old_value, new_value, effective_date, reason, details, changed_by from worker_change
                 where worker_id = :worker and attribute = 'PAY' and process_instance_id = :run""")
                .param("worker", workerId).param("run", runId).query().listOfRows();
    }

    @Test
    void aWageChangeRecomputesThePayOfTheCountyOnceEach() {
        Map<String, BigDecimal> before = new HashMap<>();
        for (String id : List.of(paid.get(0), paid.get(1), paid.get(2), paid.get(3), terminated, institutionStaff, elsewhere)) {
            before.put(id, pay(id));
        }

        ProcessInstance run = start(10_000);

        assertThat(run.getBusinessKey()).isEqualTo("PAY-" + units.county() + "-" + EFFECTIVE);
        County county = organisation.county(units.county());
        assertThat(county.averageMonthlyWage()).isEqualByComparingTo("10000");
        CountyChange wageChange = figures.changes(units.county()).get(0);
        assertThat(wageChange.attribute()).isEqualTo(CountyChange.Attribute.AVERAGE_MONTHLY_WAGE);
        assertThat(wageChange.oldValue()).isEqualTo("9000");
        assertThat(wageChange.newValue()).isEqualTo("10000.00");
        assertThat(wageChange.processInstanceId()).isEqualTo(run.getId());
        assertThat(wageChange.reason()).contains("示范市统计局");
        assertThat(run).isWaitingAt(PayAdjustmentProcess.TASK_RECOMPUTE_PAY);
        assertThat(payRuns.progress(run.getId()).total()).isEqualTo(4);
        assertThat(payRuns.progress(run.getId()).recomputed()).isZero();

        // The first batch commits; the second crashes before its commit and is run again.
        managementService.executeJob(dueJob(run).getId());
        assertThat(payRuns.progress(run.getId()).recomputed()).isEqualTo(2);
        Job second = dueJob(run);
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            managementService.executeJob(second.getId());
            status.setRollbackOnly();
        });
        assertThat(payRuns.progress(run.getId()).recomputed()).isEqualTo(2);
        assertThat(runBatches(run)).isEqualTo(2);    // the second again, then an empty one that ends the run

        assertThat(run).isEnded().hasPassed(PayAdjustmentProcess.END_PAY_ADJUSTED);
        PayRunService.Progress progress = payRuns.progress(run.getId());
        assertThat(progress.run().status()).isEqualTo(PayRunService.Status.DONE);
        assertThat(progress.total()).isEqualTo(4);
        assertThat(progress.recomputed()).isEqualTo(4);
        assertThat(progress.changed()).isEqualTo(4);
        for (String id : paid) {
            Worker worker = registry.workers().find(id).orElseThrow();
            BigDecimal expected = gradingRules.monthlyPay(county, worker.getPostCategory(), worker.getGradeLevel());
            assertThat(worker.getMonthlyPay()).as(id).isEqualByComparingTo(expected)
                    .isEqualByComparingTo(before.get(id).multiply(BigDecimal.valueOf(10)).divide(BigDecimal.valueOf(9),
                            2, java.math.RoundingMode.HALF_UP));
            List<Map<String, Object>> changes = payChanges(id, run.getId());
            assertThat(changes).as(id + " recomputed once").hasSize(1);
            Map<String, Object> change = changes.get(0);
            assertThat(String.valueOf(change.get("old_value"))).isEqualTo(before.get(id).toPlainString());
            assertThat(String.valueOf(change.get("new_value"))).isEqualTo(expected.toPlainString());
            assertThat(String.valueOf(change.get("effective_date"))).isEqualTo(EFFECTIVE);
            assertThat(String.valueOf(change.get("reason"))).contains("第12条", "月平均工资10000.00元",
                    worker.getPostCategory().label() + "岗位第" + worker.getGradeLevel() + "级", "示范市统计局");
            assertThat(String.valueOf(change.get("details"))).contains("\"averageMonthlyWage\":\"10000.00\"",
                    "\"payCoefficient\"", "\"gradeLevel\":" + worker.getGradeLevel());
        }
        for (String id : List.of(terminated, institutionStaff, elsewhere)) {
            assertThat(pay(id)).as(id + " untouched").isEqualByComparingTo(before.get(id));
            assertThat(payChanges(id, run.getId())).as(id).isEmpty();
        }
        assertThat(organisation.county(otherCounty.county()).averageMonthlyWage()).isNull();
        assertThat(payRuns.nextPayees(run.getId(), units.county(), 10)).isEmpty();

        // A rerun at the same wage (after a change of the coefficient table) recomputes everyone and changes nothing.
        ProcessInstance rerun = start(null);
        runBatches(rerun);
        assertThat(rerun).isEnded();
        assertThat(payRuns.progress(rerun.getId()).recomputed()).isEqualTo(4);
        assertThat(payRuns.progress(rerun.getId()).changed()).isZero();
        assertThat(organisation.county(units.county()).averageMonthlyWage()).isEqualByComparingTo("10000");
        assertThat(figures.changes(units.county())).hasSize(1);
        paid.forEach(id -> assertThat(payChanges(id, rerun.getId())).isEmpty());
    }

    @Test
    void aCountyHasOneRunAtATimeAndADeletedRunFreesIt() {
        ProcessInstance first = start(9_500);
        assertThatThrownBy(() -> start(9_600)).isInstanceOf(FormFieldValidationException.class)
                .hasMessageContaining("薪酬调整正在进行").hasMessageContaining(first.getId());
        assertThat(organisation.county(units.county()).averageMonthlyWage()).isEqualByComparingTo("9500");

        runtimeService.deleteProcessInstance(first.getId(), "撤回");
        assertThat(payRuns.run(first.getId()).status()).isEqualTo(PayRunService.Status.CANCELLED);
        ProcessInstance second = start(9_600);
        assertThat(second).isWaitingAt(PayAdjustmentProcess.TASK_RECOMPUTE_PAY);
    }

    @Test
    void badValuesStartNothing() {
        Map<Object, String> refused = new java.util.LinkedHashMap<>();
        refused.put(-1, PayAdjustmentProcess.AVERAGE_MONTHLY_WAGE.name());
        refused.put(0, PayAdjustmentProcess.AVERAGE_MONTHLY_WAGE.name());
        refused.put("9000.001", PayAdjustmentProcess.AVERAGE_MONTHLY_WAGE.name());
        refused.put("一万", PayAdjustmentProcess.AVERAGE_MONTHLY_WAGE.name());
        refused.forEach((wage, field) -> assertThatThrownBy(() -> start(wage)).as(String.valueOf(wage))
                .isInstanceOfSatisfying(FormFieldValidationException.class,
                        e -> assertThat((Object) e.getDetail()).isEqualTo(field)));
        Map<String, Object> variables = new HashMap<>(Map.of(PayAdjustmentProcess.COUNTY_CODE.name(), units.county(),
                PayAdjustmentProcess.AVERAGE_MONTHLY_WAGE.name(), 10_000, PayAdjustmentProcess.GROUND.name(), "文件"));
        for (String date : List.of("2026-02-30", "1999-12-31", "明年")) {
            variables.put(PayAdjustmentProcess.EFFECTIVE_DATE.name(), date);
            assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(PayAdjustmentProcess.KEY, variables))
                    .as(date).isInstanceOfSatisfying(FormFieldValidationException.class,
                            e -> assertThat((Object) e.getDetail()).isEqualTo(PayAdjustmentProcess.EFFECTIVE_DATE.name()));
        }
        variables.put(PayAdjustmentProcess.EFFECTIVE_DATE.name(), EFFECTIVE);
        variables.put(PayAdjustmentProcess.GROUND.name(), " ");
        assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(PayAdjustmentProcess.KEY, variables))
                .isInstanceOfSatisfying(FormFieldValidationException.class,
                        e -> assertThat((Object) e.getDetail()).isEqualTo(PayAdjustmentProcess.GROUND.name()));

        assertThat(organisation.county(units.county()).averageMonthlyWage()).isNull();
        assertThat(figures.changes(units.county())).isEmpty();
        assertThat(payRuns.runsOf(units.county())).isEmpty();
    }
}
