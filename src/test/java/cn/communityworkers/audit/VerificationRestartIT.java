package cn.communityworkers.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.communityworkers.CommunityWorkersApplication;
import cn.communityworkers.support.TestProfiles;

/**
 * A full verification goes on where it stopped when the application is shut down in the middle of it: a new
 * application on the same database takes it over once its lease has run out, checks the seals after the last chunk
 * committed, each once, and finishes it. Two applications one after the other, in a JVM of its own (tag
 * {@code own-application}).
 */
@Tag("own-application")
class VerificationRestartIT {

    static final int INSTANCES = 300;

    @Test
    void aFullVerificationSurvivesARestart() {
        String database = "jdbc:h2:mem:verification-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;DB_CLOSE_ON_EXIT=FALSE";
        long id;
        long total;
        long checkedBeforeTheStop;
        try (ConfigurableApplicationContext first = application(database)) {
            JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
            RuntimeService runtimeService = first.getBean(RuntimeService.class);
            Probe.deploy(first.getBean(RepositoryService.class));
            for (int i = 0; i < INSTANCES; i++) {
                Probe.run(runtimeService, "restart-" + i, Map.of("n", i));
            }
            Awaitility.await("the probes sealed").atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(200))
                    .until(() -> unsealedProbes(jdbc), count -> count == 0);
            long head = jdbc.queryForObject("select seq from audit_chain_head where id = 1", Long.class);
            Verifications verifications = first.getBean(Verifications.class);
            id = verifications.request(Verifications.Kind.FULL, "auditor").id();
            total = verifications.progress(id).total();
            assertThat(total).isEqualTo(head).isGreaterThanOrEqualTo(INSTANCES);
            checkedBeforeTheStop = Awaitility.await("some chunks verified").atMost(Duration.ofMinutes(2))
                    .pollInterval(Duration.ofMillis(10)).until(() -> verifications.progress(id).checked(),
                            checked -> checked >= 20);
            // The application stops, its verification first, as its @PreDestroy does; the rest of the shutdown can
            // take longer than the rest of a fast verification (PostgreSQL's test database, a CI run, 5 December).
            verifications.stop();
            Verifications.Progress stopped = verifications.progress(id);
            assertThat(stopped.finishedAt()).as("stopped in the middle").isNull();
            assertThat(stopped.checked()).isGreaterThanOrEqualTo(checkedBeforeTheStop).isLessThan(total);
        }
        List<Long> progress = new ArrayList<>(List.of(checkedBeforeTheStop));
        try (ConfigurableApplicationContext second = application(database)) {
            // The new application takes the verification over as soon as it is ready (the lease is a second long).
            Verifications verifications = second.getBean(Verifications.class);
            Verifications.Progress done = Awaitility.await("the verification taken over").atMost(Duration.ofMinutes(2))
                    .pollInterval(Duration.ofMillis(200)).until(() -> verifications.progress(id), now -> {
                        progress.add(now.checked());
                        return now.finishedAt() != null;
                    });
            assertThat(done.checked()).as("every seal once").isEqualTo(total);
            List<Verifications.Problem> problems = verifications.problems(id);
            assertThat(problems).hasSize((int) done.problems());
            assertThat(problems).extracting(Verifications.Problem::status).doesNotContain(Seals.Status.CHAIN_BROKEN);
            assertThat(progress).isSorted();
            assertThat(second.getBean(JdbcTemplate.class).queryForObject(
                    "select count(*) from audit_verification where running = 1", Long.class)).isZero();
        }
    }

    private static long unsealedProbes(JdbcTemplate jdbc) {
        return jdbc.queryForObject("select count(*) from act_hi_procinst p where p.business_key_ like 'restart-%'"
                + " and not exists (select 1 from audit_seal s where s.process_instance_id = p.id_)", Long.class);
    }

    /** The application on the database, verifying 10 seals a chunk on one thread, its lease a second. */
    private static ConfigurableApplicationContext application(String database) {
        String[] profiles = new TestProfiles().resolve(VerificationRestartIT.class);
        List<String> arguments = new ArrayList<>(List.of("--server.port=0",
                "--camunda.bpm.process-engine-name=verificationRestart", "--camunda.bpm.job-execution.enabled=false",
                "--audit.verification.chunk=10", "--audit.verification.threads=1", "--audit.verification.lease=PT1S"));
        if (!TestProfiles.postgres()) {
            arguments.add("--spring.datasource.url=" + database);
        }
        return new SpringApplicationBuilder(CommunityWorkersApplication.class).profiles(profiles)
                .run(arguments.toArray(String[]::new));
    }
}
