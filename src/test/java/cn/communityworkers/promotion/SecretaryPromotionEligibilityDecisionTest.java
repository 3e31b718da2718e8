package cn.communityworkers.promotion;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.util.ReflectionTestUtils;

import cn.communityworkers.support.ProcessTest;
import cn.communityworkers.workforce.Worker;

/** {@code secretary-promotion-eligibility.dmn} as deployed: every rule at its boundary, each with its reason. */
@ProcessTest
class SecretaryPromotionEligibilityDecisionTest {

    @Autowired DecisionService decisionService;

    /** rule → "passed: reason" for the given inputs. */
    Map<String, String> evaluate(int continuousYears, int completedTerms, int excellentYears, int belowQualifiedYears,
            boolean disciplined) {
        return evaluate(continuousYears, completedTerms, excellentYears, belowQualifiedYears, disciplined, 45, 15, false);
    }

    Map<String, String> evaluate(int continuousYears, int completedTerms, int excellentYears, int belowQualifiedYears,
            boolean disciplined, int age, int yearsToRetirement, boolean investigated) {
        DmnDecisionResult result = decisionService.evaluateDecisionByKey(PromotionProcess.ELIGIBILITY_DECISION)
                .variables(Variables.createVariables()
                        .putValue(PromotionProcess.CONTINUOUS_YEARS.name(), continuousYears)
                        .putValue(PromotionProcess.COMPLETED_TERMS.name(), completedTerms)
                        .putValue(PromotionProcess.EXCELLENT_YEARS.name(), excellentYears)
                        .putValue(PromotionProcess.BELOW_QUALIFIED_YEARS.name(), belowQualifiedYears)
                        .putValue(PromotionProcess.UNDER_DISCIPLINARY_ACTION.name(), disciplined)
                        .putValue(PromotionProcess.AGE.name(), age)
                        .putValue(PromotionProcess.YEARS_TO_RETIREMENT.name(), yearsToRetirement)
                        .putValue(PromotionProcess.UNDER_INVESTIGATION.name(), investigated))
                .evaluate();
        Map<String, String> rules = new LinkedHashMap<>();
        result.getResultList().forEach(r -> rules.put((String) r.get("rule"), r.get("passed") + ": " + r.get("reason")));
        return rules;
    }

    @Test
    void everyRulePassedGivesEightReasonsInOrder() {
        assertThat(evaluate(10, 1, 2, 0, false, 50, 10, false)).containsExactly(
                Map.entry("CONTINUOUS_COMMUNITY_WORK", "true: 连续从事社区工作10年,满10年"),
                Map.entry("COMPLETED_SECRETARY_TERM", "true: 任满1届社区党组织书记"),
                Map.entry("EXCELLENT_RATINGS", "true: 近5年考核优秀2次,不少于2次"),
                Map.entry("NO_RATING_BELOW_QUALIFIED", "true: 近5年考核均为合格以上"),
                Map.entry("NO_DISCIPLINARY_ACTION", "true: 未受处分"),
                Map.entry("AGE_LIMIT", "true: 年龄50周岁(截至当年1月1日),不超过50周岁"),
                Map.entry("YEARS_TO_RETIREMENT", "true: 距退休年龄还有10年,不少于5年"),
                Map.entry("NOT_UNDER_INVESTIGATION", "true: 未在立案审查调查中"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "9 years              | 9 | 1 | 2 | 0 | false | CONTINUOUS_COMMUNITY_WORK | false: 连续从事社区工作9年,不满10年(另计的外地社区工作年限不计入)",
            "no completed term    | 25| 0 | 5 | 0 | false | COMPLETED_SECRETARY_TERM  | false: 尚未任满一届社区党组织书记",
            "one EXCELLENT        | 25| 3 | 1 | 0 | false | EXCELLENT_RATINGS         | false: 近5年考核优秀1次,不足2次",
            "one year below       | 25| 3 | 4 | 1 | false | NO_RATING_BELOW_QUALIFIED | false: 近5年有1个年度考核为基本合格或不合格",
            "disciplinary action  | 25| 3 | 5 | 0 | true  | NO_DISCIPLINARY_ACTION    | false: 正在受处分期间"})
    void eachRuleFailsOnItsOwn(String name, int years, int terms, int excellent, int below, boolean disciplined,
            String rule, String outcome) {
        Map<String, String> rules = evaluate(years, terms, excellent, below, disciplined);
        assertThat(rules).hasSize(8).containsEntry(rule, outcome);
        assertThat(rules.values().stream().filter(v -> v.startsWith("false"))).hasSize(1);
    }

    /** Age as of 1 January of the promotion year, retirement age 60 by default: each limit at its boundary. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "age 50               | 50 | 10 | false | AGE_LIMIT               | true: 年龄50周岁(截至当年1月1日),不超过50周岁",
            "age 51               | 51 | 9  | false | AGE_LIMIT               | false: 年龄51周岁(截至当年1月1日),超过50周岁",
            "5 years to retire    | 45 | 5  | false | YEARS_TO_RETIREMENT     | true: 距退休年龄还有5年,不少于5年",
            "4 years to retire    | 45 | 4  | false | YEARS_TO_RETIREMENT     | false: 距退休年龄还有4年,不足5年",
            "under investigation  | 45 | 15 | true  | NOT_UNDER_INVESTIGATION | false: 正在接受立案审查调查,暂不列入择优聘用人选"})
    void ageServiceLeftAndInvestigation(String name, int age, int yearsToRetirement, boolean investigated, String rule,
            String outcome) {
        Map<String, String> rules = evaluate(25, 3, 5, 0, false, age, yearsToRetirement, investigated);
        assertThat(rules).hasSize(8).containsEntry(rule, outcome);
        assertThat(rules.values().stream().filter(v -> v.startsWith("false"))).hasSize(outcome.startsWith("false") ? 1 : 0);
    }

    /** The inputs as the process prepares them: the day before and the day of the 51st birthday on 1 January. */
    @Test
    void theAgeIsCountedInWholeYearsOnTheFirstOfJanuary() {
        int year = 2026;
        PromotionService.EligibilityInputs dayBefore = inputsOf(LocalDate.of(1975, 1, 2), year);
        PromotionService.EligibilityInputs birthday = inputsOf(LocalDate.of(1975, 1, 1), year);

        assertThat(dayBefore.age()).isEqualTo(50);
        assertThat(dayBefore.yearsToRetirement()).isEqualTo(10);
        assertThat(birthday.age()).isEqualTo(51);
        assertThat(evaluate(25, 3, 5, 0, false, birthday.age(), birthday.yearsToRetirement(), false))
                .containsEntry("AGE_LIMIT", "false: 年龄51周岁(截至当年1月1日),超过50周岁");
    }

    PromotionService.EligibilityInputs inputsOf(LocalDate birthDate, int year) {
        Worker worker = new Worker("W1");
        ReflectionTestUtils.setField(worker, "birthDate", birthDate);
        ReflectionTestUtils.setField(worker, "communityWorkSince", LocalDate.of(2010, 1, 1));
        return PromotionService.inputs(worker, LocalDate.of(2010, 1, 1), Map.of(), List.of(), 60, year,
                LocalDate.of(year, 3, 1));
    }
}
