package cn.communityworkers.system;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

/**
 * An uploaded CSV file (UTF-8, a header row, columns by name, read as it arrives: {@link UploadedText}) whose rows
 * are recorded all or none: each row is checked as it is read and its problems collected with the row's line; a file
 * that is not readable CSV, or has any problem, is refused (400, the problems listed) before anything is recorded.
 */
@Component
public class CsvUpload {

    /** Checks one row, adding its problems; keeps what it will record once the whole file is good. */
    @FunctionalInterface
    public interface RowCheck {
        void check(int line, Map<String, String> row, List<Violation> problems);
    }

    private final UploadedText text;
    private final CsvMapper csv = new CsvMapper();

    CsvUpload(UploadedText text) {
        this.text = text;
    }

    /** Reads and checks every row; refuses the file if it is not CSV with a header or any row has a problem. */
    public void checkRows(InputStream content, List<String> columns, RowCheck check) {
        List<Violation> problems = new ArrayList<>();
        try (MappingIterator<Map<String, String>> rows = csv.readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(text.reader(content))) {
            while (rows.hasNextValue()) {
                int line = rows.getCurrentLocation().getLineNr();
                check.check(line, rows.nextValue(), problems);
            }
        } catch (IOException | RuntimeException e) {
            throw RuleViolationException.badRequest("", "csv", "未记录任何数据:文件不是含有 " + String.join("、", columns)
                    + " 列的可读 CSV(" + e.getMessage() + ")");
        }
        if (!problems.isEmpty()) {
            throw new RuleViolationException(HttpStatus.BAD_REQUEST,
                    "未记录任何数据:文件中有 " + problems.size() + " 处问题", problems);
        }
    }
}
