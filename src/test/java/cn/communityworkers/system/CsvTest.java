package cn.communityworkers.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Cells a spreadsheet would run as formulas are neutralised; numbers stay numbers; RFC 4180 quoting. */
class CsvTest {

    static String line(String... cells) {
        StringBuilder csv = new StringBuilder();
        Csv.line(csv, List.of(cells));
        return csv.toString();
    }

    @Test
    void aCellThatBeginsAsAFormulaGetsALeadingQuote() {
        for (String formula : List.of("=1+1", "=HYPERLINK(\"http://evil.example\")", "+1+1", "-1+cmd|' /C calc'!A0",
                "@SUM(A1:A9)", "\t=1+1", "\r=1+1", "\n=1+1", "\0=1+1", "＝1+1", "＋1", "－1", "＠SUM(A1)", "-", "--5", "-5e3",
                "-1.", "-.5", "+5")) {
            assertThat(Csv.neutralised(formula)).as(formula).isEqualTo("'" + formula);
        }
    }

    @Test
    void otherCellsAndPlainNumbersAreLeftAsTheyAre() {
        for (String text : List.of("", "甲", "1+1", "a=1", "'=1+1", " =1+1", "2030-01-01T08:00:00.000+08:00", "-12", "-12.5",
                "0", "96", "85.5")) {
            assertThat(Csv.neutralised(text)).as(text).isEqualTo(text);
        }
    }

    @Test
    void cellsAreQuotedWhenTheyHoldACommaAQuoteOrALineBreakAndEveryLineEndsWithCrLf() {
        assertThat(line("a", "b,c", "say \"hi\"", "two\nlines", "x\ry", "")).isEqualTo(
                "a,\"b,c\",\"say \"\"hi\"\"\",\"two\nlines\",\"x\ry\",\r\n");
        assertThat(line("=1,2", "\r=1")).isEqualTo("\"'=1,2\",\"'\r=1\"\r\n");
        assertThat(line("-12.5", "-1+1")).isEqualTo("-12.5,'-1+1\r\n");
    }
}
