package cn.communityworkers.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.communityworkers.statistics.Statistics.Chart;
import cn.communityworkers.statistics.Statistics.Column;
import cn.communityworkers.statistics.Statistics.Table;
import cn.communityworkers.support.CsvRows;

/** A table's CSV: for Excel (byte-order mark, CRLF), labels quoted as needed, the same figures as the table. */
class StatisticsCsvTest {

    @Test
    void headingRowsAndTotalWithTheTablesFigures() {
        byte[] bytes = StatisticsCsv.write(StatisticsWorkbookTest.staffing());

        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String csv = new String(bytes, StandardCharsets.UTF_8);
        assertThat(csv.substring(1)).isEqualTo("""
                县(市、区),城镇常住人口,在岗人数,招聘预留名额\r
                示范区,1234567,108,\r
                示例区,20000,0,\r
                合计,1254567,108,\r
                """);
    }

    @Test
    void aLabelWithACommaOrAQuoteIsQuotedAndAFormulaIsNeutralised() {
        Table table = new Table("sex", "性别", "", "街道(乡镇)",
                List.of(new Column("MALE", "男", true), new Column("FEMALE", "女,\"未知\"", true)),
                List.of(new Statistics.Row("1", "东城街道, \"老城\"", List.of(3L, 4L)),
                        new Statistics.Row("2", "=HYPERLINK(\"http://evil.example\")", Arrays.asList(-1L, null))),
                null, Chart.PIE);

        String csv = new String(StatisticsCsv.write(table), StandardCharsets.UTF_8);

        assertThat(csv).startsWith("\uFEFF").contains("\"东城街道, \"\"老城\"\"\",3,4\r\n");
        assertThat(CsvRows.parse(csv.substring(1))).containsExactly(
                List.of("街道(乡镇)", "男", "女,\"未知\""),
                List.of("东城街道, \"老城\"", "3", "4"),
                List.of("'=HYPERLINK(\"http://evil.example\")", "-1", ""));
    }
}
