package cn.communityworkers.statistics;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The workforce statistics (《意见》第16条): the units the caller may open, a unit's tables as of a date
 * ({@code date=yyyy-MM-dd}, default today), and the workers behind a figure. Levels in paths are lower case:
 * {@code city}, {@code county}, {@code street}.
 */
@RestController
@RequestMapping("/api/statistics")
class StatisticsController {

    private final StatisticsService statistics;

    StatisticsController(StatisticsService statistics) {
        this.statistics = statistics;
    }

    @GetMapping("/units")
    List<Statistics.Unit> units() {
        return statistics.units();
    }

    @GetMapping("/{level}/{code}")
    Statistics statistics(@PathVariable String level, @PathVariable String code,
            @RequestParam(required = false) String date) {
        return statistics.statistics(level, code, date);
    }

    @GetMapping("/{level}/{code}/workers")
    List<Statistics.WorkerLine> workers(@PathVariable String level, @PathVariable String code,
            @RequestParam(required = false) String date, @RequestParam(required = false) String table,
            @RequestParam(required = false) String row, @RequestParam(required = false) String column) {
        return statistics.workers(level, code, date, table, row, column);
    }
}
