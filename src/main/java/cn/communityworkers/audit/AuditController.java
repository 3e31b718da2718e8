package cn.communityworkers.audit;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit API, for the group {@code auditors} and administrators; read-only. */
@RestController
@RequestMapping("/api/audit")
class AuditController {

    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final AuditService audit;

    AuditController(AuditService audit) {
        this.audit = audit;
    }

    @GetMapping("/process-instances")
    AuditService.Page instances(@RequestParam(required = false) String processKey,
            @RequestParam(required = false) String workerId, @RequestParam(required = false) String user,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "0") int page) {
        return audit.instances(processKey, workerId, user, from, to, Math.max(page, 0));
    }

    /** The trail as JSON, or with {@code Accept: text/csv} as a CSV file (UTF-8 with a byte-order mark, for Excel). */
    @GetMapping("/process-instances/{id}")
    ResponseEntity<?> trail(@PathVariable String id, @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        AuditService.TrailView view = audit.trail(id);
        if (accept != null && MediaType.parseMediaTypes(accept).stream().anyMatch(type -> type.isCompatibleWith(CSV)
                && !type.isWildcardType())) {
            return ResponseEntity.ok().contentType(CSV)
                    .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                            .filename("trail-" + id + ".csv").build().toString())
                    .body(TrailCsv.write(view.trail()));
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(view);
    }

    @GetMapping(path = "/process-instances/{id}/diagram", produces = MediaType.APPLICATION_XML_VALUE)
    String diagram(@PathVariable String id) {
        return audit.diagram(id);
    }

    @GetMapping("/workers/{workerId}")
    AuditService.WorkerAudit worker(@PathVariable String workerId) {
        return audit.worker(workerId);
    }

    @GetMapping("/verify")
    Seals.Verification verify() {
        return audit.verify();
    }
}
