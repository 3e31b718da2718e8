package cn.communityworkers.statistics;

import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * {@link StatisticsIT} again, its roster and every expected figure, with the statistics reading every row of the
 * registry and keeping the unit's workers ({@code statistics.read-every-row-from=0}), as a city that is most of the
 * deployment does, instead of joining each row to its units: both ways must give the same figures. With one thread
 * for the tables ({@code statistics.parallel-reads=1}), which must not wait for itself.
 */
@Import(StatisticsIT.Moved.class)
@TestPropertySource(properties = {"statistics.read-every-row-from=0", "statistics.parallel-reads=1"})
class StatisticsEveryRowIT extends StatisticsIT {
}
