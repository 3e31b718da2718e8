package cn.communityworkers.contractexpiry;

import static cn.communityworkers.contractexpiry.ContractExpiryTesting.today;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

import cn.communityworkers.organisation.OrganisationService;
import cn.communityworkers.support.ProcessTest;
import cn.communityworkers.support.TestUnits;
import cn.communityworkers.system.Cases;
import cn.communityworkers.workforce.ContractDecisionsUnderway;
import cn.communityworkers.workforce.LeavingCause;
import cn.communityworkers.workforce.WorkerStatus;

/**
 * The daily check: one decision per contract end, whatever how often, on how many nodes or after how long a pause it
 * runs; none beyond the lead time, none for a worker out of the headcount. (A contract the annual assessment is
 * renewing gets none: ContractRenewalProcessTest.)
 */
@ProcessTest
class ContractExpiryCheckTest {

    @Autowired ProcessEngine engine;
    @Autowired ContractExpiryCheck check;
    @Autowired ContractExpiryTesting testing;
    @Autowired ContractExpiryProperties properties;

    // what a second node (or the node after a restart) builds its check from
    @Autowired JdbcClient jdbc;
    @Autowired ContractExpiries expiries;
    @Autowired OrganisationService organisation;
    @Autowired RuntimeService runtimeService;
    @Autowired Cases cases;
    @Autowired List<ContractDecisionsUnderway> elsewhere;
    @Autowired PlatformTransactionManager transactionManager;
    @Autowired Clock clock;

    TestUnits units;

    @BeforeEach
    void setUp() {
        AbstractAssertions.init(engine);
        units = testing.registry.county(100_000);
    }

    ContractExpiryCheck anotherNode() {
        return new ContractExpiryCheck(jdbc, expiries, organisation, runtimeService, cases, elsewhere, properties,
                transactionManager, clock);
    }

    @Test
    void aContractWithinTheLeadTimeGetsOneDecisionHoweverOftenTheCheckRuns() {
        LocalDate end = today().plusDays(30);
        String worker = testing.worker(units, LocalDate.of(2020, 3, 1), end);

        check.openDue();
        check.openDue();
        anotherNode().openDue(); // after a restart: the check keeps nothing in memory

        assertThat(testing.decisions(worker)).singleElement().satisfies(decision -> {
            assertThat(decision.getBusinessKey()).isEqualTo(ContractExpiryProcess.businessKey(worker, end));
            assertThat(decision).isWaitingAt(ContractExpiryProcess.TASK_DECIDE);
        });
        assertThat(testing.rows(worker)).isEqualTo(1);
    }

    @Test
    void twoNodesCheckingAtOnceOpenOneDecision() throws Exception {
        String worker = testing.worker(units, LocalDate.of(2020, 3, 1), today().plusDays(20));
        ContractExpiryCheck other = anotherNode();
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> runs = List.of(nodes.submit(() -> { go.await(); return check.openDue(); }),
                    nodes.submit(() -> { go.await(); return other.openDue(); }));
            go.countDown();
            for (Future<Integer> run : runs) {
                run.get();
            }
        } finally {
            nodes.shutdown();
        }
        // whichever node lost, its instance rolled back with its row
        assertThat(testing.decisions(worker)).hasSize(1);
        assertThat(testing.rows(worker)).isEqualTo(1);
    }

    /** After the application was down (or the check failed) past a contract's end, the first check catches up. */
    @Test
    void aContractPastItsEndWithoutADecisionGetsOneAtTheNextCheck() {
        String worker = testing.worker(units, LocalDate.of(2020, 3, 1), today().minusDays(10));

        check.openDue();

        assertThat(testing.decisions(worker)).singleElement()
                .satisfies(decision -> assertThat(decision).isWaitingAt(ContractExpiryProcess.TASK_DECIDE));
    }

    @Test
    void aContractBeyondTheLeadTimeGetsNoneUntilItIsWithin() {
        assertThat(properties.lead()).isEqualTo(java.time.Period.ofDays(60));
        String beyond = testing.worker(units, LocalDate.of(2020, 3, 1), today().plusDays(61));
        String atTheLead = testing.worker(units, LocalDate.of(2020, 3, 1), today().plusDays(60));

        check.openDue();

        assertThat(testing.decisions(beyond)).isEmpty();
        assertThat(testing.rows(beyond)).isZero();
        assertThat(testing.decisions(atTheLead)).hasSize(1);

        check.openDue(today().plusDays(1));
        assertThat(testing.decisions(beyond)).hasSize(1);
    }

    @Test
    void aWorkerOutOfTheHeadcountGetsNone() {
        String worker = testing.worker(units, LocalDate.of(2020, 3, 1), today().plusDays(10));
        testing.registry.changes().leaveHeadcount(worker, WorkerStatus.ACTIVE, WorkerStatus.TERMINATED,
                LeavingCause.RESIGNATION, "测试:已离职", null);

        check.openDue();

        assertThat(testing.decisions(worker)).isEmpty();
    }

    /** A renewed contract has a new end: its expiry is a contract of its own, decided in its time. */
    @Test
    void aRenewedContractGetsItsOwnDecisionWhenItsNewEndComes() {
        LocalDate end = today().plusDays(10);
        String worker = testing.worker(units, LocalDate.of(2020, 3, 1), end);
        check.openDue();
        testing.registry.changes().renewContract(worker, cn.communityworkers.workforce.ContractKind.FIXED_TERM,
                end.plusYears(3), "测试续订", null, null);

        check.openDue();
        assertThat(testing.decisions(worker)).hasSize(1);
        check.openDue(end.plusYears(3).minusDays(5));
        assertThat(testing.decisions(worker)).extracting(decision -> decision.getBusinessKey()).containsExactlyInAnyOrder(
                ContractExpiryProcess.businessKey(worker, end), ContractExpiryProcess.businessKey(worker, end.plusYears(3)));
    }
}
