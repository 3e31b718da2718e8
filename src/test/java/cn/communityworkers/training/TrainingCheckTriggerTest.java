package cn.communityworkers.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

import cn.communityworkers.organisation.OrganisationService;
import cn.communityworkers.support.ProcessTest;
import cn.communityworkers.support.TestRegistry;
import cn.communityworkers.system.Cases;
import cn.communityworkers.system.ClockConfiguration;

/**
 * The yearly start of the training check: from the configured day on, once per county and year, whether the
 * application restarts, two nodes look at the same moment, or the day passed while it was down.
 */
@ProcessTest
class TrainingCheckTriggerTest {

    static final int YEAR = LocalDate.now(ClockConfiguration.CHINA).getYear();

    @Autowired TestRegistry registry;
    @Autowired TrainingChecks checks;
    @Autowired JdbcClient jdbc;
    @Autowired OrganisationService organisation;
    @Autowired TrainingRequirements requirements;
    @Autowired TrainingProperties properties;
    @Autowired Cases cases;
    @Autowired RuntimeService runtimeService;
    @Autowired HistoryService historyService;
    @Autowired PlatformTransactionManager transactions;
    @Autowired Clock clock;

    String county;

    @BeforeEach
    void setUp() {
        county = registry.county(50_000).county();
    }

    /** Another node, or this one after a restart: nothing in memory, the same database. */
    TrainingChecks node(String checkDate) {
        return new TrainingChecks(jdbc, organisation, requirements, new TrainingProperties(checkDate, Duration.ofHours(1)),
                cases, runtimeService, transactions, clock);
    }

    long checksOfCounty() {
        return jdbc.sql("select count(*) from training_check where county_code = :county").param("county", county)
                .query(Long.class).single();
    }

    long instances(int year) {
        return historyService.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(TrainingCheckProcess.businessKey(county, year)).count();
    }

    @Test
    void theDefaultDayIsTheFirstOfNovember() {
        assertThat(properties.checkDay(YEAR)).isEqualTo(LocalDate.of(YEAR, 11, 1));
    }

    @Test
    void nothingStartsBeforeTheDayAndOnTheDayTheCheckStartsOnceWhateverTheRestarts() {
        assertThat(checks.startDue(LocalDate.of(YEAR, 10, 31), List.of(county))).isEmpty();
        assertThat(instances(YEAR)).isZero();

        List<String> started = checks.startDue(LocalDate.of(YEAR, 11, 1), List.of(county));

        assertThat(started).hasSize(1);
        assertThat(checks.checkOf(county, YEAR)).contains(started.get(0));
        assertThat(checks.startDue(LocalDate.of(YEAR, 11, 1), List.of(county))).isEmpty();
        assertThat(node("11-01").startDue(LocalDate.of(YEAR, 11, 2), List.of(county))).as("after a restart").isEmpty();
        assertThat(node("11-01").startDue(LocalDate.of(YEAR, 12, 31), List.of(county))).isEmpty();
        assertThat(instances(YEAR)).isOne();
        assertThat(checksOfCounty()).isOne();
    }

    @Test
    void aDayMissedWhileTheApplicationWasDownIsCaughtUpAndNextYearHasItsOwnCheck() {
        assertThat(node("11-01").startDue(LocalDate.of(YEAR, 12, 4), List.of(county))).hasSize(1);
        assertThat(instances(YEAR)).isOne();

        assertThat(node("11-01").startDue(LocalDate.of(YEAR + 1, 1, 2), List.of(county))).as("before next year's day")
                .isEmpty();
        assertThat(node("11-01").startDue(LocalDate.of(YEAR + 1, 11, 1), List.of(county))).hasSize(1);
        assertThat(instances(YEAR + 1)).isOne();
        assertThat(checksOfCounty()).isEqualTo(2);
    }

    @Test
    void theDayIsConfigured() {
        TrainingChecks december = node("12-10");

        assertThat(december.startDue(LocalDate.of(YEAR, 12, 9), List.of(county))).isEmpty();
        assertThat(december.startDue(LocalDate.of(YEAR, 12, 10), List.of(county))).hasSize(1);
    }

    @Test
    void twoNodesLookingAtTheSameMomentStartOneCheck() throws Exception {
        CyclicBarrier together = new CyclicBarrier(2);
        List<CompletableFuture<List<String>>> looks = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            TrainingChecks node = node("11-01");
            looks.add(CompletableFuture.supplyAsync(() -> {
                try {
                    together.await();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                return node.startDue(LocalDate.of(YEAR, 11, 1), List.of(county));
            }));
        }
        int started = 0;
        for (CompletableFuture<List<String>> look : looks) {
            started += look.get().size();
        }

        assertThat(started).isOne();
        assertThat(checksOfCounty()).isOne();
        assertThat(instances(YEAR)).isOne();
    }
}
