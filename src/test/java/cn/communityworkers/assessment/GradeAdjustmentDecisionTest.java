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

/**
 * {@code grade-adjustment.dmn} as deployed: every row, each on both sides of what separates it from its neighbours
 * (contract ending within the year or not, elected or recruited, the previous year's rating).
 */
@ProcessTest
class GradeAdjustmentDecisionTest {

    @Autowired DecisionService decisionService;

    DmnDecisionResultEntries adjust(String rating, String previous, boolean contractEnds, boolean elected) {
        return decisionService.evaluateDecisionByKey(GRADE_ADJUSTMENT)
                .variables(Variables.createVariables()
                        .putValue(RATING, rating)
                        .putValue(PREVIOUS_RATING, previous)
                        .putValue(CONTRACT_ENDS_WITHIN_YEAR, contractEnds)
                        .putValue(ELECTED, elected))
                .evaluate()
                .getSingleResult();
    }

    /** An empty previous rating stands for none (first year, or not recorded). */
    @ParameterizedTest(name = "{0} after {1}, contract ends: {2}, elected: {3} -> {4} {5}")
    @CsvSource({
            "EXCELLENT,           EXCELLENT,           true,  false, RENEW,           COMMENDATION",
            "EXCELLENT,           ,                    false, true,  NONE,            COMMENDATION",
            "QUALIFIED,           UNQUALIFIED,         true,  true,  RENEW,           ",
            "QUALIFIED,           UNQUALIFIED,         false, false, NONE,            ",
            // two years basically qualified (or after an unqualified year) count as unqualified
            "BASICALLY_QUALIFIED, BASICALLY_QUALIFIED, true,  false, IMPROVE,         ",
            "BASICALLY_QUALIFIED, UNQUALIFIED,         false, false, IMPROVE,         ",
            "BASICALLY_QUALIFIED, BASICALLY_QUALIFIED, false, true,  RECALL_PROPOSAL, ADMONISHMENT_TALK",
            "BASICALLY_QUALIFIED, UNQUALIFIED,         true,  true,  RECALL_PROPOSAL, ADMONISHMENT_TALK",
            // once basically qualified: a talk, the contract as usual
            "BASICALLY_QUALIFIED, QUALIFIED,           true,  false, RENEW,           ADMONISHMENT_TALK",
            "BASICALLY_QUALIFIED, QUALIFIED,           false, true,  NONE,            ADMONISHMENT_TALK",
            "BASICALLY_QUALIFIED, NOT_RATED,           false, false, NONE,            ADMONISHMENT_TALK",
            "BASICALLY_QUALIFIED, ,                    true,  true,  RENEW,           ADMONISHMENT_TALK",
            // unqualified: recruited staff are trained or moved first, elected members never dismissed
            "UNQUALIFIED,         EXCELLENT,           true,  false, IMPROVE,         ",
            "UNQUALIFIED,         ,                    false, false, IMPROVE,         ",
            "UNQUALIFIED,         UNQUALIFIED,         false, false, IMPROVE,         ",
            "UNQUALIFIED,         EXCELLENT,           true,  true,  RECALL_PROPOSAL, ADMONISHMENT_TALK",
            "UNQUALIFIED,         ,                    false, true,  RECALL_PROPOSAL, ADMONISHMENT_TALK",
            "NOT_RATED,           ,                    true,  false, NONE,            ",
            "NOT_RATED,           ,                    false, true,  NONE,            "})
    void rows(String rating, String previous, boolean contractEnds, boolean elected, String contractAction,
            String measure) {
        DmnDecisionResultEntries result = adjust(rating, previous, contractEnds, elected);

        assertThat(result.getEntryMap()).doesNotContainKey("gradeChange");
        assertThat(result.<String>getEntry(CONTRACT_ACTION)).isEqualTo(contractAction);
        assertThat(result.getEntryMap()).containsKey(MEASURE); // present, null when there is none
        assertThat(result.<String>getEntry(MEASURE)).isEqualTo(measure);
        assertThat(result.<String>getEntry(GROUND)).matches(".*(《意见》第[一十]+条|《劳动合同法》第四十条第二项).*");
    }

    @Test
    void theGroundNamesTheLawOfEachPath() {
        assertThat(adjust("UNQUALIFIED", null, false, false).<String>getEntry(GROUND))
                .contains("《劳动合同法》第四十条第二项").contains("培训或者调整工作岗位").doesNotContain("终止劳动合同");
        assertThat(adjust("BASICALLY_QUALIFIED", "BASICALLY_QUALIFIED", false, false).<String>getEntry(GROUND))
                .contains("按不合格处理").contains("《劳动合同法》第四十条第二项");
        assertThat(adjust("UNQUALIFIED", null, true, true).<String>getEntry(GROUND))
                .contains("诫勉谈话").contains("罢免").contains("《城市居民委员会组织法》第十条")
                .contains("不以劳动合同解除其职务");
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
