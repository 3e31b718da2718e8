package cn.communityworkers.workforce;

import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Rosters imported in the background ({@link RosterImports}), for the import page: the upload (202, its address in
 * {@code Location}), its progress and end, the caller's latest uploads, and the roster's template.
 */
@RestController
@RequestMapping("/api/roster-imports")
class RosterImportController {

    /** The uploads the page lists. */
    private static final int LATEST = 20;

    private final RosterImports imports;

    RosterImportController(RosterImports imports) {
        this.imports = imports;
    }

    /**
     * Keeps the roster (UTF-8 CSV, as {@code POST /api/workers/import} takes it) and imports it in the background;
     * {@code name} is the file's name, to be shown with it.
     */
    @PostMapping(consumes = {"text/csv", "application/octet-stream"})
    ResponseEntity<RosterImports.View> upload(InputStream content, @RequestParam(required = false) String name) {
        RosterImports.View upload = imports.upload(content, name);
        return ResponseEntity.accepted().location(URI.create("/api/roster-imports/" + upload.id())).body(upload);
    }

    /** The roster's template, to be filled in a spreadsheet: the columns by their Chinese names. */
    @GetMapping("/template")
    ResponseEntity<byte[]> template() {
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("社区工作者名册模板.csv", StandardCharsets.UTF_8).build().toString())
                .body(WorkerCsv.template().getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping("/{id}")
    RosterImports.View get(@PathVariable long id) {
        return imports.view(id);
    }

    @GetMapping
    List<RosterImports.View> mine() {
        return imports.mine(LATEST);
    }
}
