package cn.communityworkers.statistics;

import java.time.LocalDate;
import java.util.List;

/**
 * The figures of one unit as of one date (《意见》第16条): the tables the statistics page draws, the workbook writes one
 * sheet each and the CSV writes one file each, in this order and with the same numbers.
 *
 * @param unit           the unit the figures are of
 * @param parent         the unit above it, if the caller may see that one's figures too (else null)
 * @param children       the units below it (a city's counties, a county's streets, a street's communities)
 * @param asOf           the day the figures are for (the end of that day)
 * @param workersVisible whether the caller may see the lists of workers behind the figures
 */
public record Statistics(Unit unit, Unit parent, List<Unit> children, LocalDate asOf, boolean workersVisible,
        List<Table> tables) {

    /** An organisation unit whose figures can be asked for. */
    public record Unit(Level level, String code, String name) {
    }

    /** The levels of the organisation; the path segment of the API is the lower-case name. */
    public enum Level {
        CITY("市"), COUNTY("县(市、区)"), STREET("街道(乡镇)"), COMMUNITY("社区");

        private final String label;

        Level(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * A table: a heading for its rows, its columns, its rows, and a total row where the rows add up.
     *
     * @param key   stable, letters only: the CSV's file name, the drill-down's {@code table}
     * @param note  what the figures count and how, in one or two Chinese sentences (under the table and the sheet)
     * @param chart how the page draws it
     */
    public record Table(String key, String title, String note, String rowHeading, List<Column> columns,
            List<Row> rows, Row total, Chart chart) {
    }

    /**
     * A column. {@code drillable}: each of its figures counts workers, and the list of them can be asked for
     * (a population or an approved total cannot).
     */
    public record Column(String key, String label, boolean drillable) {
    }

    /** A row: one figure per column, in the columns' order; null where a figure does not apply. */
    public record Row(String key, String label, List<Long> values) {
    }

    /** How the page draws a table beside it. */
    public enum Chart {
        /** No chart: the table only. */
        NONE,
        /** The total row's figures as the slices of a pie. */
        PIE,
        /** One bar per row, the columns stacked. */
        STACKED_BAR,
        /** One line per column over the rows (rows are periods). */
        LINE
    }

    /** A worker behind a figure, as the drill-down lists them. */
    public record WorkerLine(String workerId, String name, String communityName, String streetName, String role,
            String status) {
    }
}
