package cn.communityworkers.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import cn.communityworkers.statistics.Statistics.Chart;
import cn.communityworkers.statistics.Statistics.Column;
import cn.communityworkers.statistics.Statistics.Level;
import cn.communityworkers.statistics.Statistics.Table;
import cn.communityworkers.statistics.Statistics.Unit;

/** The workbook read back with POI: one sheet per table, each figure where the table has it, nothing lost or added. */
class StatisticsWorkbookTest {

    static final Unit CITY = new Unit(Level.CITY, "9901", "示范市");
    static final LocalDate AS_OF = LocalDate.of(2025, 3, 7);

    static Table staffing() {
        return new Table("staffing", "编制与配备", "核定总量按统计日计;招聘预留名额只有今天的。", "县(市、区)",
                List.of(new Column("population", "城镇常住人口", false), new Column("headcount", "在岗人数", true),
                        new Column("reserved", "招聘预留名额", false)),
                List.of(new Statistics.Row("990101", "示范区", Arrays.asList(1_234_567L, 108L, null)),
                        new Statistics.Row("990102", "示例区", Arrays.asList(20_000L, 0L, null))),
                new Statistics.Row("total", "合计", Arrays.asList(1_254_567L, 108L, null)), Chart.NONE);
    }

    static Table sex() {
        return new Table("sex", "性别", "按今天登记的性别。", "街道(乡镇)",
                List.of(new Column("MALE", "男", true), new Column("FEMALE", "女", true)),
                List.of(new Statistics.Row("1", "东城街道, \"老城\"", List.of(3L, 4L))), null, Chart.PIE);
    }

    static Statistics statistics(List<Table> tables) {
        return new Statistics(CITY, null, List.of(), AS_OF, true, tables);
    }

    static Workbook read(byte[] bytes) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    @Test
    void eachTableIsASheetWithTitleHeadingsFiguresTotalAndNote() throws IOException {
        try (Workbook workbook = read(StatisticsWorkbook.write(statistics(List.of(staffing(), sex()))))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(2);
            assertThat(workbook.getSheetName(0)).isEqualTo("编制与配备");
            assertThat(workbook.getSheetName(1)).isEqualTo("性别");

            Sheet staffing = workbook.getSheetAt(0);
            assertThat(text(staffing, 0, 0)).isEqualTo("示范市 编制与配备(截至2025年3月7日)");
            assertThat(texts(staffing.getRow(1))).containsExactly("县(市、区)", "城镇常住人口", "在岗人数", "招聘预留名额");
            assertThat(text(staffing, 2, 0)).isEqualTo("示范区");
            assertThat(number(staffing, 2, 1)).isEqualTo(1_234_567);
            assertThat(number(staffing, 2, 2)).isEqualTo(108);
            assertThat(empty(staffing, 2, 3)).isTrue();
            assertThat(text(staffing, 3, 0)).isEqualTo("示例区");
            assertThat(number(staffing, 3, 1)).isEqualTo(20_000);
            assertThat(number(staffing, 3, 2)).isZero();
            assertThat(staffing.getRow(3).getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(empty(staffing, 3, 3)).isTrue();
            assertThat(text(staffing, 4, 0)).isEqualTo("合计");
            assertThat(number(staffing, 4, 1)).isEqualTo(1_254_567);
            assertThat(number(staffing, 4, 2)).isEqualTo(108);
            assertThat(empty(staffing, 4, 3)).isTrue();
            assertThat(staffing.getRow(5)).isNull();
            assertThat(text(staffing, 6, 0)).isEqualTo("核定总量按统计日计;招聘预留名额只有今天的。");
            assertThat(staffing.getLastRowNum()).isEqualTo(6);
            assertThat(workbook.getFontAt(staffing.getRow(1).getCell(1).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(workbook.getFontAt(staffing.getRow(4).getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            PaneInformation pane = staffing.getPaneInformation();
            assertThat(pane.isFreezePane()).isTrue();
            assertThat(pane.getHorizontalSplitPosition()).isEqualTo((short) 2);
            assertThat(pane.getVerticalSplitPosition()).isEqualTo((short) 1);
            // "城镇常住人口": six Chinese characters, as wide as twelve Latin ones, plus the margin.
            assertThat(staffing.getColumnWidth(1)).isEqualTo((12 + 2) * 256);

            Sheet sex = workbook.getSheetAt(1);
            assertThat(text(sex, 0, 0)).isEqualTo("示范市 性别(截至2025年3月7日)");
            assertThat(texts(sex.getRow(1))).containsExactly("街道(乡镇)", "男", "女");
            assertThat(text(sex, 2, 0)).isEqualTo("东城街道, \"老城\"");
            assertThat(number(sex, 2, 1)).isEqualTo(3);
            assertThat(number(sex, 2, 2)).isEqualTo(4);
            assertThat(sex.getRow(3)).as("no total row").isNull();
            assertThat(text(sex, 4, 0)).isEqualTo("按今天登记的性别。");
        }
    }

    @Test
    void sheetNamesAreWhatExcelAcceptsAndUnique() throws IOException {
        String longTitle = "一个很长的标题[含有]不允许的字符:*?/\\以及超过三十一个字符的部分ABCDEFGHIJ";
        List<Table> tables = List.of(titled("a", longTitle), titled("b", longTitle), titled("c", "Sex"),
                titled("d", "SEX"), titled("e", " ?*/ "));
        try (Workbook workbook = read(StatisticsWorkbook.write(statistics(tables)))) {
            List<String> names = new ArrayList<>();
            workbook.forEach(sheet -> names.add(sheet.getSheetName()));
            assertThat(names).hasSize(5);
            assertThat(names).allSatisfy(name -> {
                assertThat(name.length()).isLessThanOrEqualTo(31);
                assertThat(name).isNotBlank().isEqualTo(name.strip());
                assertThat(name.chars().noneMatch(c -> "[]:*?/\\".indexOf(c) >= 0)).as(name).isTrue();
            });
            String cleaned = "一个很长的标题含有不允许的字符以及超过三十一个字符的部分ABCDEFGHIJ";
            assertThat(names.get(0)).isEqualTo(cleaned.substring(0, 31));
            assertThat(names.get(1)).isEqualTo(cleaned.substring(0, 28) + "(2)");
            assertThat(names.subList(2, 5)).containsExactly("Sex", "SEX(2)", "e");
            assertThat(text(workbook.getSheetAt(1), 0, 0)).isEqualTo("示范市 " + longTitle + "(截至2025年3月7日)");
        }
    }

    static Table titled(String key, String title) {
        return new Table(key, title, "", "单位", List.of(), List.of(), null, Chart.NONE);
    }

    static String text(Sheet sheet, int row, int column) {
        return sheet.getRow(row).getCell(column).getStringCellValue();
    }

    static long number(Sheet sheet, int row, int column) {
        Cell cell = sheet.getRow(row).getCell(column);
        assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
        return (long) cell.getNumericCellValue();
    }

    static boolean empty(Sheet sheet, int row, int column) {
        Cell cell = sheet.getRow(row).getCell(column);
        return cell == null || cell.getCellType() == CellType.BLANK;
    }

    static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        row.forEach(cell -> texts.add(cell.getStringCellValue()));
        return texts;
    }
}
