package cn.communityworkers.assessment;

import static cn.communityworkers.assessment.AssessmentDecisions.*;
import static org.assertj.core.api.Assertions.assertThat;

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

    DmnDecisionResult rate(Double political, Double performance, Double satisfaction, boolean disciplined,
            boolean probation) {
        VariableMap variables = Variables.createVariables()
                .putValue(POLITICAL_SCORE, political)
                .putValue(PERFORMANCE_SCORE, performance)
                .putValue(SATISFACTION_SCORE, satisfaction)
                .putValue(UNDER_DISCIPLINARY_ACTION, disciplined)
                .putValue(IN_PROBATION, probation);
        return decisionService.evaluateDecisionByKey(ASSESSMENT_RATING).variables(variables).evaluate();
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
    void disciplinaryActionIsUnqualifiedWhateverTheScores() {
        DmnDecisionResult result = rate(100.0, 100.0, 100.0, true, false);

        assertThat(result.getSingleResult().<String>getEntry(RATING)).isEqualTo("UNQUALIFIED");
        assertThat(result.getSingleResult().<Double>getEntry(TOTAL_SCORE)).isEqualTo(100.0);
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
    void integerScoresAreAcceptedToo() {
        DmnDecisionResult result = decisionService.evaluateDecisionByKey(ASSESSMENT_RATING)
                .variables(Variables.createVariables().putValue(POLITICAL_SCORE, 80).putValue(PERFORMANCE_SCORE, 75)
                        .putValue(SATISFACTION_SCORE, 90).putValue(UNDER_DISCIPLINARY_ACTION, false)
                        .putValue(IN_PROBATION, false))
                .evaluate();

        assertThat(result.getSingleResult().<String>getEntry(RATING)).isEqualTo("QUALIFIED");
        assertThat(result.getSingleResult().<Double>getEntry(TOTAL_SCORE)).isEqualTo(81.0);
    }
}
