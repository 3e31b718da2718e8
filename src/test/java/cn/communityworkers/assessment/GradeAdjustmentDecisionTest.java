package cn.communityworkers.assessment;

import static cn.communityworkers.assessment.AssessmentDecisions.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

import cn.communityworkers.support.ProcessTest;

/** {@code grade-adjustment.dmn} as deployed: every row, with and without a contract ending within the year. */
@ProcessTest
class GradeAdjustmentDecisionTest {

    @Autowired DecisionService decisionService;

    DmnDecisionResultEntries adjust(String rating, String previous, String twoYearsAgo, boolean contractEnds) {
        return decisionService.evaluateDecisionByKey(GRADE_ADJUSTMENT)
                .variables(Variables.createVariables()
                        .putValue(RATING, rating)
                        .putValue(PREVIOUS_RATING, previous)
                        .putValue(RATING_TWO_YEARS_AGO, twoYearsAgo)
                        .putValue(CONTRACT_ENDS_WITHIN_YEAR, contractEnds))
                .evaluate()
                .getSingleResult();
    }

    /** An empty previous rating stands for none (first year, or not recorded). */
    @ParameterizedTest(name = "{0} after {1}, {2}, contract ends: {3} -> {4} {5} {6}")
    @CsvSource({
            "EXCELLENT,           EXCELLENT,           EXCELLENT, true,  2, RENEW, COMMENDATION",
            "EXCELLENT,           EXCELLENT,           EXCELLENT, false, 2, NONE,  COMMENDATION",
            "EXCELLENT,           EXCELLENT,           QUALIFIED, true,  1, RENEW, COMMENDATION",
            "EXCELLENT,           EXCELLENT,           ,          false, 1, NONE,  COMMENDATION",
            "EXCELLENT,           QUALIFIED,           EXCELLENT, false, 1, NONE,  COMMENDATION",
            "EXCELLENT,           ,                    ,          true,  1, RENEW, COMMENDATION",
            "EXCELLENT,           ,                    ,          false, 1, NONE,  COMMENDATION",
            "QUALIFIED,           EXCELLENT,           EXCELLENT, true,  1, RENEW, ",
            "QUALIFIED,           UNQUALIFIED,         ,          false, 1, NONE,  ",
            "BASICALLY_QUALIFIED, BASICALLY_QUALIFIED, ,          true,  0, END,   ADMONISHMENT_TALK",
            "BASICALLY_QUALIFIED, BASICALLY_QUALIFIED, EXCELLENT, false, 0, END,   ADMONISHMENT_TALK",
            "BASICALLY_QUALIFIED, UNQUALIFIED,         ,          false, 0, END,   ADMONISHMENT_TALK",
            "BASICALLY_QUALIFIED, QUALIFIED,           ,          true,  0, RENEW, ADMONISHMENT_TALK",
            "BASICALLY_QUALIFIED, QUALIFIED,           ,          false, 0, NONE,  ADMONISHMENT_TALK",
            "BASICALLY_QUALIFIED, NOT_RATED,           ,          false, 0, NONE,  ADMONISHMENT_TALK",
            "BASICALLY_QUALIFIED, ,                    ,          true,  0, RENEW, ADMONISHMENT_TALK",
            "UNQUALIFIED,         EXCELLENT,           EXCELLENT, true,  0, END,   ",
            "UNQUALIFIED,         ,                    ,          false, 0, END,   ",
            "NOT_RATED,           ,                    ,          true,  0, NONE,  ",
            "NOT_RATED,           ,                    ,          false, 0, NONE,  "})
    void rows(String rating, String previous, String twoYearsAgo, boolean contractEnds, int gradeChange,
            String contractAction, String measure) {
        DmnDecisionResultEntries result = adjust(rating, previous, twoYearsAgo, contractEnds);

        assertThat(result.<Integer>getEntry(GRADE_CHANGE)).isEqualTo(gradeChange);
        assertThat(result.<String>getEntry(CONTRACT_ACTION)).isEqualTo(contractAction);
        assertThat(result.getEntryMap()).containsKey(MEASURE); // present, null when there is none
        assertThat(result.<String>getEntry(MEASURE)).isEqualTo(measure);
        assertThat(result.<String>getEntry(GROUND)).isNotBlank();
    }

    @Test
    void theGroundIsASentenceForTheRecord() {
        assertThat(adjust("EXCELLENT", "EXCELLENT", "EXCELLENT", false).<String>getEntry(GROUND))
                .isEqualTo("年度考核优秀且连续三年优秀,岗位等级晋升两级,予以表彰。");
        assertThat(adjust("BASICALLY_QUALIFIED", "BASICALLY_QUALIFIED", null, false).<String>getEntry(GROUND))
                .contains("连续两年基本合格").contains("终止劳动合同");
    }

    @Test
    void aContractEndsWithinAYearWhenItEndsByTheEndOfTheNextYear() {
        assertThat(contractEndsWithinYear(LocalDate.of(2026, 12, 31), 2025)).isTrue();
        assertThat(contractEndsWithinYear(LocalDate.of(2026, 1, 1), 2025)).isTrue();
        assertThat(contractEndsWithinYear(LocalDate.of(2025, 6, 30), 2025)).isTrue();
        assertThat(contractEndsWithinYear(LocalDate.of(2027, 1, 1), 2025)).isFalse();
        assertThat(contractEndsWithinYear(null, 2025)).isFalse();
    }
}
