package cn.communityworkers.workforce;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

import cn.communityworkers.support.ProcessTest;

/**
 * {@code processes/workforce/post-grades.dmn} as deployed: each category's range and entry level, the initial grade
 * built on the entry level, and the grade step at its boundaries (2 and 3 passing years, the early step at its limit,
 * the level just below and at each category's top).
 */
@ProcessTest
class PostGradesDecisionTest {

    @Autowired DecisionService decisionService;
    @Autowired GradingRules gradingRules;

    @ParameterizedTest(name = "{0}: {1} levels {2}-{3}, entry {4}")
    @CsvSource({
            "A, 正职,             7, 18, 7",
            "B, 副职,             4, 15, 4",
            "C, 委员及专职工作人员, 1, 12, 1"})
    void eachCategoryHasItsRangeAndEntryLevel(PostCategory category, String name, int lowest, int highest, int entry) {
        assertThat(gradingRules.range(category)).isEqualTo(new GradingRules.GradeRange(name, lowest, highest, entry));
    }

    @ParameterizedTest(name = "{0} {1} {2} {3} years -> {4}")
    @CsvSource({
            "A, HIGH_SCHOOL, NONE,                 2,  7",   // the entry level and nothing more
            "B, HIGH_SCHOOL, NONE,                 2,  4",
            "C, HIGH_SCHOOL, NONE,                 2,  1",
            "C, HIGH_SCHOOL, NONE,                 3,  2",   // three years: one level
            "C, BACHELOR,    SOCIAL_WORKER,        7,  6",
            "A, DOCTOR,      SENIOR_SOCIAL_WORKER, 15, 18",  // every point: each category's top, not beyond
            "B, DOCTOR,      SENIOR_SOCIAL_WORKER, 15, 15",
            "C, DOCTOR,      SENIOR_SOCIAL_WORKER, 15, 12",
            "C, DOCTOR,      SENIOR_SOCIAL_WORKER, 30, 12"})
    void theInitialGradeStartsAtTheCategorysEntryLevelAndStaysWithinItsRange(PostCategory category,
            Education education, Qualification qualification, int years, int level) {
        assertThat(gradingRules.initialGrade(category, education, qualification, years).level()).isEqualTo(level);
    }

    DmnDecisionResultEntries step(String category, int level, String rating, int passingYears, int excellentYears,
            int earlyStepsTaken) {
        return decisionService.evaluateDecisionByKey(GradingRules.GRADE_STEP)
                .variables(Variables.createVariables()
                        .putValue("postCategory", category)
                        .putValue("gradeLevel", level)
                        .putValue("rating", rating)
                        .putValue("passingYears", passingYears)
                        .putValue("excellentYears", excellentYears)
                        .putValue("earlyStepsTaken", earlyStepsTaken))
                .evaluate()
                .getSingleResult();
    }

    @ParameterizedTest(name = "{0} level {1}, {2}, {3} passing years ({4} excellent), {5} early steps -> {6} {7}")
    @CsvSource({
            // three years rated QUALIFIED or better since the last step: one level
            "C, 5,  QUALIFIED,           2, 0, 0, 0, false",
            "C, 5,  QUALIFIED,           3, 0, 0, 1, false",
            "C, 5,  QUALIFIED,           4, 0, 3, 1, false",
            // a year early after an EXCELLENT year: 2 years, at most 3 times
            "C, 5,  EXCELLENT,           1, 1, 0, 0, false",
            "C, 5,  QUALIFIED,           2, 1, 0, 1, true",
            "C, 5,  EXCELLENT,           2, 2, 2, 1, true",
            "C, 5,  EXCELLENT,           2, 1, 3, 0, false",
            "C, 5,  EXCELLENT,           3, 1, 3, 1, false",
            // this year below QUALIFIED: no step
            "C, 5,  BASICALLY_QUALIFIED, 0, 0, 0, 0, false",
            "C, 5,  UNQUALIFIED,         0, 0, 0, 0, false",
            "C, 5,  NOT_RATED,           3, 0, 0, 0, false",
            // each category's top: one below steps, the top does not
            "C, 11, QUALIFIED,           3, 0, 0, 1, false",
            "C, 12, QUALIFIED,           3, 0, 0, 0, false",
            "C, 12, EXCELLENT,           2, 2, 0, 0, false",
            "B, 14, QUALIFIED,           3, 0, 0, 1, false",
            "B, 15, QUALIFIED,           3, 0, 0, 0, false",
            "A, 17, QUALIFIED,           3, 0, 0, 1, false",
            "A, 18, QUALIFIED,           3, 0, 0, 0, false",
            // a level above the top (registered before the ranges) does not step either
            "C, 14, QUALIFIED,           3, 0, 0, 0, false"})
    void gradeStep(String category, int level, String rating, int passingYears, int excellentYears,
            int earlyStepsTaken, int levels, boolean early) {
        DmnDecisionResultEntries result = step(category, level, rating, passingYears, excellentYears, earlyStepsTaken);

        assertThat(result.<Number>getEntry("step").intValue()).isEqualTo(levels);
        assertThat(result.<Boolean>getEntry("early")).isEqualTo(early);
        assertThat(result.<String>getEntry("ground")).isNotBlank();
    }

    @Test
    void theGroundNamesTheRuleAndItsInputs() {
        assertThat(step("C", 5, "QUALIFIED", 3, 0, 0).<String>getEntry("ground"))
                .isEqualTo("连续3年考核合格及以上,晋升一级(第5级→第6级)。");
        assertThat(step("B", 8, "EXCELLENT", 2, 1, 1).<String>getEntry("ground"))
                .isEqualTo("优秀提前晋升:连续2年考核合格及以上,其中优秀1年,提前一年晋升一级(第8级→第9级),第2次提前晋升(至多3次)。");
        assertThat(step("C", 12, "EXCELLENT", 3, 3, 0).<String>getEntry("ground"))
                .isEqualTo("已达委员及专职工作人员岗位最高等级(第12级),岗位等级不再晋升。");
        assertThat(step("C", 5, "EXCELLENT", 2, 1, 3).<String>getEntry("ground"))
                .contains("已提前晋升3次,达到上限3次");
        assertThat(step("C", 5, "QUALIFIED", 2, 0, 0).<String>getEntry("ground"))
                .isEqualTo("连续2年考核合格及以上(其中优秀0年),未满晋升年限,岗位等级不变。");
    }
}
