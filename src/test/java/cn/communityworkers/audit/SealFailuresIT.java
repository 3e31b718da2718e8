package cn.communityworkers.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.fasterxml.jackson.databind.JsonNode;

import cn.communityworkers.support.Api;
import cn.communityworkers.support.IntegrationTest;
import cn.communityworkers.support.SealVerification;
import cn.communityworkers.support.TestProfiles;
import cn.communityworkers.system.SystemActions;

/**
 * An instance whose trail cannot be built stops no other seal, and verify names it; verify names an instance ended
 * without a seal, and a sealed one whose history can no longer be read (once its rows differ from those sealed: while
 * they are as sealed, the seal stands for the history without its trail being built). The fault is injected: a test-only trail
 * builder (the application's, overridden) fails for the instances whose business key a test lists (now that values
 * are read as stored, no history the tests can write stops the real one). So that no sealer without the fault seals
 * them, this application has a database of its own (and a JVM of its own: tag {@code own-application}, see the
 * pom); it sweeps every second.
 */
@Tag("own-application")
@IntegrationTest
@TestPropertySource(properties = {"audit.seal-interval=PT1S", "audit.seal-retry-interval=PT3S", "audit.unsealed-grace=PT2S"})
class SealFailuresIT {

    static final Duration RETRY = Duration.ofSeconds(3);
    static final Duration GRACE = Duration.ofSeconds(2);
    static final String FAULT = "injected fault: this trail cannot be built";

