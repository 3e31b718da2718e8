package cn.communityworkers.training;

import java.time.Duration;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code training.*}: the day of each year (month-day, {@code MM-dd}) from which each county's training check is
 * started (China time), and how often each node looks whether one is due ({@link TrainingCheckSweep}).
 */
@ConfigurationProperties("training")
public record TrainingProperties(String checkDate, Duration checkSweepInterval) {

    private static final DateTimeFormatter MONTH_DAY = DateTimeFormatter.ofPattern("MM-dd");

    public TrainingProperties {
        if (checkDate == null) {
            checkDate = "11-01";
        }
        try {
            MonthDay.parse(checkDate, MONTH_DAY);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("training.check-date must be a month and day MM-dd, not '" + checkDate
                    + "'", e);
        }
        if (checkSweepInterval == null) {
            checkSweepInterval = Duration.ofHours(1);
        }
    }

    /** The day of the check in a year (29 February is 28 February in a common year). */
    public LocalDate checkDay(int year) {
        return MonthDay.parse(checkDate, MONTH_DAY).atYear(year);
    }
}
