package cn.communityworkers.workforce;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import cn.communityworkers.system.CaseVariables;
import cn.communityworkers.organisation.County;
import cn.communityworkers.organisation.CountyFigures;
import cn.communityworkers.organisation.OrganisationService;
import cn.communityworkers.organisation.StartVerification;
import cn.communityworkers.organisation.UnitRole;
import cn.communityworkers.system.Case;
import cn.communityworkers.system.Cases;
import cn.communityworkers.system.CurrentUser;

/**
 * First step of a pay run, which the county's human resources and social security bureau starts (§12: wages are its
 * remit, 工资收入分配, and the average wage of all urban employees is the figure it already applies, e.g. to
 * social-insurance bases): the county, the new average monthly wage (none: the coefficients are applied again at the
 * current wage), the effective date and the ground are checked; a county has one run at a time. Anything wrong starts
 * nothing. Registers the run, records the new wage on the county (logged with the ground and this instance) and the
 * case.
 */
@Component("verifyPayAdjustment")
class VerifyPayAdjustment extends StartVerification<County> {

    /** The most a wage may have: what the registry keeps (numeric(12, 2)). */
    static final BigDecimal HIGHEST_WAGE = new BigDecimal("9999999999.99");
    static final int FIRST_YEAR = 2000;

    private final PayRunService payRuns;
    private final OrganisationService organisation;
    private final CountyFigures figures;
    private final GradingRules gradingRules;
    private final CurrentUser currentUser;
    private final Clock clock;

    VerifyPayAdjustment(PayRunService payRuns, OrganisationService organisation, CountyFigures figures,
            GradingRules gradingRules, Cases cases, CurrentUser currentUser, Clock clock) {
        super(PayAdjustmentProcess.KEY, Set.of(UnitRole.COUNTY_HRSS), "调整本县(市、区)社区工作者薪酬", cases, currentUser);
        this.payRuns = payRuns;
        this.organisation = organisation;
        this.figures = figures;
        this.gradingRules = gradingRules;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Override
    protected Start<County> verify(DelegateExecution execution) {
        County county = organisation.requestedCounty(execution, PayAdjustmentProcess.COUNTY_CODE);
        Optional<BigDecimal> wage = wage(execution);
        LocalDate effective = effectiveDate(execution);
        String ground = PayAdjustmentProcess.GROUND.read(execution);
        Map<String, Object> request = new LinkedHashMap<>();
        PayAdjustmentProcess.COUNTY_CODE.put(request, county.code());
        PayAdjustmentProcess.AVERAGE_MONTHLY_WAGE.put(request, wage.map(BigDecimal::toPlainString).orElse(null));
        PayAdjustmentProcess.EFFECTIVE_DATE.put(request, effective);
        PayAdjustmentProcess.GROUND.put(request, ground);
        return new Start<>(new Case.Units(county.code(), null, null), county.name(), null,
                PayAdjustmentProcess.businessKey(county.code(), effective), request, county);
    }

    @Override
    protected void started(DelegateExecution execution, Case recorded, County county) {
        Optional<BigDecimal> wage = PayAdjustmentProcess.AVERAGE_MONTHLY_WAGE.fromIfGiven(
                recorded.request().get(PayAdjustmentProcess.AVERAGE_MONTHLY_WAGE.name())).map(BigDecimal::new);
        LocalDate effective = PayAdjustmentProcess.EFFECTIVE_DATE.in(recorded.request());
        String ground = PayAdjustmentProcess.GROUND.in(recorded.request());
        BigDecimal previous = gradingRules.averageMonthlyWage(county);
        BigDecimal applied = wage.orElse(previous);
        String runId = execution.getProcessInstanceId();
        // Read before the insert: on PostgreSQL a refused insert leaves the transaction good for nothing but a rollback.
        String running = payRuns.runningIn(county.code()).map(id -> "(流程 " + id + ")").orElse("");
        if (!payRuns.register(new PayRunService.PayRun(runId, county.code(), previous, applied, effective, ground,
                PayRunService.Status.RUNNING, currentUser.userId(), clock.instant(), null))) {
            throw PayAdjustmentProcess.COUNTY_CODE.refusal(":" + county.name() + "的社区工作者薪酬调整正在进行" + running
                    + ",须待其办结后再启动");
        }
        wage.ifPresent(newWage -> figures.changeAverageMonthlyWage(county.code(), previous, newWage, effective,
                "调整社区工作者薪酬:全口径城镇单位就业人员月平均工资 " + previous.toPlainString() + " 元调整为 "
                        + newWage.toPlainString() + " 元;依据:" + ground, runId));
        CaseVariables.COUNTY_NAME.set(execution, county.name());
        PayAdjustmentProcess.PREVIOUS_WAGE.set(execution, previous.toPlainString());
        PayAdjustmentProcess.APPLIED_WAGE.set(execution, applied.toPlainString());
    }

    /** The new wage in yuan, more than 0 with at most 2 decimals; none for a run at the current wage. */
    private static Optional<BigDecimal> wage(DelegateExecution execution) {
        return PayAdjustmentProcess.AVERAGE_MONTHLY_WAGE.readIfGiven(execution).map(value -> {
            String rule = "须为大于0、至多两位小数的金额(元),收到的是:" + value;
            try {
                BigDecimal wage = new BigDecimal(value).stripTrailingZeros();
                if (wage.signum() > 0 && wage.scale() <= 2 && wage.compareTo(HIGHEST_WAGE) <= 0) {
                    return wage.setScale(2);
                }
            } catch (NumberFormatException e) {
                throw PayAdjustmentProcess.AVERAGE_MONTHLY_WAGE.refusal(rule);
            }
            throw PayAdjustmentProcess.AVERAGE_MONTHLY_WAGE.refusal(rule);
        });
    }

    /** A date from 2000 up to next year. */
    private LocalDate effectiveDate(DelegateExecution execution) {
        LocalDate date = PayAdjustmentProcess.EFFECTIVE_DATE.read(execution);
        int nextYear = LocalDate.now(clock).getYear() + 1;
        if (date.getYear() < FIRST_YEAR || date.getYear() > nextYear) {
            throw PayAdjustmentProcess.EFFECTIVE_DATE.refusal("须为" + FIRST_YEAR + "年至" + nextYear + "年之间的日期(如 "
                    + LocalDate.now(clock).withDayOfMonth(1) + "),收到的是:" + date);
        }
        return date;
    }
}
