package cn.communityworkers.statistics;

import java.nio.charset.StandardCharsets;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriUtils;

import cn.communityworkers.system.RuleViolationException;

/**
 * A unit's figures as files to download (《意见》第16条): the whole workbook, or one table as CSV. The figures, and
 * who may have them, are those of {@code GET /api/statistics/{level}/{code}} for the same date.
 */
@RestController
@RequestMapping("/api/statistics/{level}/{code}")
class StatisticsDownloads {

    static final MediaType XLSX = MediaType.parseMediaType(StatisticsWorkbook.CONTENT_TYPE);
    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final StatisticsService statistics;

    StatisticsDownloads(StatisticsService statistics) {
        this.statistics = statistics;
    }

    /** Every table, one sheet each: "{unit}社区工作者队伍统计{date}.xlsx". */
    @GetMapping("/workbook")
    ResponseEntity<byte[]> workbook(@PathVariable String level, @PathVariable String code,
            @RequestParam(required = false) String date) {
        Statistics figures = statistics.statistics(level, code, date);
        return download(XLSX, figures.unit().name() + "社区工作者队伍统计" + figures.asOf() + ".xlsx",
                "statistics-" + code + "-" + figures.asOf() + ".xlsx", StatisticsWorkbook.write(figures));
    }

    /** One table by its key: "{unit}{table}{date}.csv". */
    @GetMapping("/tables/{key}.csv")
    ResponseEntity<byte[]> table(@PathVariable String level, @PathVariable String code, @PathVariable String key,
            @RequestParam(required = false) String date) {
        Statistics figures = statistics.statistics(level, code, date);
        Statistics.Table table = figures.tables().stream().filter(candidate -> candidate.key().equals(key)).findFirst()
                .orElseThrow(() -> RuleViolationException.badRequest("key", "one-of", "统计表(key)只能是 "
                        + String.join("、", figures.tables().stream().map(Statistics.Table::key).toList())));
        return download(CSV, figures.unit().name() + table.title() + figures.asOf() + ".csv",
                "statistics-" + code + "-" + key + "-" + figures.asOf() + ".csv", StatisticsCsv.write(table));
    }

    private static ResponseEntity<byte[]> download(MediaType type, String name, String asciiName, byte[] body) {
        return ResponseEntity.ok().contentType(type).header(HttpHeaders.CONTENT_DISPOSITION, attachment(name, asciiName))
                .body(body);
    }

    /**
     * {@code attachment} with the file's name twice (RFC 6266): in UTF-8 as {@code filename*} (RFC 5987), which
     * browsers take, and in ASCII as {@code filename} for those that do not read the first. Characters other than
     * letters, digits, {@code . _ -} become {@code _} in the ASCII name, so it never needs escaping.
     */
    static String attachment(String name, String asciiName) {
        return "attachment; filename=\"" + asciiName.replaceAll("[^A-Za-z0-9._-]", "_") + "\"; filename*=UTF-8''"
                + UriUtils.encode(name, StandardCharsets.UTF_8);
    }
}
