package cn.communityworkers.statistics;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cn.communityworkers.system.ClockConfiguration;
import cn.communityworkers.workforce.ChangeAttribute;
import cn.communityworkers.workforce.Education;
import cn.communityworkers.workforce.Qualification;
import cn.communityworkers.workforce.Role;
import cn.communityworkers.workforce.Sex;
import cn.communityworkers.workforce.WorkerStatus;

/**
 * What the statistics read, each in one query for a whole scope (the counties of a unit), rows mapped by position: the
 * communities with their streets and counties, the workers, the change log after a date or within a period, and the
 * tables of assessments, secondments, trainings and leadership selections. The reads by date go through the indexes
 * of V24. The units themselves come from {@code OrganisationService}.
 */
@Repository
class StatisticsQueries {

    /** Where a community sits, with names. */
    record Place(String communityCode, String communityName, String streetCode, String streetName, String countyCode,
            String countyName) {
    }

    /** A COMMUNITY change of the log, for the transfers and for where a worker was on a day. */
    record Logged(String workerId, String oldValue, String newValue, LocalDate effective) {
    }

    /** What a STATUS change of the log counts as (null: nothing). */
    @FunctionalInterface
    interface StatusChangeMapper<T> {
        T map(String workerId, String oldValue, String newValue, LocalDate effective, String cause);
    }

    /** What a rating counts as (null: nothing). */
    @FunctionalInterface
    interface RatingMapper<T> {
        T map(String workerId, int year, String rating);
    }

    /**
     * The counties a unit's workers are read from, and whether the reads take every row of the registry and keep the
     * workers the figures cover ({@code everyRow}: from {@code statistics.read-every-row-from} of the registry's
     * counties on, a city that is most of the deployment) instead of joining each row to its units, which then costs
     * more than reading the others' rows too. Decided once per unit by {@link #counties}.
     */
    record Counties(List<String> codes, boolean everyRow) {
    }

    /** A secondment's start and the day the worker came back (null while away). */
    record Seconded(String workerId, LocalDate start, LocalDate returnedOn) {
    }

    /** A day something was done for a worker (a training completed, a selection into the street's leadership). */
    record Dated(String workerId, LocalDate on) {
    }

    /**
     * The workers of the counties: those in their communities today. A worker never changes county in the registry
     * ({@code CareerChanges.transfer} moves within one; another county registers a worker anew), so these are all
     * who ever counted in them.
     */
    private static final String IN_COUNTIES = """
              join community c on c.code = w.community_code
              join street s on s.code = c.street_code
             where s.county_code in (:counties)""";

    private static final String LOGGED = " and x.effective_date >= :from and x.effective_date <= :date"
            + " and x.changed_at < :next";

    private final JdbcClient jdbc;
    private final StatisticsProperties properties;

    StatisticsQueries(JdbcClient jdbc, StatisticsProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    /** How a unit's workers of these counties are read ({@link Counties}). */
    Counties counties(List<String> codes) {
        return new Counties(codes, !codes.isEmpty() && codes.size() >= properties.readEveryRowFrom()
                * jdbc.sql("select count(*) from county").query(Long.class).single());
    }

    /** Every community of the counties, in code order. */
    List<Place> places(List<String> counties) {
        return jdbc.sql("""
                select c.code, c.name, s.code, s.name, k.code, k.name
                  from community c join street s on s.code = c.street_code join county k on k.code = s.county_code
                 where k.code in (:counties) order by c.code""")
                .param("counties", codes(counties)).query((rs, row) -> new Place(rs.getString(1), rs.getString(2),
                        rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6))).list();
    }

