package cn.communityworkers.workforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** Labour Contract Law Art. 47, at each of its boundaries. */
class SeveranceTest {

    static final BigDecimal AVERAGE = new BigDecimal("9000");
    static final LocalDate SINCE = LocalDate.of(2015, 1, 1);

    Severance severance(LocalDate end, String wage) {
        return Severance.of(SINCE, end, new BigDecimal(wage), AVERAGE);
    }

    @Test
    void aRemainderOfLessThanSixMonthsCountsAsHalfAMonth() {
        Severance fiveMonthsTwentyNineDays = severance(LocalDate.of(2020, 6, 30), "6000");
        assertThat(fiveMonthsTwentyNineDays.serviceYears()).isEqualTo(5);
        assertThat(fiveMonthsTwentyNineDays.months()).isEqualByComparingTo("5.5");
        assertThat(fiveMonthsTwentyNineDays.amount()).isEqualByComparingTo("33000.00");
    }

    @Test
    void aRemainderOfSixMonthsCountsAsAYear() {
        Severance sixMonths = severance(LocalDate.of(2020, 7, 1), "6000");
        assertThat(sixMonths.months()).isEqualByComparingTo("6");
        assertThat(sixMonths.amount()).isEqualByComparingTo("36000.00");
        assertThat(sixMonths.capped()).isFalse();
    }

    @Test
    void fullYearsWithoutRemainderCountAsTheyAre() {
        assertThat(severance(LocalDate.of(2020, 1, 1), "6000").months()).isEqualByComparingTo("5");
        assertThat(severance(LocalDate.of(2020, 1, 2), "6000").months()).isEqualByComparingTo("5.5");
        assertThat(severance(SINCE, "6000").months()).isEqualByComparingTo("0");
    }

    @Test
    void aWageOfExactlyThreeTimesTheAverageIsPaidInFullForEveryYear() {
        Severance atTheCap = severance(LocalDate.of(2030, 1, 1), "27000");
        assertThat(atTheCap.capped()).isFalse();
        assertThat(atTheCap.months()).isEqualByComparingTo("15");
        assertThat(atTheCap.amount()).isEqualByComparingTo("405000.00");
    }

    @Test
    void aWageAboveThreeTimesTheAverageIsPaidAtThreeTimesForAtMostTwelveYears() {
        Severance aboveTheCap = severance(LocalDate.of(2030, 1, 1), "27000.01");
        assertThat(aboveTheCap.capped()).isTrue();
        assertThat(aboveTheCap.wageBase()).isEqualByComparingTo("27000");
        assertThat(aboveTheCap.months()).isEqualByComparingTo("12");
        assertThat(aboveTheCap.amount()).isEqualByComparingTo("324000.00");

        Severance elevenAndAHalfYears = severance(LocalDate.of(2026, 5, 1), "30000");
        assertThat(elevenAndAHalfYears.months()).isEqualByComparingTo("11.5");
        assertThat(elevenAndAHalfYears.amount()).isEqualByComparingTo("310500.00");
    }

    @Test
    void aContractCannotEndBeforeTheServiceStarted() {
        assertThatThrownBy(() -> severance(LocalDate.of(2014, 12, 31), "6000")).isInstanceOf(IllegalArgumentException.class);
    }
}
