package cn.communityworkers.workforce;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Period;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import cn.communityworkers.organisation.County;
import cn.communityworkers.system.SystemActions;

/**
 * The post-grade and pay rules of 三岗十八级. The tables themselves are the DMN decisions {@value #GRADE_RANGE},
 * {@value #INITIAL_GRADE}, {@value #GRADE_STEP} ({@code processes/workforce/post-grades.dmn}) and
 * {@value #PAY_COEFFICIENT}, which a policy office changes without code.
 */
@Component
public class GradingRules {

    public static final String INITIAL_GRADE = "initialGrade";
    public static final String PAY_COEFFICIENT = "payCoefficient";
    /** A post category's range of levels and entry level: input {@code postCategory}. */
    public static final String GRADE_RANGE = "gradeRange";
    /** The annual grade step: see {@link GradeStepInputs} for its inputs; outputs {@code step}, {@code early}, {@code ground}. */
    public static final String GRADE_STEP = "gradeStep";

    private final DecisionService decisionService;
    private final SystemActions systemActions;
    private final PayProperties payProperties;
    /** The answers given, by decision and inputs; null: every question is put to the decision. */
    private final Map<List<Object>, Object> remembered;

    @Autowired
    GradingRules(DecisionService decisionService, SystemActions systemActions, PayProperties payProperties) {
        this(decisionService, systemActions, payProperties, null);
    }

    private GradingRules(DecisionService decisionService, SystemActions systemActions, PayProperties payProperties,
            Map<List<Object>, Object> remembered) {
        this.decisionService = decisionService;
        this.systemActions = systemActions;
        this.payProperties = payProperties;
        this.remembered = remembered;
    }

    /**
     * These rules, remembering each decision's answer for the inputs it was asked with: for one import of a roster,
     * whose thousands of rows ask the same few questions (a post category's range, an initial grade, a pay
     * coefficient). Each question is put to the decision as deployed when it is first asked, and recorded in the
     * history once; a version deployed meanwhile answers the next import. Not shared between threads.
     */
    public GradingRules remembering() {
        return new GradingRules(decisionService, systemActions, payProperties, new HashMap<>());
    }

    /** The decision's answer to a question: remembered if these rules remember, else evaluated now. */
    @SuppressWarnings("unchecked")
    private <T> T answer(Supplier<T> evaluation, Object... question) {
        if (remembered == null) {
            return evaluation.get();
        }
        List<Object> key = List.of(question);
        T known = (T) remembered.get(key);
        if (known == null) {
            known = evaluation.get();
            remembered.put(key, known);
        }
        return known;
    }

    /** Years of community work as of a date: continuous service plus credited years in the province. */
    public static int communityYears(LocalDate workSince, int creditedYears, LocalDate asOf) {
        return Period.between(workSince, asOf).getYears() + creditedYears;
    }

    /** The range of levels and the entry level of a post category, as the decision {@value #GRADE_RANGE} gives them. */
    public GradeRange range(PostCategory category) {
        return answer(() -> evaluateRange(category), GRADE_RANGE, category);
    }

    private GradeRange evaluateRange(PostCategory category) {
        DmnDecisionResult result = systemActions.run(() -> decisionService.evaluateDecisionByKey(GRADE_RANGE)
                .variables(Variables.createVariables().putValue("postCategory", category.name()))
                .evaluate());
        if (result.isEmpty()) {
            throw new IllegalStateException("decision " + GRADE_RANGE + " has no row for category " + category);
        }
        var entries = result.getSingleResult();
        return new GradeRange(entries.<String>getEntry("categoryName"), entries.<Number>getEntry("lowestGrade").intValue(),
                entries.<Number>getEntry("highestGrade").intValue(), entries.<Number>getEntry("entryGrade").intValue());
    }

    /**
     * A post category's levels (e.g. 正职 7 to 18, entry 7).
     *
     * @param name the category's name, as the grounds write it
     */
    public record GradeRange(String name, int lowest, int highest, int entry) {

        public boolean contains(int level) {
            return level >= lowest && level <= highest;
        }

        /**
         * Where a level moved from {@code before} lands: within the range, except that a level above the top that the
         * worker already had (registered before the ranges) is kept, never lowered by a rise.
         */
        public int keep(int before, int after) {
            return Math.max(lowest, Math.min(Math.max(highest, before), after));
        }
    }

    /** The initial grade of a worker registered without one. */
    public InitialGrade initialGrade(PostCategory category, Education education, Qualification qualification,
            int communityYears) {
        int level = answer(() -> {
            DmnDecisionResult result = systemActions.run(() -> decisionService.evaluateDecisionByKey(INITIAL_GRADE)
                    .variables(Variables.createVariables()
                            .putValue("postCategory", category.name())
                            .putValue("education", education.name())
                            .putValue("qualification", qualification.name())
                            .putValue("communityYears", communityYears))
                    .evaluate());
            Number found = result.isEmpty() ? null : result.getSingleEntry();
            if (found == null) {
                throw new IllegalStateException("decision " + INITIAL_GRADE + " gave no level for category "
                        + category);
            }
            return found.intValue();
        }, INITIAL_GRADE, category, education, qualification, communityYears);
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
        Number coefficient = answer(() -> {
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
            return result.<Number>getSingleEntry();
        }, PAY_COEFFICIENT, county.code(), category, gradeLevel);
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
