package cn.communityworkers.promotion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

import cn.communityworkers.support.ProcessTest;

/** {@code secretary-promotion-eligibility.dmn} as deployed: every rule at its boundary, each with its reason. */
@ProcessTest
class SecretaryPromotionEligibilityDecisionTest {

    @Autowired DecisionService decisionService;

    /** rule → "passed: reason" for the given inputs. */
    Map<String, String> evaluate(int continuousYears, int completedTerms, int excellentYears, int belowQualifiedYears,
            boolean disciplined) {
        DmnDecisionResult result = decisionService.evaluateDecisionByKey(PromotionProcess.ELIGIBILITY_DECISION)
                .variables(Variables.createVariables()
                        .putValue(PrepareEligibilityInputs.CONTINUOUS_YEARS, continuousYears)
                        .putValue(PrepareEligibilityInputs.COMPLETED_TERMS, completedTerms)
                        .putValue(PrepareEligibilityInputs.EXCELLENT_YEARS, excellentYears)
                        .putValue(PrepareEligibilityInputs.BELOW_QUALIFIED_YEARS, belowQualifiedYears)
                        .putValue(PrepareEligibilityInputs.UNDER_DISCIPLINARY_ACTION, disciplined))
                .evaluate();
        Map<String, String> rules = new LinkedHashMap<>();
        result.getResultList().forEach(r -> rules.put((String) r.get("rule"), r.get("passed") + ": " + r.get("reason")));
        return rules;
    }

    @Test
    void everyRulePassedGivesFiveReasonsInOrder() {
        assertThat(evaluate(10, 1, 2, 0, false)).containsExactly(
                Map.entry("CONTINUOUS_COMMUNITY_WORK", "true: 连续从事社区工作10年,满10年"),
                Map.entry("COMPLETED_SECRETARY_TERM", "true: 任满1届社区党组织书记"),
                Map.entry("EXCELLENT_RATINGS", "true: 近5年考核优秀2次,不少于2次"),
                Map.entry("NO_RATING_BELOW_QUALIFIED", "true: 近5年考核均为合格以上"),
                Map.entry("NO_DISCIPLINARY_ACTION", "true: 未受处分"));
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
        assertThat(rules).hasSize(5).containsEntry(rule, outcome);
        assertThat(rules.values().stream().filter(v -> v.startsWith("false"))).hasSize(1);
    }
}
