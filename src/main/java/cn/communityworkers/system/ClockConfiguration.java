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
     * Bean Validation ({@code @Past}, {@code @PastOrPresent}) judges dates by the same clock, not by the server's
     * time zone: otherwise, between midnight in China and midnight on a UTC server, today's date in China is
     * "in the future".
     */
    @Bean
    ValidationConfigurationCustomizer validationClock(Clock clock) {
        return configuration -> configuration.clockProvider(() -> clock);
    }
}
