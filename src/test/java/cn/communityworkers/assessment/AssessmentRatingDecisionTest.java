package cn.communityworkers.assessment;

import static cn.communityworkers.assessment.AssessmentDecisions.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

import cn.communityworkers.support.ProcessTest;

/** {@code assessment-rating.dmn} as deployed: every row at its boundary, on the engine. */
@ProcessTest
class AssessmentRatingDecisionTest {

    @Autowired DecisionService decisionService;

    static final int ASSESSMENT_YEAR = 2025;

    /** {@code disciplined}: a demerit (记过) decided in the middle of the assessment year. */
    DmnDecisionResult rate(Double political, Double performance, Double satisfaction, boolean disciplined,
            boolean probation) {
        return rate(political, performance, satisfaction, disciplined ? "DEMERIT" : null,
                disciplined ? LocalDate.of(ASSESSMENT_YEAR, 6, 1) : null, probation);
    }

    DmnDecisionResult rate(Double political, Double performance, Double satisfaction, String actionType,
            LocalDate decidedOn, boolean probation) {
        VariableMap variables = Variables.createVariables()
                .putValue(POLITICAL_SCORE, political)
                .putValue(PERFORMANCE_SCORE, performance)
                .putValue(SATISFACTION_SCORE, satisfaction)
                .putValue(DISCIPLINARY_ACTION_TYPE, actionType)
                .putValue(DISCIPLINARY_ACTION_DECIDED_ON, decidedOn == null ? null : decidedOn.toString())
                .putValue(YEAR, ASSESSMENT_YEAR)
                .putValue(IN_PROBATION, probation);
        return decisionService.evaluateDecisionByKey(ASSESSMENT_RATING).variables(variables).evaluate();
    }

    String ratingWith(String actionType, String decidedOn, double score) {
        return rate(score, score, score, actionType, LocalDate.parse(decidedOn), false).getSingleResult()
                .getEntry(RATING);
    }

    /** Totals exactly at and just below each band (political 30%, performance 40%, satisfaction 30%). */
    @ParameterizedTest(name = "{0} / {1} / {2} -> {3} {4}")
    @CsvSource({
            "90,    90,     90,     90.00, EXCELLENT",
            "90,    89.975, 90,     89.99, QUALIFIED",
            "90,    90,     89.97,  89.99, QUALIFIED",
            "100,   100,    100,   100.00, EXCELLENT",
            "70,    70,     70,     70.00, QUALIFIED",
            "70,    69.975, 70,     69.99, BASICALLY_QUALIFIED",
            "60,    60,     60,     60.00, BASICALLY_QUALIFIED",
            "60,    59.975, 60,     59.99, UNQUALIFIED",
            "0,     0,      0,       0.00, UNQUALIFIED",
            // 26.997 + 35.996 + 27.003 = 89.996: the total is rounded to two decimals before the bands compare it
            "89.99, 89.99,  90.01,  90.00, EXCELLENT",
            // totals exactly on a band that the same sum in Java doubles would miss (89.99999999999999 etc.)
            "82.6,  90.3,   97.0,   90.00, EXCELLENT",
            "78.1,  61.6,   73.1,   70.00, QUALIFIED",
            "64.6,  54.3,   63.0,   60.00, BASICALLY_QUALIFIED"})
    void scoreBands(double political, double performance, double satisfaction, double total, String rating) {
        DmnDecisionResult result = rate(political, performance, satisfaction, false, false);

        assertThat(result.getSingleResult().<String>getEntry(RATING)).isEqualTo(rating);
        assertThat(result.getSingleResult().<Double>getEntry(TOTAL_SCORE)).isEqualTo(total);
    }

