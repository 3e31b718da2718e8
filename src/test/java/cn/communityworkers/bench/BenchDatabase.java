package cn.communityworkers.bench;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;

import cn.communityworkers.support.TestProfiles;

/** The database of a benchmark run: an H2 file of its own, or the PostgreSQL server of {@code -Ppostgres}. */
final class BenchDatabase {

    private BenchDatabase() {
    }

    static boolean postgres() {
        return TestProfiles.postgres();
    }

    static String name() {
        return postgres() ? "postgres" : "h2";
    }

    /** On H2, a new file under {@code target/bench} for this run (a {@code @DynamicPropertySource}'s body). */
    static void ownFile(DynamicPropertyRegistry registry) {
        if (!postgres()) {
            String file = "./target/bench/app-" + System.currentTimeMillis();
            registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + file + ";DB_CLOSE_ON_EXIT=FALSE");
        }
    }

    /**
     * On PostgreSQL, a checkpoint before a measured phase (not timed): the server then writes back the pages an
     * earlier phase dirtied now, not in the middle of the next one. One phase's writes (hundreds of megabytes at
     * 10,000 workers) otherwise fill the WAL enough for a checkpoint to fall into whichever phase comes next.
     */
    static void settle(JdbcTemplate jdbc) {
        if (postgres()) {
            jdbc.execute("checkpoint");
        }
    }

    /**
     * On PostgreSQL, the planner's statistics of the tables the run grew (not timed). A production server's
     * autovacuum analyses a table once a tenth of it has changed; without that (this machine's server runs with
     * {@code autovacuum = off}) the planner still believes the task table empty and reads every open task for
     * one group's page: 800 ms instead of a few at 100,000 open tasks (tuning record, run 14).
     */
    static void analyse(JdbcTemplate jdbc) {
        if (postgres()) {
            BenchReport.log("statistics: autovacuum " + jdbc.queryForObject("show autovacuum", String.class)
                    + "; analysing the tables as autovacuum would");
            jdbc.execute("analyze");
        }
    }
}
