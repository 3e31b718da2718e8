package cn.communityworkers.workforce;

import java.time.LocalDate;
import java.util.List;

/**
 * One section of a worker's career page ({@code GET /api/workers/{workerId}/career}, {@link CareerPage}): every
 * Spring bean implementing it is a section, so that a module adds its part of the career (its table, its process) by
 * adding one bean, without changing the page or the API. Access to the worker is checked before any section is asked.
 */
public interface CareerSection {

    /** The section's key in the API, unique among the sections ({@code status}, {@code secondment}). */
    String key();

    /** The section's Chinese title on the page (状态, 借调). */
    String title();

    /** Where the section stands on the page: smaller first. The registry's own sections use 10 to 70. */
    int order();

    /** The worker's entries, oldest first; an entry a process made names the process instance. */
    List<Entry> entries(String workerId);

    /**
     * One event of the career: when it took effect, what it was in a line (in Chinese), the details (the ground, who
     * decided), and the process instance behind it (null for what was registered or recorded directly).
     */
    record Entry(LocalDate date, String summary, String detail, String processInstanceId) {
    }
}
