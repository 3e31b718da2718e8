package cn.communityworkers.workforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;

import cn.communityworkers.support.ProcessTest;
import cn.communityworkers.support.TestRegistry;

/** The Worker aggregate through JdbcClient: saved and loaded whole, and a save over someone else's change refused. */
@ProcessTest
class WorkerRepositoryTest {

    @Autowired TestRegistry registry;
    @Autowired WorkerRepository workers;

    @Test
    void aWorkerIsLoadedAsSavedWithTermsAndRatingsInOrder() {
        String id = registry.worker(registry.county(100_000), Role.SECRETARY, WorkerStatus.ACTIVE);
        Worker worker = workers.findById(id).orElseThrow();
        worker.setSecretaryTerms(List.of(new SecretaryTerm(LocalDate.of(2021, 1, 1), null, false),
                new SecretaryTerm(LocalDate.of(2016, 1, 1), LocalDate.of(2020, 12, 31), true)));
        worker.setAssessmentHistory(new LinkedHashSet<>(List.of(new AssessmentRecord(2024, Rating.EXCELLENT),
                new AssessmentRecord(2023, Rating.QUALIFIED))));
        worker.setProbationPayPercent(80);
        workers.save(worker);

        Worker loaded = workers.findById(id).orElseThrow();
        assertThat(loaded.getSecretaryTerms()).containsExactly(
                new SecretaryTerm(LocalDate.of(2021, 1, 1), null, false),
                new SecretaryTerm(LocalDate.of(2016, 1, 1), LocalDate.of(2020, 12, 31), true));
        assertThat(loaded.getAssessmentHistory()).containsExactly(new AssessmentRecord(2023, Rating.QUALIFIED),
                new AssessmentRecord(2024, Rating.EXCELLENT));
        assertThat(loaded.getProbationPayPercent()).isEqualTo(80);
        assertThat(loaded.getVersion()).isEqualTo(worker.getVersion()).isPositive();
    }

    @Test
    void aSaveOverSomeoneElsesChangeIsRefusedAndChangesNothing() {
        String id = registry.worker(registry.county(100_000), Role.STAFF, WorkerStatus.ACTIVE);
        Worker mine = workers.findById(id).orElseThrow();
        Worker theirs = workers.findById(id).orElseThrow();
        theirs.setUnderInvestigation(true);
        workers.save(theirs);

        mine.setName("过期的修改");
        assertThatThrownBy(() -> workers.save(mine)).isInstanceOf(OptimisticLockingFailureException.class);
        Worker stored = workers.findById(id).orElseThrow();
        assertThat(stored.getName()).isNotEqualTo("过期的修改");
        assertThat(stored.isUnderInvestigation()).isTrue();
    }
}