    /** The business keys of the instances whose trail the spy cannot build. */
    static final Set<String> UNREADABLE = ConcurrentHashMap.newKeySet();

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) throws Exception {
        if (!TestProfiles.postgres()) {
            registry.add("spring.datasource.url", () -> "jdbc:h2:mem:seal-failures;DB_CLOSE_DELAY=-1;DB_CLOSE_ON_EXIT=FALSE");
            return;
        }
        String url = System.getenv().getOrDefault("DB_URL", "jdbc:postgresql://127.0.0.1:5432/test");
        int slash = url.lastIndexOf('/');
        int query = url.indexOf('?', slash);
        String database = (query < 0 ? url.substring(slash + 1) : url.substring(slash + 1, query)) + "_seals";
        try (Connection connection = DriverManager.getConnection(url, System.getenv().getOrDefault("DB_USER", "postgres"),
                System.getenv().getOrDefault("DB_PASSWORD", "")); Statement statement = connection.createStatement()) {
            statement.execute("drop database if exists " + database + " with (force)");
            statement.execute("create database " + database);
        }
        String own = url.substring(0, slash + 1) + database + (query < 0 ? "" : url.substring(query));
        registry.add("spring.datasource.url", () -> own);
    }

    /** The application's trail builder, but for the instances listed in {@link #UNREADABLE}. */
    @TestConfiguration
    static class InjectedFault {

        @Bean
        @Primary
        TrailBuilder faultyTrails(HistoryService historyService, TaskService taskService, SystemActions system) {
            return new TrailBuilder(historyService, taskService, system) {
                @Override
                Trail build(String processInstanceId) {
                    HistoricProcessInstance instance = system.run(() -> historyService.createHistoricProcessInstanceQuery()
                            .processInstanceId(processInstanceId).singleResult());
                    if (instance != null && UNREADABLE.contains(instance.getBusinessKey())) {
                        throw new IllegalStateException(FAULT);
                    }
                    return super.build(processInstanceId);
                }
            };
        }
    }

    @Autowired
    RuntimeService runtimeService;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    TestRestTemplate rest;
    Api api;
    Drive drive;

    @BeforeAll
    static void deployProbe(@Autowired RepositoryService repositoryService) {
        Probe.deploy(repositoryService);
    }

    @BeforeEach
    void setUp() {
        api = new Api(rest);
        drive = new Drive(api);
    }

    String instance(String businessKey) {
        return Probe.run(runtimeService, businessKey, Map.of("note", businessKey));
    }

    boolean sealed(String instance) {
        return jdbc.queryForObject("select count(*) from audit_seal where process_instance_id = ?", Integer.class,
                instance) == 1;
    }

    /** The problems verify names, by instance. */
    Map<String, JsonNode> problems() {
        JsonNode verification = SealVerification.full(api, Drive.AUDITOR);
        Map<String, JsonNode> found = new ConcurrentHashMap<>();
        verification.path("problems").forEach(problem -> {
            if (problem.hasNonNull("processInstanceId")) {
                found.put(problem.path("processInstanceId").asText(), problem);
            }
        });
        assertThat(verification.path("intact").asBoolean()).isEqualTo(verification.path("problems").isEmpty());
        return found;
    }

    @Test
    void fiftyTrailsThatCannotBeBuiltStopNoOtherSealAndVerifyNamesThem() {
        String tag = Integer.toString(ThreadLocalRandom.current().nextInt(1_000_000));
        List<String> unreadable = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            UNREADABLE.add("unreadable-" + tag + "-" + i);
            unreadable.add(instance("unreadable-" + tag + "-" + i));
        }
        String readable = instance("readable-" + tag);

        // The later instance is sealed although the fifty oldest unsealed ones cannot be.
        drive.await("the seal of the readable instance", () -> sealed(readable));
        drive.await("the fifty failures recorded", () -> jdbc.queryForObject("select count(*) from audit_seal_failure"
                + " where process_instance_id in (" + String.join(",", unreadable.stream().map(id -> "'" + id + "'").toList())
                + ")", Integer.class) == 50);
        assertThat(unreadable).noneMatch(this::sealed);
        Map<String, JsonNode> problems = problems();
        assertThat(problems).doesNotContainKey(readable);
        for (String instance : unreadable) {
            JsonNode problem = problems.get(instance);
            assertThat(problem).as(instance).isNotNull();
            assertThat(problem.path("status").asText()).isEqualTo("UNSEALABLE");
            assertThat(problem.path("processDefinitionKey").asText()).isEqualTo(Probe.KEY);
            assertThat(problem.path("businessKey").asText()).startsWith("unreadable-" + tag);
            assertThat(problem.path("detail").asText()).contains("审计记录无法生成", FAULT);
        }
        // Not tried again in a loop: at most once per retry interval.
        for (var row : jdbc.queryForList("select first_failed_at, last_failed_at, attempts from audit_seal_failure")) {
            long apart = ((Timestamp) row.get("last_failed_at")).getTime() - ((Timestamp) row.get("first_failed_at")).getTime();
            assertThat(apart).as(row.toString()).isGreaterThanOrEqualTo(
                    (((Number) row.get("attempts")).longValue() - 1) * RETRY.toMillis());
        }
        // Its trail says what is wrong, as a problem detail.
        Api.Response trail = api.get(Drive.AUDITOR, "/api/audit/process-instances/" + unreadable.get(0));
        assertThat(trail.status()).isEqualTo(500);
        assertThat(trail.headers().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
        assertThat(trail.json().path("detail").asText()).contains(unreadable.get(0), FAULT);

        // Once the fault is gone, the next attempt seals them, and verify no longer names them.
        UNREADABLE.removeIf(businessKey -> businessKey.startsWith("unreadable-" + tag + "-"));
        drive.await("the seals of the fifty", () -> unreadable.stream().allMatch(this::sealed));
        assertThat(problems()).doesNotContainKeys(unreadable.toArray(String[]::new));
        assertThat(jdbc.queryForObject("select count(*) from audit_seal_failure", Integer.class)).isZero();
    }

    @Test
    void verifyNamesAnInstanceEndedLongerAgoThanTheGraceWithoutASeal() throws Exception {
        String instance;
        ExecutorService otherNode = Executors.newSingleThreadExecutor();
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try {
            // Another sealer holds the chain (e.g. stuck), so nothing is sealed meanwhile.
            Future<?> holding = otherNode.submit(() -> new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
                jdbc.queryForMap("select seq from audit_chain_head where id = 1 for update");
                locked.countDown();
                try {
                    release.await(1, TimeUnit.MINUTES);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
            assertThat(locked.await(1, TimeUnit.MINUTES)).isTrue();
            instance = instance("unsealed-" + ThreadLocalRandom.current().nextInt(1_000_000));
            assertNamedOnlyAfterTheGrace(instance);
            Thread.sleep(GRACE.toMillis() + 500);

            JsonNode problem = problems().get(instance);
            assertThat(problem).isNotNull();
            assertThat(problem.has("seq")).as("an unsealed instance has no seal number").isFalse();
            assertThat(problem.path("detail").asText()).contains("超过 2 秒仍未封存");
            assertThat(sealed(instance)).isFalse();
            release.countDown();
            holding.get(1, TimeUnit.MINUTES);
        } finally {
            release.countDown();
            otherNode.shutdown();
        }
        drive.await("the seal of " + instance, () -> sealed(instance));
        assertThat(problems()).doesNotContainKey(instance);
    }

    /** Right after its end: if verify names the instance, the grace had passed when it checked (verify takes time). */
    void assertNamedOnlyAfterTheGrace(String instance) {
        Instant ended = jdbc.queryForObject("select end_time_ from act_hi_procinst where id_ = ?", Timestamp.class, instance)
                .toInstant();
        JsonNode verification = SealVerification.full(api, Drive.AUDITOR);
        verification.path("problems").forEach(problem -> {
            if (problem.path("processInstanceId").asText().equals(instance)) {
                assertThat(Duration.between(ended, OffsetDateTime.parse(verification.path("finishedAt").asText())
                        .toInstant())).isGreaterThan(GRACE);
            }
        });
    }

    @Test
    void aSealedInstanceWhoseHistoryCannotBeReadIsNamedAndAnsweredFromItsSeal() {
        String businessKey = "unverifiable-" + ThreadLocalRandom.current().nextInt(1_000_000);
        String instance = instance(businessKey);
        drive.await("the seal of " + instance, () -> sealed(instance));

        UNREADABLE.add(businessKey);
        try {
            assertThat(problems()).as("its history rows are as sealed: nothing to build").doesNotContainKey(instance);
            // A row changed (here one the trail does not show): the verification builds the trail again, and cannot.
            assertThat(jdbc.update("update act_hi_actinst set sequence_counter_ = sequence_counter_ + 1000"
                    + " where proc_inst_id_ = ?", instance)).isPositive();
            JsonNode problem = problems().get(instance);
            assertThat(problem.path("status").asText()).isEqualTo("UNVERIFIABLE");
            assertThat(problem.path("seq").asLong()).isPositive();
            assertThat(problem.path("detail").asText()).contains("无法与封存记录核对", FAULT);
            JsonNode view = api.get(Drive.AUDITOR, "/api/audit/process-instances/" + instance).json();
            assertThat(view.path("source").asText()).isEqualTo("SEAL");
            assertThat(view.path("seal").path("status").asText()).isEqualTo("UNVERIFIABLE");
            assertThat(view.path("trail").path("finalVariables").path("note").asText()).isEqualTo(businessKey);
        } finally {
            UNREADABLE.remove(businessKey);
        }
        assertThat(problems()).doesNotContainKey(instance);
        assertThat(api.get(Drive.AUDITOR, "/api/audit/process-instances/" + instance).json().path("seal").path("status")
                .asText()).isEqualTo("INTACT");
    }
}
