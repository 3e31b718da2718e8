package cn.communityworkers.workforce;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Period;

import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

import cn.communityworkers.organisation.County;
import cn.communityworkers.system.SystemActions;

/**
 * The post-grade and pay rules of 三岗十八级. The tables themselves are the DMN decisions
 * {@value #INITIAL_GRADE} and {@value #PAY_COEFFICIENT}, which a policy office changes without code.
 */
@Component
public class GradingRules {

    public static final String INITIAL_GRADE = "initialGrade";
    public static final String PAY_COEFFICIENT = "payCoefficient";
    public static final int LOWEST_GRADE = 1;
    public static final int HIGHEST_GRADE = 18;

    private final DecisionService decisionService;
    private final SystemActions systemActions;
    private final PayProperties payProperties;

    GradingRules(DecisionService decisionService, SystemActions systemActions, PayProperties payProperties) {
        this.decisionService = decisionService;
        this.systemActions = systemActions;
        this.payProperties = payProperties;
    }

    /** Years of community work as of a date: continuous service plus credited years in the province. */
    public static int communityYears(LocalDate workSince, int creditedYears, LocalDate asOf) {
        return Period.between(workSince, asOf).getYears() + creditedYears;
    }

    public static int withinGrades(int level) {
        return Math.max(LOWEST_GRADE, Math.min(HIGHEST_GRADE, level));
    }

    /** The initial grade of a worker registered without one. */
    public InitialGrade initialGrade(PostCategory category, Education education, Qualification qualification,
            int communityYears) {
        DmnDecisionResult result = systemActions.run(() -> decisionService.evaluateDecisionByKey(INITIAL_GRADE)
                .variables(Variables.createVariables()
                        .putValue("postCategory", category.name())
                        .putValue("education", education.name())
                        .putValue("qualification", qualification.name())
                        .putValue("communityYears", communityYears))
                .evaluate());
        Number points = result.isEmpty() ? null : result.getSingleEntry();
        int level = withinGrades(points == null ? LOWEST_GRADE : points.intValue());
        String ground = "按初始岗位等级规则定级:%s,%s,%s,社区工作%d年"
                .formatted(category.label(), education.label(), qualification.label(), communityYears);
        return new InitialGrade(level, ground);
    }

    public record InitialGrade(int level, String ground) {
    }

    /** Monthly pay in yuan: the county's average monthly wage times the coefficient of category and level. */
    public BigDecimal monthlyPay(County county, PostCategory category, int gradeLevel) {
        return pay(county, category, gradeLevel).monthlyPay();
    }

    /** What a monthly pay is computed from: the wage, the coefficient of the decision {@value #PAY_COEFFICIENT}. */
    public record Pay(BigDecimal averageMonthlyWage, BigDecimal coefficient, BigDecimal monthlyPay) {
    }

    /** The monthly pay with its inputs: the county's average monthly wage times the coefficient of category and level. */
    public Pay pay(County county, PostCategory category, int gradeLevel) {
        DmnDecisionResult result = systemActions.run(() -> decisionService.evaluateDecisionByKey(PAY_COEFFICIENT)
                .variables(Variables.createVariables()
                        .putValue("countyCode", county.code())
                        .putValue("postCategory", category.name())
                        .putValue("gradeLevel", gradeLevel))
                .evaluate());
        if (result.isEmpty()) {
            throw new IllegalStateException("decision " + PAY_COEFFICIENT + " has no row for county "
                    + county.code() + ", category " + category + ", level " + gradeLevel);
        }
        Number coefficient = result.getSingleEntry();
        BigDecimal wage = averageMonthlyWage(county);
        return new Pay(wage, BigDecimal.valueOf(coefficient.doubleValue()),
                wage.multiply(BigDecimal.valueOf(coefficient.doubleValue())).setScale(2, RoundingMode.HALF_UP));
    }

    /** The county's average monthly wage, else {@code workforce.pay.default-average-monthly-wage}. */
    public BigDecimal averageMonthlyWage(County county) {
        return county.averageMonthlyWage() != null ? county.averageMonthlyWage()
                : payProperties.defaultAverageMonthlyWage();
    }
}
