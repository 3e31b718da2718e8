package cn.communityworkers.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class RemindersTest {

    @Test
    void aTaskIsDueTheConfiguredPeriodAfterNow() {
        Clock clock = Clock.fixed(Instant.parse("2027-03-01T02:00:00Z"), ZoneOffset.UTC);

        assertThat(new Reminders(new WorkflowProperties(Duration.ofDays(2)), clock).due().toInstant())
                .isEqualTo("2027-03-03T02:00:00Z");
        assertThat(new Reminders(new WorkflowProperties(Duration.ofHours(36)), clock).due().toInstant())
                .isEqualTo("2027-03-02T14:00:00Z");
    }
}
