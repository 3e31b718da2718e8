package cn.communityworkers.statistics;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

/**
 * The age bands of the statistics from their upper bounds ({@code statistics.age-bands}): 30, 35 give the columns
 * "30岁及以下" (key {@code 0-30}), "31至35岁" ({@code 31-35}) and "36岁及以上" ({@code 36-}).
 */
final class AgeBands {

    private final List<Integer> upperBounds;
    private final List<Statistics.Column> columns;

    AgeBands(List<Integer> upperBounds) {
        this.upperBounds = List.copyOf(upperBounds);
        List<Statistics.Column> bands = new ArrayList<>();
        int from = 0;
        for (int upper : upperBounds) {
            bands.add(new Statistics.Column(from + "-" + upper,
                    from == 0 ? upper + "岁及以下" : from + "至" + upper + "岁", true));
            from = upper + 1;
        }
        bands.add(new Statistics.Column(from + "-", from + "岁及以上", true));
        this.columns = List.copyOf(bands);
    }

    List<Statistics.Column> columns() {
        return columns;
    }

    /** The column of someone born on {@code birthDate}, by their age (whole years) on {@code date}. */
    Statistics.Column of(LocalDate birthDate, LocalDate date) {
        int age = Period.between(birthDate, date).getYears();
        for (int i = 0; i < upperBounds.size(); i++) {
            if (age <= upperBounds.get(i)) {
                return columns.get(i);
            }
        }
        return columns.get(columns.size() - 1);
    }
}
