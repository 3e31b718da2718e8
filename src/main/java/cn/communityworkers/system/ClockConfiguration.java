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

    /**
     * Bean Validation's "past or present" and "future" use the same clock: otherwise, between 00:00 and 08:00 China
     * time on a server in UTC, today's date (e.g. the first day of a new hire) would count as being in the future.
     */
    @Bean
    ValidationConfigurationCustomizer validationClock(Clock clock) {
        return configuration -> configuration.clockProvider(() -> clock);
    }
}
