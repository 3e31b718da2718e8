package cn.communityworkers.workforce;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import cn.communityworkers.system.RuleViolationException;
import cn.communityworkers.system.UploadedText;
import cn.communityworkers.system.Violation;

/**
 * Reads a roster in CSV (UTF-8, header row, the field names of {@link WorkerRecord} or their Chinese names as columns:
 * {@code name} or 姓名) into records, collecting every cell that cannot be read (the registry then checks its rules).
 * A choice is written by its code or its Chinese name ({@code BACHELOR} or 本科), yes and no as {@code true} or 是,
 * {@code false} or 否. Lists are written in
 * one cell: {@code secretaryTerms} as {@code start/end/completed} entries separated by {@code ;}
 * (e.g. {@code 2014-01-01/2018-12-31/true;2019-01-01//false}), {@code assessmentHistory} as
 * {@code year:RATING} entries (e.g. {@code 2023:EXCELLENT;2024:QUALIFIED}), {@code disciplinaryActions} as
 * {@code TYPE/decidedOn/decidedBy/reason} entries (e.g. {@code WARNING/2025-06-30/东城街道党工委/多次无故缺席值班}).
 */
@Component
public class WorkerCsv {

    /** One data row: its line number in the file, the record read (null if unreadable) and its problems. */
    public record Row(int line, WorkerRecord record, List<Violation> violations) {
    }

    static final Set<String> COLUMNS = Set.copyOf(Arrays.stream(WorkerRecord.class.getRecordComponents())
            .map(component -> component.getName()).toList());
    /** The field of each column a roster may have: the field's name, or its Chinese name (姓名 for name). */
    private static final Map<String, String> FIELDS = fields();

    private static Map<String, String> fields() {
        Map<String, String> fields = new HashMap<>();
        for (String field : COLUMNS) {
            fields.put(field, field);
            fields.put(WorkerRecord.label(field), field);
        }
        return Map.copyOf(fields);
    }

    /**
     * A roster's empty template as a spreadsheet opens it: the byte-order mark, and the header row of every column by
     * its Chinese name, in the record's order.
     */
    static String template() {
        return "\uFEFF" + Arrays.stream(WorkerRecord.class.getRecordComponents())
                .map(component -> WorkerRecord.label(component.getName())).collect(Collectors.joining(",")) + "\r\n";
    }

    private final CsvMapper mapper = new CsvMapper();
    private final UploadedText text;

    WorkerCsv(UploadedText text) {
        this.text = text;
    }

    /** Reads a roster as it arrives (the request's body), without holding the file in memory. */
    public List<Row> read(InputStream content) {
        List<Row> rows = new ArrayList<>();
        try (MappingIterator<Map<String, String>> lines = mapper.readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(text.reader(content))) {
            checkHeader(lines);
            while (lines.hasNextValue()) {
                int line = lines.getCurrentLocation().getLineNr();
                rows.add(readRow(line, lines.nextValue()));
            }
        } catch (CharacterCodingException e) {
            throw notUtf8();
        } catch (UploadedText.TooManyLinesException e) {
            throw tooManyLines(e);
        } catch (IOException | RuntimeException e) {
            if (e instanceof RuleViolationException violation) {
                throw violation;
            }
            throw RuleViolationException.badRequest("", "csv", "文件不是可读的 CSV:" + e.getMessage());
        }
        return rows;
    }

    static RuleViolationException notUtf8() {
        return RuleViolationException.badRequest("", "utf-8", "未导入任何记录:文件不是 UTF-8 编码的文本,请在表格软件中另存为"
                + "“CSV UTF-8”后再导入");
    }

    static RuleViolationException tooManyLines(UploadedText.TooManyLinesException e) {
        return RuleViolationException.badRequest("", "max-lines", "未导入任何记录:" + e.getMessage());
    }

    private static void checkHeader(MappingIterator<Map<String, String>> lines) throws IOException {
        if (!lines.hasNextValue()) {
            return;
        }
        CsvSchema schema = (CsvSchema) lines.getParserSchema();
        List<Violation> violations = new ArrayList<>();
        Set<String> named = new HashSet<>();
        for (String column : schema.getColumnNames()) {
            String field = FIELDS.get(column.strip());
            if (field == null) {
                violations.add(new Violation(1, column, "known-column", "“" + column + "”不是名册的列;可用的列:"
                        + COLUMNS.stream().sorted().map(known -> WorkerRecord.label(known) + "(" + known + ")")
                                .collect(Collectors.joining("、"))));
            } else if (!named.add(field)) {
                violations.add(new Violation(1, column, "unique-column",
                        WorkerRecord.describe(field) + "这一列出现了两次"));
            }
        }
        if (!violations.isEmpty()) {
            throw new RuleViolationException(HttpStatus.BAD_REQUEST,
                    "未导入任何记录:表头中有无法识别的列", violations);
        }
    }

