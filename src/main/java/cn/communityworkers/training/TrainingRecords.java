package cn.communityworkers.training;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.communityworkers.system.CsvUpload;
import cn.communityworkers.system.CurrentUser;
import cn.communityworkers.system.RuleViolationException;
import cn.communityworkers.system.Violation;
import cn.communityworkers.workforce.WorkerRegistry;

/**
 * The workers' trainings (table {@code training_record}): recorded by the personnel offices of the worker's street
 * and county (as registration), shown to whoever may see the worker. Every broken rule is reported at once (400, in
 * Chinese, naming the field); the same course completed on the same day twice is a conflict (409). A CSV file of
 * trainings is recorded all or none ({@link #importCsv}).
 */
@Service
public class TrainingRecords {

    static final int MAX_COURSE = 200;
    static final int MAX_HOURS = 500;
    /** The columns of a CSV upload of trainings. */
    static final String CSV_COLUMNS = "workerId,course,level,hours,completedOn";

    /** What a personnel office submits: course, level (a {@link TrainingLevel}), hours, the day completed (yyyy-MM-dd). */
    public record TrainingRequest(String course, String level, Integer hours, String completedOn) {
    }

    /** A recorded training, as the API shows it. */
    public record Training(long id, String workerId, String course, TrainingLevel level, String levelName, int hours,
            LocalDate completedOn, String recordedBy, Instant recordedAt, String processInstanceId) {
    }

    private final JdbcClient jdbc;
    private final WorkerRegistry registry;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final CsvUpload upload;

    TrainingRecords(JdbcClient jdbc, WorkerRegistry registry, CurrentUser currentUser, Clock clock, CsvUpload upload) {
        this.jdbc = jdbc;
        this.registry = registry;
        this.currentUser = currentUser;
        this.clock = clock;
        this.upload = upload;
    }

    /** Records a training of a worker (their street's personnel office, the county's, administrators and the system). */
    @Transactional
    public Training record(String workerId, TrainingRequest request) {
        registry.unitForPersonnelOffice(workerId);
        List<Violation> violations = new ArrayList<>();
        Checked checked = check(request, violations);
        RuleViolationException.refuseIfAny(violations);
        if (known(workerId, checked)) {
            throw RuleViolationException.conflict("completedOn", "unique",
                    "该社区工作者" + checked.completedOn() + "完成的培训“" + checked.course() + "”已登记");
        }
        return insert(workerId, checked);
    }

    /**
     * Records the trainings of a CSV file (columns {@value #CSV_COLUMNS}), all or none: every row is checked as
     * {@link #record} checks a request (and a worker registered, no row twice, none on record already), the problems
     * listed with their lines (400); any row of a worker whose personnel office the caller is not refuses the file
     * (403). The number of trainings recorded.
     */
    @Transactional
    public int importCsv(InputStream content) {
        List<String> columns = List.of(CSV_COLUMNS.split(","));
        Map<String, Checked> rows = new LinkedHashMap<>();
        upload.checkRows(content, columns, (line, row, problems) -> {
            List<Violation> rowProblems = new ArrayList<>();
            String workerId = row.getOrDefault("workerId", "").strip();
            if (registry.find(workerId).isEmpty()) {
                rowProblems.add(Violation.of("workerId", "registered", "找不到编号为“" + workerId + "”的社区工作者"));
            }
            String hours = row.getOrDefault("hours", "").strip();
            Integer wholeHours = null;
            if (!hours.isEmpty()) {
                try {
                    wholeHours = Integer.valueOf(hours);
                } catch (NumberFormatException e) {
                    rowProblems.add(Violation.of("hours", "whole", "培训学时(hours)须为整数,'" + hours + "' 不是"));
                    wholeHours = 1;
                }
            }
            Checked checked = check(new TrainingRequest(row.get("course"), row.get("level"), wholeHours,
                    row.get("completedOn")), rowProblems);
            if (rowProblems.isEmpty() && (rows.putIfAbsent(workerId + "/" + checked.course() + "/"
                    + checked.completedOn(), checked) != null || known(workerId, checked))) {
                rowProblems.add(Violation.of("completedOn", "unique", "该社区工作者" + checked.completedOn()
                        + "完成的培训“" + checked.course() + "”已登记,或在文件中重复"));
            }
            rowProblems.forEach(problem -> problems.add(problem.atRow(line)));
        });
        if (rows.isEmpty()) {
            throw RuleViolationException.badRequest("", "not-empty", "文件中没有培训记录");
        }
        rows.keySet().forEach(key -> registry.unitForPersonnelOffice(key.substring(0, key.indexOf('/'))));
        rows.forEach((key, checked) -> insert(key.substring(0, key.indexOf('/')), checked));
        return rows.size();
    }

