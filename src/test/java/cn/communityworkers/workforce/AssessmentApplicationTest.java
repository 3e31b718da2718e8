package cn.communityworkers.workforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.communityworkers.support.ProcessTest;
import cn.communityworkers.support.TestRegistry;
import cn.communityworkers.support.TestUnits;

/** {@link WorkerService#applyAssessment} and the registry events around it, on the real database. */
@ProcessTest
class AssessmentApplicationTest {

    static final String INPUTS = "{\"rating\":\"QUALIFIED\",\"totalScore\":81.0}";

    @Autowired TestRegistry registry;
    @Autowired WorkerService workers;
    @Autowired WorkerChangeRepository changes;

    TestUnits units;

    @BeforeEach
    void setUp() {
        units = registry.county(100_000);
    }

    /** A staff member (post category C) of the test county, whose average wage is the default 9000. */
    String worker(int grade, Qualification qualification, LocalDate contractEnd) {
        return workers.register(new WorkerRecord(null, "测试考核", LocalDate.of(1988, 5, 1), units.community(),
                Role.STAFF, Education.BACHELOR, qualification, true, WorkerStatus.ACTIVE, LocalDate.of(2015, 3, 1),
                null, grade, contractEnd, null, false, null, true, true, List.of(),
                List.of(new WorkerRecord.Assessment(2023, Rating.EXCELLENT)))).workerId();
    }

    Worker stored(String workerId) {
        return workers.find(workerId).orElseThrow();
    }

    List<WorkerChange> changes(String workerId, ChangeAttribute attribute) {
        return changes.findByWorkerIdOrderByIdAsc(workerId).stream()
                .filter(change -> change.attribute() == attribute).toList();
    }

    @Test
    void theGradeRisesFromTheFirstOfJanuaryWithThePayOfTheNewLevel() {
        String id = worker(5, Qualification.NONE, null);

        AssessmentOutcome outcome = workers.applyAssessment(id, 2024, Rating.QUALIFIED, 1,
                "年度考核合格,岗位等级晋升一级。", "process-1", INPUTS);

        // category C: 0.80 + 0.03 per level above 1, times 9000
        assertThat(outcome).isEqualTo(new AssessmentOutcome(5, 6, 0, new BigDecimal("8550.00")));
        Worker worker = stored(id);
        assertThat(worker.getGradeLevel()).isEqualTo(6);
        assertThat(worker.getMonthlyPay()).isEqualByComparingTo("8550.00");
        assertThat(worker.getAssessmentHistory()).containsExactlyInAnyOrder(
                new AssessmentRecord(2023, Rating.EXCELLENT), new AssessmentRecord(2024, Rating.QUALIFIED));
        assertThat(changes(id, ChangeAttribute.GRADE)).last()
                .extracting(WorkerChange::oldValue, WorkerChange::newValue, WorkerChange::effectiveDate,
                        WorkerChange::reason, WorkerChange::processInstanceId, WorkerChange::details)
                .containsExactly("5", "6", LocalDate.of(2025, 1, 1), "年度考核合格,岗位等级晋升一级。", "process-1", INPUTS);
        assertThat(changes(id, ChangeAttribute.PAY)).last()
                .extracting(WorkerChange::oldValue, WorkerChange::newValue, WorkerChange::effectiveDate,
                        WorkerChange::processInstanceId, WorkerChange::details)
                .containsExactly("8280.00", "8550.00", LocalDate.of(2025, 1, 1), "process-1", INPUTS);
        assertThat(workers.view(id).gradeHistory()).last()
                .extracting(WorkerView.GradeChange::from, WorkerView.GradeChange::to,
                        WorkerView.GradeChange::effectiveDate, WorkerView.GradeChange::details)
                .containsExactly(5, 6, LocalDate.of(2025, 1, 1), INPUTS);
    }

    @Test
    void theHighestGradeIsEighteenAndAnUnchangedGradeRecordsNoChange() {
        String id = worker(18, Qualification.NONE, null);
        int gradeChanges = changes(id, ChangeAttribute.GRADE).size();
        int payChanges = changes(id, ChangeAttribute.PAY).size();
        BigDecimal pay = stored(id).getMonthlyPay();

        AssessmentOutcome outcome = workers.applyAssessment(id, 2024, Rating.EXCELLENT, 2, "连续三年优秀", "p", INPUTS);

        assertThat(outcome).isEqualTo(new AssessmentOutcome(18, 18, 0, pay));
        assertThat(stored(id).getGradeLevel()).isEqualTo(18);
        assertThat(changes(id, ChangeAttribute.GRADE)).hasSize(gradeChanges);
        assertThat(changes(id, ChangeAttribute.PAY)).hasSize(payChanges);
        assertThat(stored(id).getAssessmentHistory()).contains(new AssessmentRecord(2024, Rating.EXCELLENT));
    }

    @Test
    void theLowestGradeIsOne() {
        String id = worker(1, Qualification.NONE, null);

        assertThat(workers.applyAssessment(id, 2024, Rating.UNQUALIFIED, -1, "不合格", "p", INPUTS).gradeAfter())
                .isEqualTo(1);
    }

