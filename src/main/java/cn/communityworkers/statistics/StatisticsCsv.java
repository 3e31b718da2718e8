package cn.communityworkers.statistics;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import cn.communityworkers.system.Csv;

/**
 * One table of a unit's figures as CSV, UTF-8 with a byte-order mark so that Excel reads it as such: the heading line
 * (the rows' heading and the columns' labels), one line per row, then the total row "合计" if the table has one. The
 * figures are written as plain numbers, one that does not apply as an empty cell; labels are quoted and neutralised
 * as every CSV of the application is (see {@link Csv}).
 */
public final class StatisticsCsv {

    private StatisticsCsv() {
    }

    /** The table as the bytes of a CSV file. */
    public static byte[] write(Statistics.Table table) {
        StringBuilder csv = new StringBuilder(Csv.BYTE_ORDER_MARK);
        List<String> heading = new ArrayList<>();
        heading.add(table.rowHeading());
        table.columns().forEach(column -> heading.add(column.label()));
        Csv.line(csv, heading);
        table.rows().forEach(row -> Csv.line(csv, line(row.label(), row.values())));
        if (table.total() != null) {
            Csv.line(csv, line(StatisticsWorkbook.TOTAL, table.total().values()));
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> line(String label, List<Long> values) {
        List<String> cells = new ArrayList<>(values.size() + 1);
        cells.add(label);
        values.forEach(value -> cells.add(value == null ? "" : value.toString()));
        return cells;
    }
}
