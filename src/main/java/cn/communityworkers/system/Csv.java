package cn.communityworkers.system;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Writes CSV that spreadsheets open as data: every CSV the application writes goes through here. A cell is quoted
 * when it holds a comma, a quote or a line break (RFC 4180), and a cell that a spreadsheet would run as a formula is
 * neutralised with a leading {@code '} (OWASP, CSV injection): one that begins with {@code =}, {@code +}, {@code -},
 * {@code @}, a tab, a carriage return, a line feed or a NUL, or with the full-width {@code ＝ ＋ － ＠} that
 * spreadsheets of a Chinese locale take as the same. A cell that is a plain decimal number, e.g. {@code -12.5}, is
 * left as it is: a spreadsheet reads it as that number, which it can add up, and runs nothing.
 */
public final class Csv {

    /** Put first, so that Excel reads the file as UTF-8. */
    public static final String BYTE_ORDER_MARK = "\uFEFF";
    private static final String FORMULA_STARTS = "=+-@\t\r\n\0＝＋－＠";
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    private Csv() {
    }

    /** Appends one line of cells, each neutralised and quoted as needed, ended by CRLF. */
    public static void line(StringBuilder csv, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            String cell = neutralised(cells.get(i));
            csv.append(i == 0 ? "" : ",");
            csv.append(cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")
                    ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell);
        }
        csv.append("\r\n");
    }

    /** The cell with a leading {@code '} if a spreadsheet would run it as a formula; otherwise as it is. */
    static String neutralised(String cell) {
        return !cell.isEmpty() && FORMULA_STARTS.indexOf(cell.charAt(0)) >= 0 && !NUMBER.matcher(cell).matches()
                ? "'" + cell : cell;
    }
}