    @Test
    void aDemeritInTheYearIsUnqualifiedWhateverTheScoresWithItsReason() {
        DmnDecisionResult result = rate(100.0, 100.0, 100.0, true, false);

        assertThat(result.getSingleResult().<String>getEntry(RATING)).isEqualTo("UNQUALIFIED");
        assertThat(result.getSingleResult().<Double>getEntry(TOTAL_SCORE)).isEqualTo(100.0);
        assertThat(result.getSingleResult().<String>getEntry("reason"))
                .isEqualTo("受记过处分期间,不论得分定为不合格(处分决定日期2025-06-01)");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"MAJOR_DEMERIT", "DEMOTION", "REMOVAL"})
    void everyActionWorseThanADemeritIsUnqualified(String type) {
        assertThat(ratingWith(type, "2025-06-01", 95)).isEqualTo("UNQUALIFIED");
    }

    @Test
    void aWarningInTheYearWithATotalOfNinetyIsQualifiedWithItsReason() {
        DmnDecisionResult result = rate(90.0, 90.0, 90.0, "WARNING", LocalDate.of(2025, 3, 1), false);

        assertThat(result.getSingleResult().<String>getEntry(RATING)).isEqualTo("QUALIFIED");
        assertThat(result.getSingleResult().<String>getEntry("reason"))
                .isEqualTo("受警告处分期间不得评为优秀(处分决定日期2025-03-01):总分达到优秀,建议定为合格");
    }

    @ParameterizedTest(name = "warning, total {0} -> {1}")
    @CsvSource({"89.99, QUALIFIED", "70, QUALIFIED", "69.99, BASICALLY_QUALIFIED", "59.99, UNQUALIFIED"})
    void belowNinetyAWarningLeavesTheBands(double score, String rating) {
        DmnDecisionResult result = rate(score, score, score, "WARNING", LocalDate.of(2025, 3, 1), false);

        assertThat(result.getSingleResult().<String>getEntry(RATING)).isEqualTo(rating);
        assertThat(result.getSingleResult().getEntryMap().get("reason")).isNull();
    }

    /**
     * An action has effect from the day decided up to, not including, the day its period ends (decided + 6, 12, 18 or
     * 24 months): one day of effect in the year is enough, none is not.
     */
    @ParameterizedTest(name = "{0} decided {1} -> {3}")
    @CsvSource({
            // the period ends on 1 January of the year: no day of effect in it
            "WARNING,       2024-07-01, 95, EXCELLENT",
            // ... ends on 2 January: in effect on 1 January
            "WARNING,       2024-07-02, 95, QUALIFIED",
            "DEMERIT,       2024-01-01, 95, EXCELLENT",
            "DEMERIT,       2024-01-02, 95, UNQUALIFIED",
            "MAJOR_DEMERIT, 2023-07-01, 95, EXCELLENT",
            "MAJOR_DEMERIT, 2023-07-02, 95, UNQUALIFIED",
            "DEMOTION,      2023-01-01, 95, EXCELLENT",
            "DEMOTION,      2023-01-02, 95, UNQUALIFIED",
            "REMOVAL,       2023-01-01, 95, EXCELLENT",
            "REMOVAL,       2023-01-02, 95, UNQUALIFIED",
            // decided on the last day of the year: in effect that day; on the first day of the next: not this year's
            "WARNING,       2025-12-31, 95, QUALIFIED",
            "WARNING,       2026-01-01, 95, EXCELLENT",
            "DEMERIT,       2025-12-31, 95, UNQUALIFIED",
            "DEMERIT,       2026-01-01, 95, EXCELLENT"})
    void anActionCountsWhenItsPeriodTouchesTheYear(String type, String decidedOn, double score, String rating) {
        assertThat(ratingWith(type, decidedOn, score)).isEqualTo(rating);
    }

    @Test
    void theEffectTableGivesEachTypeItsPeriod() {
        for (String[] row : new String[][] {{"WARNING", "6", "NO_EXCELLENT"}, {"DEMERIT", "12", "UNQUALIFIED"},
                {"MAJOR_DEMERIT", "18", "UNQUALIFIED"}, {"DEMOTION", "24", "UNQUALIFIED"},
                {"REMOVAL", "24", "UNQUALIFIED"}}) {
            var result = decisionService.evaluateDecisionByKey("disciplinaryActionEffect")
                    .variables(Variables.createVariables().putValue(DISCIPLINARY_ACTION_TYPE, row[0])).evaluate()
                    .getSingleResult();
            assertThat(result.<Integer>getEntry("monthsOfEffect")).as(row[0]).isEqualTo(Integer.valueOf(row[1]));
            assertThat(result.<String>getEntry("ratingEffect")).as(row[0]).isEqualTo(row[2]);
        }
        // Every type the registry knows has its row.
        for (cn.communityworkers.workforce.DisciplinaryActionType type
                : cn.communityworkers.workforce.DisciplinaryActionType.values()) {
            assertThat(decisionService.evaluateDecisionByKey("disciplinaryActionEffect")
                    .variables(Variables.createVariables().putValue(DISCIPLINARY_ACTION_TYPE, type.name())).evaluate())
                    .as(type.name()).hasSize(1);
        }
    }

    @Test
    void probationIsNotRatedEvenUnderDisciplinaryAction() {
        assertThat(rate(100.0, 100.0, 100.0, true, true).getSingleResult().<String>getEntry(RATING))
                .isEqualTo("NOT_RATED");
        assertThat(rate(30.0, 30.0, 30.0, false, true).getSingleResult().<String>getEntry(RATING))
                .isEqualTo("NOT_RATED");
    }

    @Test
    void aProbationerNeedsNoScores() {
        DmnDecisionResult result = rate(null, null, null, false, true);

        assertThat(result.getSingleResult().<String>getEntry(RATING)).isEqualTo("NOT_RATED");
        assertThat(result.getSingleResult().<Double>getEntry(TOTAL_SCORE)).isNull();
    }

    @Test
    void withoutScoresARegularWorkerIsNotRatedByTheTable() {
        assertThat(rate(90.0, null, 90.0, false, false)).isEmpty();
    }

    @Test
    void withoutAnyDisciplinaryVariableTheBandsApply() {
        DmnDecisionResult result = decisionService.evaluateDecisionByKey(ASSESSMENT_RATING)
                .variables(Variables.createVariables().putValue(POLITICAL_SCORE, 95.0).putValue(PERFORMANCE_SCORE, 95.0)
                        .putValue(SATISFACTION_SCORE, 95.0).putValue(YEAR, 2025).putValue(IN_PROBATION, false))
                .evaluate();

        assertThat(result.getSingleResult().<String>getEntry(RATING)).isEqualTo("EXCELLENT");
    }

    @Test
    void integerScoresAreAcceptedToo() {
        DmnDecisionResult result = decisionService.evaluateDecisionByKey(ASSESSMENT_RATING)
                .variables(Variables.createVariables().putValue(POLITICAL_SCORE, 80).putValue(PERFORMANCE_SCORE, 75)
                        .putValue(SATISFACTION_SCORE, 90).putValue(DISCIPLINARY_ACTION_TYPE, null)
                        .putValue(DISCIPLINARY_ACTION_DECIDED_ON, null).putValue(YEAR, 2025)
                        .putValue(IN_PROBATION, false))
                .evaluate();

        assertThat(result.getSingleResult().<String>getEntry(RATING)).isEqualTo("QUALIFIED");
        assertThat(result.getSingleResult().<Double>getEntry(TOTAL_SCORE)).isEqualTo(81.0);
    }
}
