package cn.communityworkers.statistics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * One table before it is written out: its headings, its columns, the figures that are given (a population, an approved
 * total), the counts of its cells by row key (one per column), and the facts behind the counts (each a worker in a row
 * and a column), produced again, some of them read from the database as a stream, when a drill-down asks for them
 * rather than kept.
 */
record Tally(String key, String title, String note, String rowHeading, List<Statistics.Column> columns,
        List<Heading> rows, boolean total, Statistics.Chart chart, Map<String, long[]> counts,
        Supplier<Stream<Fact>> facts, Map<String, Map<String, Long>> given) {

    /** The key and label of a row. */
    record Heading(String key, String label) {
    }

    /** A worker counted in a cell, in the community where they were counted. */
    record Fact(String row, String column, String workerId, String communityCode) {
    }

    /** The key of the total row in the drill-down. */
    static final String TOTAL = "total";

    /** A table that counts its facts: they are produced once for the counts and again for a drill-down. */
    static Tally counting(String key, String title, String note, String rowHeading, List<Statistics.Column> columns,
            List<Heading> rows, boolean total, Statistics.Chart chart, Supplier<Stream<Fact>> facts,
            Map<String, Map<String, Long>> given) {
        Map<String, Integer> columnIndex = new HashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            columnIndex.put(columns.get(i).key(), i);
        }
        Map<String, long[]> counts = new HashMap<>();
        try (Stream<Fact> each = facts.get()) {
            each.forEach(fact -> counts.computeIfAbsent(fact.row(), row -> new long[columns.size()])
                    [columnIndex.get(fact.column())]++);
        }
        return new Tally(key, title, note, rowHeading, columns, rows, total, chart, counts, facts, given);
    }

    Statistics.Table table() {
        List<Statistics.Row> lines = new ArrayList<>();
        for (Heading heading : rows) {
            long[] counted = counts.getOrDefault(heading.key(), new long[columns.size()]);
            Map<String, Long> figures = given.getOrDefault(heading.key(), Map.of());
            List<Long> values = new ArrayList<>();
            for (int i = 0; i < columns.size(); i++) {
                Statistics.Column column = columns.get(i);
                values.add(column.drillable() ? Long.valueOf(counted[i]) : figures.get(column.key()));
            }
            lines.add(new Statistics.Row(heading.key(), heading.label(), values));
        }
        return new Statistics.Table(key, title, note, rowHeading, columns, lines, total ? sum(lines) : null, chart);
    }

    /** The total row: each column's sum, null where a row has no figure. */
    private Statistics.Row sum(List<Statistics.Row> lines) {
        List<Long> sums = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            Long sum = 0L;
            for (Statistics.Row line : lines) {
                Long value = line.values().get(i);
                sum = sum == null || value == null ? null : sum + value;
            }
            sums.add(sum);
        }
        return new Statistics.Row(TOTAL, "合计", sums);
    }

    /** The facts of a cell ({@link #TOTAL}: of the column in every row). */
    List<Fact> cell(String row, String column) {
        try (Stream<Fact> each = facts.get()) {
            return each.filter(fact -> fact.column().equals(column)
                    && (TOTAL.equals(row) || fact.row().equals(row))).toList();
        }
    }
}
