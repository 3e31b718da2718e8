package cn.communityworkers.workforce;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.awaitility.Awaitility;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.communityworkers.CommunityWorkersApplication;
import cn.communityworkers.organisation.OrganisationService;
import cn.communityworkers.organisation.UnitGroups;
import cn.communityworkers.support.TestProfiles;
import cn.communityworkers.support.TestUnits;

/**
 * A roster being imported in the background when the application is shut down: nothing of it is stored, and a new
 * application on the same database runs it again from its file once its lease has run out, storing every worker once.
 * Two applications one after the other, in a JVM of its own (tag {@code own-application}).
 */
@Tag("own-application")
class RosterImportRestartIT {

    static final int ROWS = 30_000;

    @Test
    void anImportStoppedWithItsApplicationIsRunAgainFromItsFile() {
        String database = "jdbc:h2:mem:import-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;DB_CLOSE_ON_EXIT=FALSE";
        String county = "RR" + UUID.randomUUID().toString().replace("-", "").substring(0, 7).toUpperCase();
        TestUnits units = new TestUnits(county, county + "01", county + "01001");
        long id;
        try (ConfigurableApplicationContext first = application(database)) {
            OrganisationService organisation = first.getBean(OrganisationService.class);
            organisation.putCounty(county, "重启县" + county, 1_000_000L, null);
            organisation.putStreet(units.street(), "重启街道", county);
            organisation.putCommunity(units.community(), "重启社区", units.street());
            // Identity numbers of an area each and a birth day of this run's: random ones would repeat in a file this
            // long, and the other tests' workers (on PostgreSQL in the same database) are mostly born on 1985-03-04.
            ThreadLocalRandom random = ThreadLocalRandom.current();
            int area = random.nextInt(100_000, 1_000_000 - ROWS);
            LocalDate born = LocalDate.of(1960, 1, 1).plusDays(random.nextInt(9_000));
            StringBuilder roster = new StringBuilder(WorkerImportIT.HEADER);
            for (int i = 0; i < ROWS; i++) {
                String number = IdCardNumber.compose(String.valueOf(area + i), born, random.nextInt(1000));
                roster.append(WorkerImportIT.row(units, county + "-" + i, number, "重启" + i)
                        .replace(",1985-03-04,", "," + born + ","));
            }
            IdentityService identity = first.getBean(IdentityService.class);
            identity.setAuthentication("hr" + county, List.of(UnitGroups.streetHr(units.street())));
            RosterImports imports = first.getBean(RosterImports.class);
            try {
                id = imports.upload(new ByteArrayInputStream(roster.toString().getBytes(StandardCharsets.UTF_8)),
                        "重启前.csv").id();
                RosterImports.View storing = Awaitility.await("some rows stored").atMost(Duration.ofMinutes(3))
                        .pollInterval(Duration.ofMillis(20)).until(() -> imports.view(id),
                                view -> view.stored() >= WorkerRegistry.PROGRESS_EVERY || view.finishedAt() != null);
                assertThat(storing.finishedAt()).as("still storing when its application stops: %s", storing).isNull();
            } finally {
                identity.clearAuthentication();
            }
        }
        try (ConfigurableApplicationContext second = application(database)) {
            JdbcTemplate jdbc = second.getBean(JdbcTemplate.class);
            assertThat(workers(jdbc, units)).as("nothing of the stopped import kept").isZero();
            RosterImports imports = second.getBean(RosterImports.class);
            RosterImports.View done = Awaitility.await("the import run again").atMost(Duration.ofMinutes(3))
                    .pollInterval(Duration.ofMillis(200)).until(() -> imports.view(id), now -> now.finishedAt() != null);
            assertThat(done.state()).isEqualTo(RosterImports.State.IMPORTED);
            assertThat(done.imported()).isEqualTo(ROWS);
            assertThat(workers(jdbc, units)).as("every worker once").isEqualTo(ROWS);
        }
    }

    private static long workers(JdbcTemplate jdbc, TestUnits units) {
        return jdbc.queryForObject("select count(*) from worker where community_code = ?", Long.class,
                units.community());
    }

    /** The application on the database, its imports' lease a second. */
    private static ConfigurableApplicationContext application(String database) {
        String[] profiles = new TestProfiles().resolve(RosterImportRestartIT.class);
        List<String> arguments = new ArrayList<>(List.of("--server.port=0",
                "--camunda.bpm.process-engine-name=importRestart", "--camunda.bpm.job-execution.enabled=false",
                "--workforce.import.lease=PT1S"));
        if (!TestProfiles.postgres()) {
            arguments.add("--spring.datasource.url=" + database);
        }
        return new SpringApplicationBuilder(CommunityWorkersApplication.class).profiles(profiles)
                .run(arguments.toArray(String[]::new));
    }
}
