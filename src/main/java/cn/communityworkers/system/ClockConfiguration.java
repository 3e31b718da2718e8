package cn.communityworkers.system;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.boot.autoconfigure.validation.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class ClockConfiguration {

    /** Dates of personnel decisions are those of China Standard Time. */
    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @Bean
    Clock clock() {
        return Clock.system(CHINA);
    }

    /** This year in China, the default year of a start form's {@code "defaultFrom": "thisYear"} field. */
    @Bean
    StartDefault thisYear(Clock clock) {
        return StartDefault.of("thisYear", () -> java.time.Year.now(clock).getValue());
    }

    /**
     * {@code @Past} and {@code @PastOrPresent} judge against the same China date: with the JVM's own zone,
     * a worker hired "today" in China would be refused as "in the future" in the evening UTC.
     */
    @Bean
    ValidationConfigurationCustomizer validationClock(Clock clock) {
        return configuration -> configuration.clockProvider(() -> clock);
    }
}