    /** A request as checked: every field given and valid, or null with the problems added. */
    private record Checked(String course, TrainingLevel level, int hours, LocalDate completedOn) {
    }

    private Checked check(TrainingRequest request, List<Violation> violations) {
        int before = violations.size();
        String course = request.course() == null ? "" : request.course().strip();
        if (course.isEmpty()) {
            violations.add(Violation.of("course", "required", "请填写培训课程(course)"));
        } else if (course.length() > MAX_COURSE) {
            violations.add(Violation.of("course", "max-length", "培训课程(course)不能超过 " + MAX_COURSE + " 个字"));
        }
        TrainingLevel level = null;
        if (request.level() == null || request.level().isBlank()) {
            violations.add(Violation.of("level", "required", "请填写培训层级(level)"));
        } else {
            try {
                level = TrainingLevel.valueOf(request.level().strip());
            } catch (IllegalArgumentException e) {
                violations.add(Violation.of("level", "one-of", "培训层级(level)只能是 " + TrainingLevel.choices()));
            }
        }
        if (request.hours() == null) {
            violations.add(Violation.of("hours", "required", "请填写培训学时(hours)"));
        } else if (request.hours() < 1 || request.hours() > MAX_HOURS) {
            violations.add(Violation.of("hours", "range", "培训学时(hours)须在 1 到 " + MAX_HOURS + " 之间"));
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate completedOn = null;
        if (request.completedOn() == null || request.completedOn().isBlank()) {
            violations.add(Violation.of("completedOn", "required", "请填写培训完成日期(completedOn)"));
        } else {
            try {
                completedOn = LocalDate.parse(request.completedOn().strip());
                if (completedOn.isAfter(today)) {
                    violations.add(Violation.of("completedOn", "not-future",
                            "培训完成日期(completedOn)不能晚于今天(" + today + ")"));
                }
            } catch (DateTimeParseException e) {
                violations.add(Violation.of("completedOn", "iso-date",
                        "培训完成日期(completedOn)须为 yyyy-MM-dd 格式的日期,'" + request.completedOn() + "' 不是"));
            }
        }
        return violations.size() > before ? null : new Checked(course, level, request.hours(), completedOn);
    }

    private boolean known(String workerId, Checked checked) {
        return jdbc.sql("select count(*) from training_record where worker_id = :worker and course = :course "
                        + "and completed_on = :completedOn")
                .param("worker", workerId).param("course", checked.course())
                .param("completedOn", checked.completedOn())
                .query(Long.class).single() > 0;
    }

    private Training insert(String workerId, Checked checked) {
        Instant now = clock.instant();
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into training_record (worker_id, course, course_level, course_hours, completed_on, recorded_by,
                  recorded_at) values (:worker, :course, :level, :hours, :completedOn, :by, :at)""")
                .param("worker", workerId).param("course", checked.course()).param("level", checked.level().name())
                .param("hours", checked.hours()).param("completedOn", checked.completedOn())
                .param("by", currentUser.userId()).param("at", Timestamp.from(now))
                .update(key, "id");
        return new Training(key.getKey().longValue(), workerId, checked.course(), checked.level(),
                checked.level().label(), checked.hours(), checked.completedOn(), currentUser.userId(), now, null);
    }

    /** A worker's trainings, latest first, for whoever may see the worker (404 for no such worker, 403 otherwise). */
    @Transactional(readOnly = true)
    public List<Training> of(String workerId) {
        registry.view(workerId);
        return jdbc.sql("""
                select id, worker_id, course, course_level, course_hours, completed_on, recorded_by, recorded_at,
                       process_instance_id
                  from training_record where worker_id = :worker order by completed_on desc, id desc""")
                .param("worker", workerId)
                .query((rs, row) -> {
                    TrainingLevel level = TrainingLevel.valueOf(rs.getString(4));
                    return new Training(rs.getLong(1), rs.getString(2), rs.getString(3), level, level.label(),
                            rs.getInt(5), rs.getObject(6, LocalDate.class), rs.getString(7),
                            rs.getTimestamp(8).toInstant(), rs.getString(9));
                })
                .list();
    }
}
