package cn.communityworkers.workforce;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import cn.communityworkers.system.RuleViolationException;
import cn.communityworkers.system.UploadedText;
import cn.communityworkers.system.Violation;

/**
 * Reads a roster in CSV (UTF-8, header row, the field names of {@link WorkerRecord} as columns) into
 * records, collecting every cell that cannot be read (the registry then checks its rules). Lists are written in
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
            throw RuleViolationException.badRequest("", "utf-8", "the file is not UTF-8 text");
        } catch (UploadedText.TooManyLinesException e) {
            throw RuleViolationException.badRequest("", "max-lines", "nothing was imported: " + e.getMessage());
        } catch (IOException | RuntimeException e) {
            if (e instanceof RuleViolationException violation) {
                throw violation;
            }
            throw RuleViolationException.badRequest("", "csv", "the file is not readable CSV: " + e.getMessage());
        }
        return rows;
    }

    private static void checkHeader(MappingIterator<Map<String, String>> lines) throws IOException {
        if (!lines.hasNextValue()) {
            return;
        }
        CsvSchema schema = (CsvSchema) lines.getParserSchema();
        List<Violation> violations = new ArrayList<>();
        for (String column : schema.getColumnNames()) {
            if (!COLUMNS.contains(column)) {
                violations.add(new Violation(1, column, "known-column",
                        "'" + column + "' is not a worker field; known columns: " + COLUMNS));
            }
        }
        if (!violations.isEmpty()) {
            throw new RuleViolationException(HttpStatus.BAD_REQUEST,
                    "nothing was imported: the header has unknown columns", violations);
        }
    }

    private Row readRow(int line, Map<String, String> raw) {
        Map<String, String> cells = new HashMap<>();
        raw.forEach((column, value) -> {
            if (value != null && !value.isBlank()) {
                cells.put(column, value.trim());
            }
        });
        Cells reader = new Cells(cells);
        WorkerRecord record = new WorkerRecord(
                reader.text("workerId"), reader.text("idCardNumber"), reader.text("name"), reader.date("birthDate"),
                reader.text("communityCode"), reader.enumValue("role", Role.class),
                reader.enumValue("education", Education.class),
                reader.enumValue("qualification", Qualification.class), reader.bool("partyMember"),
                reader.enumValue("status", WorkerStatus.class), reader.date("communityWorkSince"),
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
                    throw new CellException("integer", "'" + value + "' is not a whole number");
                }
            });
        }

        Boolean bool(String column) {
            return parse(column, value -> switch (value.toLowerCase()) {
                case "true" -> true;
                case "false" -> false;
                default -> throw new CellException("boolean", "'" + value + "' is neither true nor false");
            });
        }

        <E extends Enum<E>> E enumValue(String column, Class<E> type) {
            return parse(column, value -> enumOf(type, value));
        }

        <T> List<T> list(String column, Function<String, T> entry) {
            return parse(column, value -> Arrays.stream(value.split(";")).map(String::trim)
                    .filter(part -> !part.isEmpty()).map(entry).toList());
        }

        static WorkerRecord.Term term(String entry) {
            String[] parts = entry.split("/", -1);
            if (parts.length != 3) {
                throw new CellException("term-format",
                        "'" + entry + "' is not start/end/completed (end may be empty while the term runs)");
            }
            return new WorkerRecord.Term(isoDate(parts[0]), parts[1].isEmpty() ? null : isoDate(parts[1]),
                    Boolean.parseBoolean(parts[2]));
        }

        static WorkerRecord.Action action(String entry) {
            String[] parts = entry.split("/", 4);
            if (parts.length != 4) {
                throw new CellException("action-format", "'" + entry + "' is not TYPE/decidedOn/decidedBy/reason");
            }
            return new WorkerRecord.Action(enumOf(DisciplinaryActionType.class, parts[0].trim()), isoDate(parts[1]),
                    parts[2].trim(), parts[3].trim());
        }

        static WorkerRecord.Assessment assessment(String entry) {
            String[] parts = entry.split(":", -1);
            if (parts.length != 2) {
                throw new CellException("assessment-format", "'" + entry + "' is not year:RATING");
            }
            try {
                return new WorkerRecord.Assessment(Integer.valueOf(parts[0].trim()), enumOf(Rating.class, parts[1].trim()));
            } catch (NumberFormatException e) {
                throw new CellException("assessment-format", "'" + parts[0] + "' is not a year");
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
                violations.add(Violation.of(column, e.rule, e.getMessage()));
                return null;
            }
        }

        private static LocalDate isoDate(String value) {
            try {
                return LocalDate.parse(value.trim());
            } catch (DateTimeParseException e) {
                throw new CellException("iso-date", "'" + value + "' is not a date in the form yyyy-MM-dd");
            }
        }

        private static <E extends Enum<E>> E enumOf(Class<E> type, String value) {
            try {
                return Enum.valueOf(type, value);
            } catch (IllegalArgumentException e) {
                throw new CellException("one-of",
                        "'" + value + "' is not one of " + Arrays.toString(type.getEnumConstants()));
            }
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