    private Row readRow(int line, Map<String, String> raw) {
        Map<String, String> cells = new HashMap<>();
        raw.forEach((column, value) -> {
            if (value != null && !value.isBlank()) {
                cells.put(FIELDS.get(column.strip()), value.trim());
            }
        });
        Cells reader = new Cells(cells);
        WorkerRecord record = new WorkerRecord(
                reader.text("workerId"), reader.text("idCardNumber"), reader.text("name"), reader.date("birthDate"),
                reader.text("communityCode"), reader.enumValue("role", Role.class, Role::label),
                reader.enumValue("education", Education.class, Education::label),
                reader.enumValue("qualification", Qualification.class, Qualification::label), reader.bool("partyMember"),
                reader.enumValue("status", WorkerStatus.class, WorkerStatus::label), reader.date("communityWorkSince"),
                reader.integer("creditedCommunityYears"), reader.integer("gradeLevel"),
                reader.date("contractEnd"), reader.date("probationEnd"), reader.bool("underDisciplinaryAction"),
                reader.list("disciplinaryActions", Cells::action),
                reader.bool("socialInsuranceEnrolled"), reader.bool("housingFundEnrolled"),
                reader.list("secretaryTerms", Cells::term), reader.list("assessmentHistory", Cells::assessment),
                reader.integer("lastGradeStepYear"));
        return new Row(line, record, List.copyOf(reader.violations));
    }

    /** Reads typed values from the cells of one row, noting each cell that cannot be read. */
    private static final class Cells {

        private final Map<String, String> cells;
        private final List<Violation> violations = new ArrayList<>();

        Cells(Map<String, String> cells) {
            this.cells = cells;
        }

        String text(String column) {
            return cells.get(column);
        }

        LocalDate date(String column) {
            return parse(column, Cells::isoDate);
        }

        Integer integer(String column) {
            return parse(column, value -> {
                try {
                    return Integer.valueOf(value);
                } catch (NumberFormatException e) {
                    throw new CellException("integer", "“" + value + "”不是整数");
                }
            });
        }

        Boolean bool(String column) {
            return parse(column, value -> switch (value.toLowerCase()) {
                case "true", "是" -> true;
                case "false", "否" -> false;
                default -> throw new CellException("boolean", "“" + value + "”须为“是”或“否”(true 或 false)");
            });
        }

        <E extends Enum<E>> E enumValue(String column, Class<E> type, Function<E, String> label) {
            return parse(column, value -> enumOf(type, value, label));
        }

        <T> List<T> list(String column, Function<String, T> entry) {
            return parse(column, value -> Arrays.stream(value.split(";")).map(String::trim)
                    .filter(part -> !part.isEmpty()).map(entry).toList());
        }

        static WorkerRecord.Term term(String entry) {
            String[] parts = entry.split("/", -1);
            if (parts.length != 3) {
                throw new CellException("term-format",
                        "“" + entry + "”须为“开始日期/结束日期/是否任满”(任期未满的结束日期留空)");
            }
            return new WorkerRecord.Term(isoDate(parts[0]), parts[1].isEmpty() ? null : isoDate(parts[1]),
                    Boolean.parseBoolean(parts[2]));
        }

        static WorkerRecord.Action action(String entry) {
            String[] parts = entry.split("/", 4);
            if (parts.length != 4) {
                throw new CellException("action-format", "“" + entry + "”须为“处分种类/决定日期/决定机关/事由”");
            }
            return new WorkerRecord.Action(enumOf(DisciplinaryActionType.class, parts[0].trim(),
                    DisciplinaryActionType::label), isoDate(parts[1]),
                    parts[2].trim(), parts[3].trim());
        }

        static WorkerRecord.Assessment assessment(String entry) {
            String[] parts = entry.split(":", -1);
            if (parts.length != 2) {
                throw new CellException("assessment-format", "“" + entry + "”须为“年度:考核等次”");
            }
            try {
                return new WorkerRecord.Assessment(Integer.valueOf(parts[0].trim()), enumOf(Rating.class, parts[1].trim(), Rating::label));
            } catch (NumberFormatException e) {
                throw new CellException("assessment-format", "“" + parts[0] + "”不是年度");
            }
        }

        private <T> T parse(String column, Function<String, T> parser) {
            String value = cells.get(column);
            if (value == null) {
                return null;
            }
            try {
                return parser.apply(value);
            } catch (CellException e) {
                violations.add(Violation.of(column, e.rule, WorkerRecord.describe(column) + e.getMessage()));
                return null;
            }
        }

        private static LocalDate isoDate(String value) {
            try {
                return LocalDate.parse(value.trim());
            } catch (DateTimeParseException e) {
                throw new CellException("iso-date", "“" + value + "”不是 yyyy-MM-dd 格式的日期");
            }
        }

        /** A value by its name ({@code BACHELOR}) or its Chinese name (本科). */
        private static <E extends Enum<E>> E enumOf(Class<E> type, String value, Function<E, String> label) {
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equals(value) || label.apply(constant).equals(value)) {
                    return constant;
                }
            }
            throw new CellException("one-of", "“" + value + "”不是可选值之一:" + Arrays.stream(type.getEnumConstants())
                    .map(label).collect(Collectors.joining("、")));
        }
    }

    private static final class CellException extends RuntimeException {

        private final String rule;

        CellException(String rule, String message) {
            super(message);
            this.rule = rule;
        }
    }
}
