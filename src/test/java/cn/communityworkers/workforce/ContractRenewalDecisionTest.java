package cn.communityworkers.workforce;

import static cn.communityworkers.workforce.ContractRenewals.*;
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

/** {@code contract-renewal.dmn} as deployed (《劳动合同法》第十四条), at both thresholds, and the years it is given. */
@ProcessTest
class ContractRenewalDecisionTest {

    @Autowired DecisionService decisionService;

    DmnDecisionResultEntries decide(int serviceYears, int consecutiveFixedTerms) {
        return decisionService.evaluateDecisionByKey(CONTRACT_RENEWAL)
                .variables(Variables.createVariables()
                        .putValue(SERVICE_YEARS, serviceYears)
                        .putValue(CONSECUTIVE_FIXED_TERMS, consecutiveFixedTerms))
                .evaluate()
                .getSingleResult();
    }

    @ParameterizedTest(name = "{0} years, {1} fixed terms -> open-ended required: {2}, {3}")
    @CsvSource({
            "9,  1, false, 第十四条第一款、第二款",
            "10, 1, true,  第十四条第二款第(一)项",
            "9,  2, true,  第十四条第二款第(三)项",
            "10, 2, true,  第十四条第二款第(一)项",
            "0,  0, false, 第十四条第一款、第二款",
            "25, 0, true,  第十四条第二款第(一)项",
    })
    void anOpenEndedContractFromTenYearsOrTwoFixedTerms(int years, int fixedTerms, boolean required, String article) {
        DmnDecisionResultEntries result = decide(years, fixedTerms);

        assertThat(result.<Boolean>getEntry(OPEN_ENDED_REQUIRED)).isEqualTo(required);
        assertThat(result.<String>getEntry(RENEWAL_GROUND)).contains("《劳动合同法》" + article);
    }

    /** The years are counted to the day the renewed contract starts, the day after the current one ends. */
    @Test
    void serviceYearsAreCountedToTheStartOfTheRenewedContract() {
        LocalDate since = LocalDate.of(2016, 7, 1);

        assertThat(ContractRenewals.serviceYears(since, LocalDate.of(2026, 6, 29))).as("9 years 364 days").isEqualTo(9);
        assertThat(ContractRenewals.serviceYears(since, LocalDate.of(2026, 6, 30))).as("10 years").isEqualTo(10);
        assertThat(decide(ContractRenewals.serviceYears(since, LocalDate.of(2026, 6, 29)), 1)
                .<Boolean>getEntry(OPEN_ENDED_REQUIRED)).isFalse();
        assertThat(decide(ContractRenewals.serviceYears(since, LocalDate.of(2026, 6, 30)), 1)
                .<Boolean>getEntry(OPEN_ENDED_REQUIRED)).isTrue();
    }
}