    @Test
    void eachQualificationStepGainedSinceTheLastGradingAddsALevelOnce() {
        String id = worker(5, Qualification.NONE, null);

        workers.changeQualification(id, Qualification.SOCIAL_WORKER, "取得社会工作师职业资格证书");

        assertThat(stored(id).getGradeLevel()).as("the grade waits for the next grading").isEqualTo(5);
        assertThat(changes(id, ChangeAttribute.QUALIFICATION)).singleElement()
                .extracting(WorkerChange::oldValue, WorkerChange::newValue, WorkerChange::reason)
                .containsExactly("NONE", "SOCIAL_WORKER", "取得社会工作师职业资格证书");

        AssessmentOutcome first = workers.applyAssessment(id, 2024, Rating.QUALIFIED, 1, "年度考核合格,岗位等级晋升一级。",
                "process-2024", INPUTS);

        assertThat(first).isEqualTo(new AssessmentOutcome(5, 8, 2, new BigDecimal("9090.00")));
        assertThat(changes(id, ChangeAttribute.GRADE)).last()
                .extracting(WorkerChange::newValue, WorkerChange::effectiveDate, WorkerChange::reason)
                .containsExactly("8", LocalDate.of(2025, 1, 1), "年度考核合格,岗位等级晋升一级。社会工作职业资格提升2级");
        assertThat(stored(id).getQualificationAtLastGrading()).isEqualTo(Qualification.SOCIAL_WORKER);

        AssessmentOutcome second = workers.applyAssessment(id, 2025, Rating.BASICALLY_QUALIFIED, 0, "基本合格",
                "process-2025", INPUTS);

        assertThat(second).isEqualTo(new AssessmentOutcome(8, 8, 0, new BigDecimal("9090.00")));
        assertThat(changes(id, ChangeAttribute.GRADE)).last()
                .extracting(WorkerChange::processInstanceId).isEqualTo("process-2024");
    }

    @Test
    void aQualificationAtRegistrationIsAlreadyGraded() {
        String id = worker(5, Qualification.ASSISTANT_SOCIAL_WORKER, null);

        assertThat(stored(id).getQualificationAtLastGrading()).isEqualTo(Qualification.ASSISTANT_SOCIAL_WORKER);
        assertThat(workers.applyAssessment(id, 2024, Rating.QUALIFIED, 1, "合格", "p", INPUTS).qualificationSteps())
                .isZero();
    }

    @Test
    void theSameQualificationTwiceIsRefused() {
        String id = worker(5, Qualification.SOCIAL_WORKER, null);

        assertThatThrownBy(() -> workers.changeQualification(id, Qualification.SOCIAL_WORKER, "重复"))
                .isInstanceOf(IllegalStateException.class);
        assertThat(changes(id, ChangeAttribute.QUALIFICATION)).isEmpty();
    }

    @Test
    void aYearIsRatedOnlyOnce() {
        String id = worker(5, Qualification.NONE, null);
        workers.applyAssessment(id, 2024, Rating.QUALIFIED, 1, "合格", "p", INPUTS);

        assertThatThrownBy(() -> workers.applyAssessment(id, 2024, Rating.EXCELLENT, 1, "优秀", "p2", INPUTS))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("2024");
        assertThatThrownBy(() -> workers.applyAssessment(id, 2023, Rating.QUALIFIED, 1, "合格", "p3", INPUTS))
                .as("a year registered with the worker counts too").isInstanceOf(IllegalStateException.class);

        assertThat(stored(id).getGradeLevel()).isEqualTo(6);
        assertThat(workers.ratingsByYear(id)).containsExactly(Map.entry(2023, Rating.EXCELLENT),
                Map.entry(2024, Rating.QUALIFIED));
    }

    @Test
    void anUnknownWorkerIsRefused() {
        assertThatThrownBy(() -> workers.applyAssessment("NOBODY", 2024, Rating.QUALIFIED, 1, "合格", "p", INPUTS))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRenewedContractMustEndLater() {
        LocalDate end = LocalDate.of(2026, 6, 30);
        String id = worker(5, Qualification.NONE, end);

        assertThatThrownBy(() -> workers.renewContract(id, end, "p"))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> workers.renewContract(id, end.minusDays(1), "p"))
                .isInstanceOf(IllegalStateException.class);

        workers.renewContract(id, LocalDate.of(2029, 6, 30), "renewal-process");

        assertThat(stored(id).getContractEnd()).isEqualTo(LocalDate.of(2029, 6, 30));
        assertThat(changes(id, ChangeAttribute.CONTRACT_END))
                .extracting(WorkerChange::oldValue, WorkerChange::newValue, WorkerChange::processInstanceId)
                .containsExactly(tuple(null, "2026-06-30", null), tuple("2026-06-30", "2029-06-30", "renewal-process"));
    }

    @Test
    void anOpenEndedContractIsNotRenewed() {
        String id = worker(5, Qualification.NONE, null);

        assertThatThrownBy(() -> workers.renewContract(id, LocalDate.of(2030, 1, 1), "p"))
                .isInstanceOf(IllegalStateException.class);
    }
}
