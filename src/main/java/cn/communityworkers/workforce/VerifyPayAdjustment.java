package cn.communityworkers.workforce;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.stereotype.Component;

import cn.communityworkers.organisation.County;
import cn.communityworkers.organisation.CountyFigures;
import cn.communityworkers.organisation.OrganisationService;
import cn.communityworkers.organisation.UnitGroups;
import cn.communityworkers.system.Case;
import cn.communityworkers.system.Cases;
import cn.communityworkers.system.CurrentUser;

/**
 * First step of a pay run: the county, the new average monthly wage (none: the coefficients are applied again at the
 * current wage), the effective date and the ground are checked; the county's human resources and social security
 * bureau (or an administrator) starts it; a county has one run at a time. Anything wrong starts nothing. Registers the
 * run, records the new wage on the county (logged with the ground and this instance) and the case.
 */
@Component("verifyPayAdjustment")
class VerifyPayAdjustment implements JavaDelegate {

    /** The most a wage may have: what the registry keeps (numeric(12, 2)). */
    static final BigDecimal HIGHEST_WAGE = new BigDecimal("9999999999.99");
    static final int GROUND_LENGTH = 200;
    static final int FIRST_YEAR = 2000;

    private final PayRunService payRuns;
    private final OrganisationService organisation;
    private final CountyFigures figures;
    private final GradingRules gradingRules;
    private final Cases cases;
    private final CurrentUser currentUser;
    private final Clock clock;

    VerifyPayAdjustment(PayRunService payRuns, OrganisationService organisation, CountyFigures figures,
            GradingRules gradingRules, Cases cases, CurrentUser currentUser, Clock clock) {
        this.payRuns = payRuns;
        this.organisation = organisation;
        this.figures = figures;
        this.gradingRules = gradingRules;
        this.cases = cases;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object countyValue = execution.getVariable(PayAdjustmentProcess.COUNTY_CODE);
        County county = countyValue instanceof String code ? organisation.findCounty(code).orElse(null) : null;
        if (county == null) {
            throw new FormFieldValidationException(PayAdjustmentProcess.COUNTY_CODE, "找不到县(市、区):" + countyValue);
        }
        BigDecimal wage = wage(execution.getVariable(PayAdjustmentProcess.AVERAGE_MONTHLY_WAGE));
        LocalDate effective = effectiveDate(execution.getVariable(PayAdjustmentProcess.EFFECTIVE_DATE));
        String ground = ground(execution.getVariable(PayAdjustmentProcess.GROUND));
        if (!currentUser.isAdmin() && !currentUser.inAnyGroup(List.of(UnitGroups.countyHrss(county.code())))) {
            throw new AuthorizationException("只有" + county.name() + "人力资源和社会保障局可以调整本县(市、区)社区工作者薪酬");
        }
        BigDecimal previous = gradingRules.averageMonthlyWage(county);
        BigDecimal applied = wage != null ? wage : previous;
        String runId = execution.getProcessInstanceId();
        if (!payRuns.register(new PayRunService.PayRun(runId, county.code(), previous, applied, effective, ground,
                PayRunService.Status.RUNNING, currentUser.userId(), clock.instant(), null))) {
            throw new FormFieldValidationException(PayAdjustmentProcess.COUNTY_CODE, county.name()
                    + "的社区工作者薪酬调整正在进行(流程 " + payRuns.runningIn(county.code()).orElse("") + "),须待其办结后再启动");
        }
        if (wage != null) {
            figures.changeAverageMonthlyWage(county.code(), previous, wage, effective,
                    "调整社区工作者薪酬:全口径城镇单位就业人员月平均工资 " + previous.toPlainString() + " 元调整为 "
                            + wage.toPlainString() + " 元;依据:" + ground, runId);
        }
        execution.setProcessBusinessKey(PayAdjustmentProcess.businessKey(county.code(), effective.toString()));
        Map<String, Object> request = new LinkedHashMap<>();
        request.put(PayAdjustmentProcess.COUNTY_CODE, county.code());
        request.put(PayAdjustmentProcess.AVERAGE_MONTHLY_WAGE, wage == null ? null : wage.toPlainString());
        request.put(PayAdjustmentProcess.EFFECTIVE_DATE, effective.toString());
        request.put(PayAdjustmentProcess.GROUND, ground);
        cases.record(execution, PayAdjustmentProcess.KEY, new Case.Units(county.code(), null, null), null, request);
        execution.setVariable(PayAdjustmentProcess.COUNTY_NAME, county.name());
        execution.setVariable(PayAdjustmentProcess.PREVIOUS_WAGE, previous.toPlainString());
        execution.setVariable(PayAdjustmentProcess.APPLIED_WAGE, applied.toPlainString());
    }

    /** The new wage in yuan, more than 0 with at most 2 decimals; none for a run at the current wage. */
    static BigDecimal wage(Object value) {
        if (value == null || (value instanceof String text && text.isBlank())) {
            return null;
        }
        String message = "新的月平均工资(" + PayAdjustmentProcess.AVERAGE_MONTHLY_WAGE + ")须为大于0、至多两位小数的金额(元),收到的是:"
                + value;
        try {
            BigDecimal wage = new BigDecimal(value.toString().strip()).stripTrailingZeros();
            if (wage.signum() > 0 && wage.scale() <= 2 && wage.compareTo(HIGHEST_WAGE) <= 0) {
                return wage.setScale(2);
            }
        } catch (NumberFormatException e) {
            throw new FormFieldValidationException(PayAdjustmentProcess.AVERAGE_MONTHLY_WAGE, message, e);
        }
        throw new FormFieldValidationException(PayAdjustmentProcess.AVERAGE_MONTHLY_WAGE, message);
    }

    /** An ISO date from 2000 up to next year. */
    LocalDate effectiveDate(Object value) {
        String field = PayAdjustmentProcess.EFFECTIVE_DATE;
        if (value == null || value.toString().isBlank()) {
            throw new FormFieldValidationException(field, "执行日期(" + field + ")必须填写");
        }
        int nextYear = LocalDate.now(clock).getYear() + 1;
        String message = "执行日期(" + field + ")须为" + FIRST_YEAR + "年至" + nextYear + "年之间的日期(如 "
                + LocalDate.now(clock).withDayOfMonth(1) + "),收到的是:" + value;
        try {
            LocalDate date = LocalDate.parse(value.toString().strip());
            if (date.getYear() >= FIRST_YEAR && date.getYear() <= nextYear) {
                return date;
            }
        } catch (DateTimeParseException e) {
            throw new FormFieldValidationException(field, message, e);
        }
        throw new FormFieldValidationException(field, message);
    }

    static String ground(Object value) {
        String field = PayAdjustmentProcess.GROUND;
        if (!(value instanceof String text) || text.isBlank()) {
            throw new FormFieldValidationException(field, "调整依据(" + field + ")必须填写:文件名称和文号");
        }
        if (text.strip().length() > GROUND_LENGTH) {
            throw new FormFieldValidationException(field, "调整依据(" + field + ")不能超过" + GROUND_LENGTH + "字");
        }
        return text.strip();
    }
}
