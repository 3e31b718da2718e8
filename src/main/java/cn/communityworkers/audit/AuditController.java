package cn.communityworkers.audit;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.communityworkers.system.RuleViolationException;
import cn.communityworkers.system.Violation;

/** The audit API, for the group {@code auditors} and administrators; read-only. */
@RestController
@RequestMapping("/api/audit")
class AuditController {

    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    /** A page's first result is {@code page * PAGE_SIZE}: the last page whose first result is an int. */
    static final int LAST_PAGE = Integer.MAX_VALUE / AuditService.PAGE_SIZE - 1;

    private final AuditService audit;

    AuditController(AuditService audit) {
        this.audit = audit;
    }

    @GetMapping("/process-instances")
    AuditService.Page instances(@RequestParam(required = false) String processKey,
            @RequestParam(required = false) String workerId, @RequestParam(required = false) String worker,
            @RequestParam(required = false) String user,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "0") int page) {
        List<Violation> violations = new ArrayList<>();
        if (page < 0 || page > LAST_PAGE) {
            violations.add(Violation.of("page", "range", "页码(page)须在 0 至 " + LAST_PAGE + " 之间"));
        }
        if (from != null && to != null && to.isBefore(from)) {
            violations.add(Violation.of("to", "not-before-from", "截止日期(to)" + to + " 不能早于起始日期(from)" + from));
        }
        if (!violations.isEmpty()) {
            throw new RuleViolationException(HttpStatus.BAD_REQUEST, violations.stream().map(Violation::message)
                    .collect(Collectors.joining("; ")), violations);
        }
        return audit.instances(processKey, workerId, worker, user, from, to, page);
    }

    /** The trail as JSON, or with {@code Accept: text/csv} as a CSV file (UTF-8 with a byte-order mark, for Excel). */
    @GetMapping("/process-instances/{id}")
    ResponseEntity<?> trail(@PathVariable String id, @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept)
            throws HttpMediaTypeNotAcceptableException {
        AuditService.TrailView view = audit.trail(id);
        if (accept != null && accepted(accept).stream().anyMatch(type -> type.isCompatibleWith(CSV)
                && !type.isWildcardType())) {
            return ResponseEntity.ok().contentType(CSV)
                    .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                            .filename("trail-" + id + ".csv").build().toString())
                    .body(TrailCsv.write(view.trail()));
        }
        // Written as the seal writes a trail: a value may be nested deeper than the API's own JSON writer allows.
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(Canonical.bytes(view));
    }

    private static List<MediaType> accepted(String accept) throws HttpMediaTypeNotAcceptableException {
        try {
            return MediaType.parseMediaTypes(accept);
        } catch (InvalidMediaTypeException e) {
            throw new HttpMediaTypeNotAcceptableException("Could not parse 'Accept' header [" + accept + "]: " + e.getMessage());
        }
    }

    @GetMapping(path = "/process-instances/{id}/diagram", produces = MediaType.APPLICATION_XML_VALUE)
    String diagram(@PathVariable String id) {
        return audit.diagram(id);
    }

    @GetMapping("/process-instances/{id}/sheet")
    Readable.Sheet sheet(@PathVariable String id) {
        return audit.sheet(id);
    }

    @GetMapping("/workers/{workerId}")
    AuditService.WorkerAudit worker(@PathVariable String workerId) {
        return audit.worker(workerId);
    }
}
