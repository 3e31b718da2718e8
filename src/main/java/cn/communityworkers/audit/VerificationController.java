package cn.communityworkers.audit;

import java.net.URI;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.communityworkers.system.ClockConfiguration;
import cn.communityworkers.system.CurrentUser;
import cn.communityworkers.system.RuleViolationException;

/**
 * The verifications of the seal chain ({@link Verifications}), for auditors and administrators: ask for a full or an
 * incremental one (answered at once, 202, while it runs in the background), follow its progress and read what it
 * found and what it did not look at.
 */
@RestController
@RequestMapping("/api/audit/verifications")
class VerificationController {

    /** How many verifications the list shows. */
    static final int LATEST = 20;

    private final Verifications verifications;
    private final AuditService audit;
    private final CurrentUser currentUser;

    VerificationController(Verifications verifications, AuditService audit, CurrentUser currentUser) {
        this.verifications = verifications;
        this.audit = audit;
        this.currentUser = currentUser;
    }

    /** {@code {"kind": "FULL"}} or {@code {"kind": "INCREMENTAL"}}. */
    record Request(String kind) {
    }

    @PostMapping
    ResponseEntity<View> request(@RequestBody(required = false) Request request) {
        audit.requireAuditor();
        Verifications.Kind kind = kind(request);
        View started = view(verifications.request(kind, currentUser.userId()), false);
        return ResponseEntity.accepted().location(URI.create("/api/audit/verifications/" + started.id())).body(started);
    }

    private static Verifications.Kind kind(Request request) {
        String kind = request == null ? null : request.kind();
        for (Verifications.Kind known : Verifications.Kind.values()) {
            if (known.name().equals(kind)) {
                return known;
            }
        }
        throw RuleViolationException.badRequest("kind", "one-of",
                "核验方式(kind)须为 FULL(全面核验)或 INCREMENTAL(增量核验),收到的是:" + kind);
    }

    @GetMapping
    List<View> latest() {
        audit.requireAuditor();
        return verifications.latest(LATEST).stream().map(progress -> view(progress, false)).toList();
    }

    @GetMapping("/{id}")
    View one(@PathVariable long id) {
        audit.requireAuditor();
        return view(verifications.progress(id), true);
    }

    /**
     * A verification: seals {@code fromSeq} to {@code toSeq} ({@code total}), {@code checked} so far, {@code intact}
     * once finished without problems; an incremental one also {@code continues} (the verification it goes on from),
     * {@code rechecked} and {@code notCovered}, what it did not look at. {@code problems} only when asked by id.
     */
    record View(long id, Verifications.Kind kind, String requestedBy, String requestedAt, String finishedAt,
            boolean finished, Boolean intact, long fromSeq, long toSeq, long total, long checked, long expired,
            long rechecked, long problemCount, Long continues, String notCovered, String lastRenewedAt,
            List<Verifications.Problem> problems) {
    }

    private View view(Verifications.Progress progress, boolean withProblems) {
        boolean finished = progress.finishedAt() != null;
        List<Verifications.Problem> problems = withProblems ? verifications.problems(progress.id()) : null;
        return new View(progress.id(), progress.kind(), progress.requestedBy(), time(progress.requestedAt()),
                time(progress.finishedAt()), finished, finished ? progress.problems() == 0 : null, progress.fromSeq(),
                progress.toSeq(), progress.total(), progress.checked(), progress.expired(), progress.rechecked(),
                progress.problems(), progress.continuesId(), notCovered(progress), time(progress.heartbeatAt()),
                problems);
    }

    /** What an incremental verification leaves out, in Chinese; nothing for a full one. */
    private String notCovered(Verifications.Progress progress) {
        if (progress.kind() != Verifications.Kind.INCREMENTAL || progress.fromSeq() <= 1) {
            return null;
        }
        String full = verifications.lastFinishedFull().map(last -> "上次全面核验为第 " + last.id() + " 号,完成于 "
                + DAY_TIME.format(last.finishedAt()) + "," + (last.problems() == 0 ? "未发现问题" : "发现 " + last.problems() + " 处问题"))
                .orElse("尚未做过全面核验");
        return "第 1 至 " + (progress.fromSeq() - 1) + " 号封存记录已由第 " + progress.continuesId()
                + " 号核验核对,本次只重新核对其中核验后有过用户操作或历史数据缺失的记录(" + progress.rechecked()
                + " 条),未重新核对其余记录的内容及其历史数据;以 SQL 直接改动历史或封存记录不留其他痕迹,只有全面核验能发现。"
                + full + "。";
    }

    private static final DateTimeFormatter DAY_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ClockConfiguration.CHINA);

    private static String time(Instant instant) {
        return instant == null ? null : TrailBuilder.time(Date.from(instant));
    }
}
