package cn.communityworkers.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the backfill of V24 makes of a worker's STATUS change out of the headcount, as if it had been logged without
 * its cause: its expression ({@code case … end}) applied to the change as a process logged it, so that a test sees
 * that the article the ground cites gives the cause the process now records.
 */
public final class CauseBackfill {

    private static final String MIGRATION = "db/migration/V24__city_and_statistics.sql";
    private static final String START = "update worker_change set cause = ";
    private static final String END = "\n where attribute = 'STATUS'";

    private CauseBackfill() {
    }

    public static String of(JdbcClient jdbc, String workerId) {
        String migration;
        try (InputStream in = new ClassPathResource(MIGRATION).getInputStream()) {
            migration = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int start = migration.indexOf(START) + START.length();
        String expression = migration.substring(start, migration.indexOf(END, start));
        return jdbc.sql("select " + expression + " from worker_change where worker_id = :worker"
                + " and attribute = 'STATUS' and new_value in ('TERMINATED', 'PUBLIC_INSTITUTION_STAFF')")
                .param("worker", workerId).query(String.class).single();
    }
}
