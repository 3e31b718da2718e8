package cn.communityworkers.workforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Period;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.context.ConfigurationPropertiesAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** The local probation terms within the Labour Contract Law (Art. 19, 20), refused at start-up beyond it. */
class LabourContractPropertiesTest {

    @Configuration
    @EnableConfigurationProperties(LabourContractProperties.class)
    static class Terms {
    }

    final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ConfigurationPropertiesAutoConfiguration.class))
            .withUserConfiguration(Terms.class)
            .withPropertyValues("labour-contract.probation-months-one-to-three-years=2",
                    "labour-contract.probation-months-three-years-or-more=6", "labour-contract.probation-pay-percent=80");

    @Test
    void probationPayBelowEightyPercentStopsTheStart() {
        context.withPropertyValues("labour-contract.probation-pay-percent=79").run(started -> {
            assertThat(started).hasFailed();
            assertThat(started.getStartupFailure()).rootCause()
                    .hasMessageContaining("labour-contract.probation-pay-percent = 79").hasMessageContaining("第二十条");
        });
        context.run(started -> assertThat(started.getBean(LabourContractProperties.class).probationPayPercent())
                .isEqualTo(80));
    }

    @Test
    void aProbationAboveTheLegalMaximumForItsTermStopsTheStart() {
        context.withPropertyValues("labour-contract.probation-months-one-to-three-years=3").run(started ->
                assertThat(started.getStartupFailure()).rootCause()
                        .hasMessageContaining("labour-contract.probation-months-one-to-three-years = 3")
                        .hasMessageContaining("第十九条"));
        context.withPropertyValues("labour-contract.probation-months-three-years-or-more=7").run(started ->
                assertThat(started.getStartupFailure()).rootCause()
                        .hasMessageContaining("labour-contract.probation-months-three-years-or-more = 7"));
        context.withPropertyValues("labour-contract.probation-months-three-years-or-more=0").run(started ->
                assertThat(started).hasFailed());
    }

    @Test
    void theLocalLengthIsTakenForTheContractsTerm() {
        LabourContractProperties local = new LabourContractProperties(1, 4, 90);
        LocalDate start = LocalDate.of(2026, 3, 1);

        assertThat(local.probationFor(start, start.plusYears(3).minusDays(2))).as("3 years less a day").isEqualTo(Period.ofMonths(1));
        assertThat(local.probationFor(start, start.plusYears(3).minusDays(1))).as("3 years").isEqualTo(Period.ofMonths(4));
        assertThat(local.probationFor(start, start.plusYears(1).minusDays(1))).as("1 year").isEqualTo(Period.ofMonths(1));
        assertThat(local.probationFor(start, null)).as("open-ended").isEqualTo(Period.ofMonths(4));
        assertThatThrownBy(() -> local.probationFor(start, start.plusYears(1).minusDays(2)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theLegalMaximaByTerm() {
        LocalDate start = LocalDate.of(2026, 1, 1);

        assertThat(LabourContractLaw.maxProbationMonths(start, start.plusMonths(3).minusDays(2))).isZero();
        assertThat(LabourContractLaw.maxProbationMonths(start, start.plusMonths(3).minusDays(1))).isEqualTo(1);
        assertThat(LabourContractLaw.maxProbationMonths(start, start.plusYears(1).minusDays(2))).isEqualTo(1);
        assertThat(LabourContractLaw.maxProbationMonths(start, start.plusYears(1).minusDays(1))).isEqualTo(2);
        assertThat(LabourContractLaw.maxProbationMonths(start, start.plusYears(3).minusDays(2))).isEqualTo(2);
        assertThat(LabourContractLaw.maxProbationMonths(start, start.plusYears(3).minusDays(1))).isEqualTo(6);
        assertThat(LabourContractLaw.maxProbationMonths(start, null)).isEqualTo(6);
    }
}