    /** Today's workers of the counties, whatever their status. */
    List<Snapshot> workers(Counties counties) {
        return jdbc.sql("""
                select w.worker_id, w.name, w.birth_date, w.community_code, w.role, w.education, w.qualification,
                       w.party_member, w.status, w.grade_level, w.sex
                  from worker w""" + (counties.everyRow() ? " where 1 = 1" : IN_COUNTIES))
                .param("counties", codes(counties)).query((rs, row) -> {
                    String sex = rs.getString(11);
                    return new Snapshot(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class),
                            rs.getString(4), Role.valueOf(rs.getString(5)), Education.valueOf(rs.getString(6)),
                            Qualification.valueOf(rs.getString(7)), rs.getBoolean(8),
                            WorkerStatus.valueOf(rs.getString(9)), rs.getInt(10), sex == null ? null : Sex.valueOf(sex));
                }).list();
    }

    /**
     * The changes of {@link AsOf#ATTRIBUTES} that took effect after the date or were recorded after it, in no order
     * (each with its id). On today's date none can have been recorded later, and only those taking effect later are
     * read (by the index on the effective date); for a past date, also those that took effect by the date and were
     * recorded after it, from the first id {@link #recordedFrom} gives (by the primary key, since {@code changed_at}
     * has no index), as a second part of a {@code union all} so that each part keeps its index.
     */
    List<AsOf.Undone> changesAfter(LocalDate date, boolean today) {
        String changes = "select id, worker_id, attribute, old_value from worker_change where attribute in (:attributes)";
        return jdbc.sql(changes + " and effective_date > :date" + (today ? "" : " union all " + changes
                        + " and id >= :first and effective_date <= :date and changed_at >= :next"))
                .param("attributes", AsOf.ATTRIBUTES.stream().map(Enum::name).toList()).param("date", date)
                .param("first", today ? 0 : recordedFrom(date)).param("next", endOf(date))
                .query((rs, row) -> new AsOf.Undone(rs.getLong(1), rs.getString(2),
                        ChangeAttribute.valueOf(rs.getString(3)), rs.getString(4))).list();
    }

    /**
     * An id from which on every change was recorded on the date or later: ids grow with the time of recording, so a
     * binary search over the primary key finds it in a few lookups, where a scan of {@code changed_at} would read the
     * whole log. The day's margin keeps it safe against the clocks of the cluster's nodes running apart: the id may
     * be lower than needed (the query still compares {@code changed_at}), not higher.
     */
    long recordedFrom(LocalDate date) {
        Timestamp from = endOf(date.minusDays(1));
        Long last = jdbc.sql("select max(id) from worker_change").query(Long.class).single();
        long low = 0;
        long high = last == null ? 0 : last + 1;
        while (low < high) {
            long middle = low + (high - low) / 2;
            Timestamp recorded = jdbc.sql("""
                    select changed_at from worker_change
                     where id = (select min(id) from worker_change where id >= :middle)""")
                    .param("middle", middle).query(Timestamp.class).optional().orElse(null);
            if (recorded == null || !recorded.before(from)) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        return low;
    }

    /**
     * The COMMUNITY changes of the counties' workers that took effect from {@code from} to the date and were recorded
     * by it, oldest first.
     */
    List<Logged> moves(Counties counties, LocalDate from, LocalDate date) {
        return jdbc.sql("select x.worker_id, x.old_value, x.new_value, x.effective_date from worker_change x"
                        + ofCounties(counties, "x") + " and x.attribute = 'COMMUNITY'"
                        + LOGGED + " order by x.id")
                .param("counties", codes(counties)).param("from", from).param("date", date).param("next", endOf(date))
                .query((rs, row) -> new Logged(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class)))
                .list();
    }

    /**
     * The STATUS changes of the counties' workers that took effect from {@code from} to the date and were recorded by
     * it, each as the mapper counts it, as a stream to be closed.
     */
    <T> Stream<T> statusChanges(Counties counties, LocalDate from, LocalDate date, StatusChangeMapper<T> mapper) {
        return jdbc.sql("select x.worker_id, x.old_value, x.new_value, x.effective_date, x.cause from worker_change x"
                        + ofCounties(counties, "x") + " and x.attribute = 'STATUS'"
                        + LOGGED)
                .param("counties", codes(counties)).param("from", from).param("date", date).param("next", endOf(date))
                .query((rs, row) -> mapper.map(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class), rs.getString(5)))
                .stream();
    }

    /**
     * The ratings of the counties' workers for the assessment years {@code from} to {@code to}, each as the mapper
     * counts it, as a stream to be closed.
     */
    <T> Stream<T> ratings(Counties counties, int from, int to, RatingMapper<T> mapper) {
        return jdbc.sql("select a.worker_id, a.assessment_year, a.rating from assessment_record a"
                        + ofCounties(counties, "a")
                        + " and a.assessment_year between :from and :to")
                .param("counties", codes(counties)).param("from", from).param("to", to)
                .query((rs, row) -> mapper.map(rs.getString(1), rs.getInt(2), rs.getString(3)))
                .stream();
    }

    /** The secondments of the counties' workers started by the date and not ended before {@code since}. */
    List<Seconded> secondments(Counties counties, LocalDate since, LocalDate date) {
        return jdbc.sql("select d.worker_id, d.start_date, d.returned_on from secondment d"
                        + ofCounties(counties, "d")
                        + " and d.start_date <= :date and (d.returned_on is null or d.returned_on >= :since)")
                .param("counties", codes(counties)).param("since", since).param("date", date)
                .query((rs, row) -> new Seconded(rs.getString(1), rs.getObject(2, LocalDate.class),
                        rs.getObject(3, LocalDate.class))).list();
    }

    /** The trainings of the counties' workers completed from {@code from} to the date and recorded by it. */
    List<Dated> trainings(Counties counties, LocalDate from, LocalDate date) {
        return jdbc.sql("select t.worker_id, t.completed_on from training_record t"
                        + ofCounties(counties, "t")
                        + " and t.completed_on >= :from and t.completed_on <= :date and t.recorded_at < :next")
                .param("counties", codes(counties)).param("from", from).param("date", date).param("next", endOf(date))
                .query((rs, row) -> new Dated(rs.getString(1), rs.getObject(2, LocalDate.class))).list();
    }

    /** The selections into a street's leadership recorded from {@code from} to the date. */
    List<Dated> leadershipSelections(Counties counties, LocalDate from, LocalDate date) {
        return jdbc.sql("select l.worker_id, l.recorded_on from leadership_selection l"
                        + ofCounties(counties, "l")
                        + " and l.selected and l.recorded_on >= :from and l.recorded_on <= :date")
                .param("counties", codes(counties)).param("from", from).param("date", date)
                .query((rs, row) -> new Dated(rs.getString(1), rs.getObject(2, LocalDate.class))).list();
    }

    /** The approved total each county had before its first change after the date (old value), oldest change first. */
    List<String[]> approvedTotalsUndone(List<String> counties, LocalDate date) {
        return jdbc.sql("""
                select county_code, old_value from county_change
                 where county_code in (:counties) and attribute = 'APPROVED_TOTAL'
                   and (effective_date > :date or changed_at >= :next) order by id""")
                .param("counties", codes(counties)).param("date", date).param("next", endOf(date))
                .query((rs, row) -> new String[] {rs.getString(1), rs.getString(2)}).list();
    }

    /** The join and condition that a row's worker ({@code alias.worker_id}) is one of the counties', if needed. */
    private static String ofCounties(Counties counties, String alias) {
        return counties.everyRow() ? " where 1 = 1"
                : " join worker w on w.worker_id = " + alias + ".worker_id" + IN_COUNTIES;
    }

    /** The codes for an in-list: none matches the empty code, so an empty scope (a city of no county) reads nothing. */
    private static List<String> codes(List<String> counties) {
        return counties.isEmpty() ? List.of("") : counties;
    }

    private static List<String> codes(Counties counties) {
        return codes(counties.codes());
    }

    /** The first instant after the date (China time), as the log's {@code changed_at} is written. */
    private static Timestamp endOf(LocalDate date) {
        return Timestamp.from(date.plusDays(1).atStartOfDay(ClockConfiguration.CHINA).toInstant());
    }
}
