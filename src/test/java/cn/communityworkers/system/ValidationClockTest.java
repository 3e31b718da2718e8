package cn.communityworkers.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.communityworkers.support.ProcessTest;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.PastOrPresent;

@ProcessTest
class ValidationClockTest {

    @Autowired
    ValidatorFactory validation;

    record Hire(@PastOrPresent LocalDate since) {
    }

    @Test
    void datesAreValidatedOnChinaTime() {
        assertThat(validation.getClockProvider().getClock().getZone()).isEqualTo(ClockConfiguration.CHINA);
        // Beijing's today, at any hour UTC, is not "in the future".
        LocalDate chinaToday = LocalDate.now(Clock.system(ClockConfiguration.CHINA));
        assertThat(validation.getValidator().validate(new Hire(chinaToday))).isEmpty();
        assertThat(validation.getValidator().validate(new Hire(chinaToday.plusDays(1)))).hasSize(1);
    }
}
