package cn.communityworkers.statistics;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code statistics.*}: the local figures of the statistics (《意见》第16条).
 *
 * @param ageBands        the upper bounds (inclusive, in years, ascending) of the age bands but the last: 30, 35 give
 *                        "30岁及以下", "31至35岁", "36岁及以上"
 * @param movementYears   how many calendar years the table of movements shows, up to the date's year
 * @param assessmentYears how many assessment years the table of assessment results shows, up to the year before the
 *                        date's
 * @param readEveryRowFrom from what share of the registry's counties on a unit's reads take every row and keep the
 *                        unit's workers, instead of joining each row to its units (0: always; 1: only for every county)
 * @param parallelReads   how many threads count a unit's tables side by side (each reads on a connection of its own)
 */
@ConfigurationProperties("statistics")
public record StatisticsProperties(List<Integer> ageBands, int movementYears, int assessmentYears,
        double readEveryRowFrom, int parallelReads) {

    public StatisticsProperties {
        if (ageBands == null || ageBands.isEmpty()) {
            throw new IllegalArgumentException("statistics.age-bands must name at least one upper bound");
        }
        for (int i = 1; i < ageBands.size(); i++) {
            if (ageBands.get(i) <= ageBands.get(i - 1)) {
                throw new IllegalArgumentException("statistics.age-bands must ascend: " + ageBands);
            }
        }
        if (movementYears < 1 || assessmentYears < 1) {
            throw new IllegalArgumentException("statistics.movement-years and statistics.assessment-years must be at "
                    + "least 1");
        }
        if (readEveryRowFrom < 0 || readEveryRowFrom > 1) {
            throw new IllegalArgumentException("statistics.read-every-row-from must be a share from 0 to 1: "
                    + readEveryRowFrom);
        }
        if (parallelReads < 1) {
            throw new IllegalArgumentException("statistics.parallel-reads must be at least 1: " + parallelReads);
        }
        ageBands = List.copyOf(ageBands);
    }
}
