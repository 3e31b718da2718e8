package cn.communityworkers.system;

import java.time.Clock;
import java.time.ZoneId;

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
}
