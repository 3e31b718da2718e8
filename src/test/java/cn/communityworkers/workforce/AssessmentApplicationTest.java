package cn.communityworkers.workforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.communityworkers.support.IdCards;
import cn.communityworkers.support.ProcessTest;
import cn.communityworkers.support.TestRegistry;
import cn.communityworkers.support.TestUnits;
import cn.communityworkers.system.RuleViolationException;
import cn.communityworkers.system.Violation;

/** {@link CareerChanges#applyAssessment}, {@link CareerChanges#changeRole} and the registry events around them, on the real database. */
@ProcessTest
class AssessmentApplicationTest {

    static final String INPUTS = "{\"rating\":\"QUALIFIED\",\"totalScore\":81.0}";

    @Autowired TestRegistry registry;
    @Autowired WorkerRegistry workers;
    @Autowired CareerChanges careers;
    @Autowired ChangeLog log;
    @Autowired Clock clock;

    TestUnits units;

    @BeforeEach
    void setUp() {
        units = registry.county(100_000);
    }

    /** A staff member (post category C) of the test county, whose average wage is the default 9000. */
    String worker(int grade, Qualification qualification, LocalDate contractEnd) {
        return worker(Role.STAFF, grade, qualification, contractEnd);
    }

    String worker(Role role, int grade, Qualification qualification, LocalDate contractEnd) {
        return workers.register(new WorkerRecord(null, IdCards.of(LocalDate.of(1988, 5, 1)), "测试考核", LocalDate.of(1988, 5, 1), units.community(),
                role, Education.BACHELOR, qualification, true, WorkerStatus.ACTIVE, LocalDate.of(2015, 3, 1),
                null, grade, contractEnd, null, false, null, true, true, List.of(),
                List.of(new WorkerRecord.Assessment(2023, Rating.EXCELLENT)))).workerId();
    }

    /** A staff member at level 5 whose last step was in {@code lastStep}, with these ratings from 2021. */
    String workerWithHistory(Integer lastStep, Rating... ratings) {
        List<WorkerRecord.Assessment> history = new java.util.ArrayList<>();
        for (int i = 0; i < ratings.length; i++) {
            history.add(new WorkerRecord.Assessment(2021 + i, ratings[i]));
        }
        return workers.register(new WorkerRecord(null, IdCards.of(LocalDate.of(1988, 5, 1)), "测试晋级", LocalDate.of(1988, 5, 1), units.community(),
                Role.STAFF, Education.BACHELOR, Qualification.NONE, true, WorkerStatus.ACTIVE,
                LocalDate.of(2015, 3, 1), null, 5, null, null, false, null, true, true, List.of(), history, lastStep))
                .workerId();
    }

    Worker stored(String workerId) {
        return workers.find(workerId).orElseThrow();
    }

    List<WorkerChange> changes(String workerId, ChangeAttribute attribute) {
        return log.of(workerId).stream()
                .filter(change -> change.attribute() == attribute).toList();
    }

    static final GradeStep NO_STEP = new GradeStep(0, false, "连续1年考核合格及以上(其中优秀0年),未满晋升年限,岗位等级不变。");

    static GradeStep step(int from) {
        return new GradeStep(1, false, "连续3年考核合格及以上,晋升一级(第" + from + "级→第" + (from + 1) + "级)。");
    }

    @Test
    void theGradeStepsFromTheFirstOfJanuaryWithThePayOfTheNewLevelAndTheRuleAsGround() {
        String id = worker(5, Qualification.NONE, null);

        AssessmentOutcome outcome = careers.applyAssessment(id, 2024, Rating.QUALIFIED, step(5), "process-1", INPUTS);

        // category C: 0.80 + 0.03 per level above 1, times 9000
        assertThat(outcome).isEqualTo(new AssessmentOutcome(5, 6, 0, new BigDecimal("8550.00")));
        Worker worker = stored(id);
        assertThat(worker.getGradeLevel()).isEqualTo(6);
        assertThat(worker.getMonthlyPay()).isEqualByComparingTo("8550.00");
        assertThat(worker.getLastGradeStepYear()).as("the count starts again").isEqualTo(2024);
        assertThat(worker.getEarlyGradeSteps()).isZero();
        assertThat(worker.getAssessmentHistory()).containsExactlyInAnyOrder(
                new AssessmentRecord(2023, Rating.EXCELLENT), new AssessmentRecord(2024, Rating.QUALIFIED));
        String details = "postCategory=C, gradeLevel=5, rating=QUALIFIED, passingYears=1 [2024], excellentYears=0, "
                + "earlyStepsTaken=0, " + INPUTS;
        assertThat(changes(id, ChangeAttribute.GRADE)).last()
                .extracting(WorkerChange::oldValue, WorkerChange::newValue, WorkerChange::effectiveDate,
                        WorkerChange::reason, WorkerChange::processInstanceId, WorkerChange::details)
                .containsExactly("5", "6", LocalDate.of(2025, 1, 1), "连续3年考核合格及以上,晋升一级(第5级→第6级)。",
                        "process-1", details);
        assertThat(changes(id, ChangeAttribute.PAY)).last()
                .extracting(WorkerChange::oldValue, WorkerChange::newValue, WorkerChange::effectiveDate,
                        WorkerChange::processInstanceId, WorkerChange::details)
                .containsExactly("8280.00", "8550.00", LocalDate.of(2025, 1, 1), "process-1", details);
        assertThat(workers.view(id).gradeHistory()).last()
                .extracting(WorkerView.GradeChange::from, WorkerView.GradeChange::to,
                        WorkerView.GradeChange::effectiveDate, WorkerView.GradeChange::details)
                .containsExactly(5, 6, LocalDate.of(2025, 1, 1), details);
    }

    @Test
    void withoutAStepTheGradeStaysAndNoChangeIsRecorded() {
        String id = worker(5, Qualification.NONE, null);
        int gradeChanges = changes(id, ChangeAttribute.GRADE).size();

        AssessmentOutcome outcome = careers.applyAssessment(id, 2024, Rating.QUALIFIED, NO_STEP, "p", INPUTS);

        assertThat(outcome.gradeAfter()).isEqualTo(5);
        assertThat(changes(id, ChangeAttribute.GRADE)).hasSize(gradeChanges);
        assertThat(stored(id).getLastGradeStepYear()).isEqualTo(2023);
        assertThat(stored(id).getAssessmentHistory()).contains(new AssessmentRecord(2024, Rating.QUALIFIED));
    }

    @Test
    void anEarlyStepCountsAgainstTheCareersEarlySteps() {
        String id = worker(5, Qualification.NONE, null);

        careers.applyAssessment(id, 2024, Rating.EXCELLENT,
                new GradeStep(1, true, "优秀提前晋升:连续2年考核合格及以上,其中优秀2年,提前一年晋升一级(第5级→第6级),第1次提前晋升(至多3次)。"),
                "p", INPUTS);

        assertThat(stored(id).getEarlyGradeSteps()).isEqualTo(1);
        assertThat(stored(id).getLastGradeStepYear()).isEqualTo(2024);
        assertThat(changes(id, ChangeAttribute.GRADE)).last().extracting(WorkerChange::reason)
                .asString().startsWith("优秀提前晋升");
    }

    @Test
    void theTopOfTheCategoryIsNotPassedAndAnUnchangedGradeRecordsNoChange() {
        String id = worker(12, Qualification.NONE, null);
        int gradeChanges = changes(id, ChangeAttribute.GRADE).size();
        int payChanges = changes(id, ChangeAttribute.PAY).size();
        BigDecimal pay = stored(id).getMonthlyPay();

        AssessmentOutcome outcome = careers.applyAssessment(id, 2024, Rating.EXCELLENT, step(12), "p", INPUTS);

        assertThat(outcome).isEqualTo(new AssessmentOutcome(12, 12, 0, pay));
        assertThat(stored(id).getGradeLevel()).as("委员及专职工作人员: 1 to 12").isEqualTo(12);
        assertThat(stored(id).getLastGradeStepYear()).as("no step taken").isEqualTo(2023);
        assertThat(changes(id, ChangeAttribute.GRADE)).hasSize(gradeChanges);
        assertThat(changes(id, ChangeAttribute.PAY)).hasSize(payChanges);
    }

    @Test
    void aQualificationStepStopsAtTheTopOfTheCategory() {
        String id = worker(11, Qualification.NONE, null);
        careers.changeQualification(id, Qualification.SOCIAL_WORKER, "取得社会工作师职业资格证书");

        AssessmentOutcome outcome = careers.applyAssessment(id, 2024, Rating.QUALIFIED, step(11), "p", INPUTS);

        assertThat(outcome.gradeAfter()).isEqualTo(12);
        assertThat(changes(id, ChangeAttribute.GRADE)).last().extracting(WorkerChange::reason)
                .isEqualTo("连续3年考核合格及以上,晋升一级(第11级→第12级)。");
    }

    @Test
    void aLevelAboveTheTopIsKeptButNeverRaised() {
        GradingRules.GradeRange staff = new GradingRules.GradeRange("委员及专职工作人员", 1, 12, 1);

        assertThat(staff.keep(14, 15)).isEqualTo(14);
        assertThat(staff.keep(14, 14)).isEqualTo(14);
        assertThat(staff.keep(11, 13)).isEqualTo(12);
        assertThat(staff.keep(1, 0)).isEqualTo(1);
    }

    @Test
    void thePassingYearsAreCountedSinceTheLastStepAndABelowQualifiedYearStartsTheCountAgain() {
        // 2021 Q, 2022 BQ, 2023 Q, 2024 E, 2025 not rated (probation years neither count nor break)
        String id = workerWithHistory(2020, Rating.QUALIFIED, Rating.BASICALLY_QUALIFIED, Rating.QUALIFIED,
                Rating.EXCELLENT, Rating.NOT_RATED);

        GradeStepInputs inputs = workers.gradeStepInputs(id, 2026, Rating.QUALIFIED);

        assertThat(inputs.countedYears()).containsExactly(2026, 2024, 2023);
        assertThat(inputs.passingYears()).isEqualTo(3);
        assertThat(inputs.excellentYears()).isEqualTo(1);
        assertThat(inputs.variables()).containsEntry("postCategory", "C").containsEntry("gradeLevel", 5)
                .containsEntry("rating", "QUALIFIED").containsEntry("earlyStepsTaken", 0);
        assertThat(workers.gradeStepInputs(id, 2026, Rating.BASICALLY_QUALIFIED).passingYears()).isZero();

        String steppedIn2023 = workerWithHistory(2023, Rating.QUALIFIED, Rating.BASICALLY_QUALIFIED,
                Rating.QUALIFIED, Rating.EXCELLENT, Rating.NOT_RATED);
        assertThat(workers.gradeStepInputs(steppedIn2023, 2026, Rating.QUALIFIED).countedYears())
                .containsExactly(2026, 2024);
    }

    @Test
    void aWorkerRegisteredWithHistoryCountsFromTheLatestYearOfIt() {
        String id = workerWithHistory(null, Rating.QUALIFIED, Rating.QUALIFIED);

        assertThat(stored(id).getLastGradeStepYear()).isEqualTo(2022);
        assertThat(workers.gradeStepInputs(id, 2023, Rating.QUALIFIED).passingYears()).isEqualTo(1);
    }

    @Test
    void aGivenGradeOutsideTheCategorysRangeIsRefused() {
        assertThatThrownBy(() -> worker(13, Qualification.NONE, null))
                .isInstanceOf(RuleViolationException.class)
                .satisfies(e -> assertThat(((RuleViolationException) e).violations())
                        .extracting(Violation::field, Violation::rule, Violation::message)
                        .containsExactly(tuple("gradeLevel", "within-category-range",
                                "岗位等级须在委员及专职工作人员岗位的第1级至第12级之内,登记的是第13级")));
        assertThatThrownBy(() -> worker(Role.DEPUTY, 3, Qualification.NONE, null))
                .isInstanceOf(RuleViolationException.class);
        assertThat(stored(worker(Role.DEPUTY, 15, Qualification.NONE, null)).getGradeLevel()).isEqualTo(15);
    }

    @Test
    void eachQualificationStepGainedSinceTheLastGradingAddsALevelOnce() {
        String id = worker(5, Qualification.NONE, null);

        careers.changeQualification(id, Qualification.SOCIAL_WORKER, "取得社会工作师职业资格证书");

        assertThat(stored(id).getGradeLevel()).as("the grade waits for the next grading").isEqualTo(5);
        assertThat(changes(id, ChangeAttribute.QUALIFICATION)).singleElement()
                .extracting(WorkerChange::oldValue, WorkerChange::newValue, WorkerChange::reason)
                .containsExactly("NONE", "SOCIAL_WORKER", "取得社会工作师职业资格证书");

        AssessmentOutcome first = careers.applyAssessment(id, 2024, Rating.QUALIFIED, NO_STEP, "process-2024", INPUTS);

        assertThat(first).isEqualTo(new AssessmentOutcome(5, 7, 2, new BigDecimal("8820.00")));
        assertThat(changes(id, ChangeAttribute.GRADE)).last()
                .extracting(WorkerChange::newValue, WorkerChange::effectiveDate, WorkerChange::reason)
                .containsExactly("7", LocalDate.of(2025, 1, 1), "社会工作职业资格提升2级,岗位等级相应晋升(第5级→第7级)");
        assertThat(stored(id).getQualificationAtLastGrading()).isEqualTo(Qualification.SOCIAL_WORKER);
        assertThat(stored(id).getLastGradeStepYear()).as("a qualification step is no grade step").isEqualTo(2023);

        AssessmentOutcome second = careers.applyAssessment(id, 2025, Rating.QUALIFIED, step(7), "process-2025", INPUTS);

        assertThat(second).isEqualTo(new AssessmentOutcome(7, 8, 0, new BigDecimal("9090.00")));
        assertThat(changes(id, ChangeAttribute.GRADE)).last()
                .extracting(WorkerChange::reason).isEqualTo("连续3年考核合格及以上,晋升一级(第7级→第8级)。");
    }

    @Test
    void aQualificationAtRegistrationIsAlreadyGraded() {
        String id = worker(5, Qualification.ASSISTANT_SOCIAL_WORKER, null);

        assertThat(stored(id).getQualificationAtLastGrading()).isEqualTo(Qualification.ASSISTANT_SOCIAL_WORKER);
        assertThat(careers.applyAssessment(id, 2024, Rating.QUALIFIED, NO_STEP, "p", INPUTS).qualificationSteps())
                .isZero();
    }

    @Test
    void theSameQualificationTwiceIsRefused() {
        String id = worker(5, Qualification.SOCIAL_WORKER, null);

        assertThatThrownBy(() -> careers.changeQualification(id, Qualification.SOCIAL_WORKER, "重复"))
                .isInstanceOf(IllegalStateException.class);
        assertThat(changes(id, ChangeAttribute.QUALIFICATION)).isEmpty();
    }

    @Test
    void aYearIsRatedOnlyOnce() {
        String id = worker(5, Qualification.NONE, null);
        careers.applyAssessment(id, 2024, Rating.QUALIFIED, step(5), "p", INPUTS);

        assertThatThrownBy(() -> careers.applyAssessment(id, 2024, Rating.EXCELLENT, step(6), "p2", INPUTS))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("2024");
        assertThatThrownBy(() -> careers.applyAssessment(id, 2023, Rating.QUALIFIED, step(6), "p3", INPUTS))
                .as("a year registered with the worker counts too").isInstanceOf(IllegalStateException.class);

        assertThat(stored(id).getGradeLevel()).isEqualTo(6);
        assertThat(workers.ratingsByYear(id)).containsExactly(Map.entry(2023, Rating.EXCELLENT),
                Map.entry(2024, Rating.QUALIFIED));
    }

    @Test
    void anUnknownWorkerIsRefused() {
        assertThatThrownBy(() -> careers.applyAssessment("NOBODY", 2024, Rating.QUALIFIED, step(5), "p", INPUTS))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void staffAtTwelveElectedDeputyKeepsTwelve() {
        String id = worker(12, Qualification.NONE, null);
        BigDecimal pay = stored(id).getMonthlyPay();

        WorkerView deputy = careers.changeRole(id, new CareerChanges.RoleChange(Role.DEPUTY, "当选居民委员会副主任"));

        assertThat(deputy.role()).isEqualTo(Role.DEPUTY);
        assertThat(deputy.postCategory()).isEqualTo(PostCategory.B);
        assertThat(deputy.gradeLevel()).isEqualTo(12);
        assertThat(changes(id, ChangeAttribute.ROLE)).singleElement()
                .extracting(WorkerChange::oldValue, WorkerChange::newValue, WorkerChange::effectiveDate,
                        WorkerChange::reason)
                .containsExactly("STAFF", "DEPUTY", LocalDate.now(clock), "当选居民委员会副主任;转任副职岗位,岗位等级就高确定:"
                        + "原第12级与副职岗位起点第4级取其高,且在第4级至第15级之内,定为第12级");
        assertThat(changes(id, ChangeAttribute.GRADE)).as("only the registration").hasSize(1);
        // the pay follows the new category's coefficient
        assertThat(changes(id, ChangeAttribute.PAY)).last()
                .extracting(WorkerChange::oldValue, WorkerChange::newValue)
                .containsExactly(pay.toPlainString(), deputy.monthlyPay().toPlainString());
    }

    @Test
    void staffAtTwoElectedDeputyGoesToTheEntryLevelFour() {
        String id = worker(2, Qualification.NONE, null);

        WorkerView deputy = careers.changeRole(id, Role.DEPUTY, "当选社区党委副书记", "election-1");

        assertThat(deputy.gradeLevel()).isEqualTo(4);
        assertThat(stored(id).getGradeLevel()).isEqualTo(4);
        assertThat(changes(id, ChangeAttribute.GRADE)).last()
                .extracting(WorkerChange::oldValue, WorkerChange::newValue, WorkerChange::processInstanceId)
                .containsExactly("2", "4", "election-1");
        assertThat(changes(id, ChangeAttribute.GRADE)).last().extracting(WorkerChange::reason).asString()
                .contains("原第2级与副职岗位起点第4级取其高", "定为第4级");
        assertThat(changes(id, ChangeAttribute.PAY)).last().extracting(WorkerChange::newValue)
                .isEqualTo(stored(id).getMonthlyPay().toPlainString());
    }

    @Test
    void aMoveToALowerCategoryKeepsWithinItsRangeAndTheSameCategoryKeepsTheLevel() {
        String deputy = worker(Role.DEPUTY, 15, Qualification.NONE, null);
        assertThat(careers.changeRole(deputy, Role.STAFF, "不再担任副主任,转为专职工作人员", null).gradeLevel())
                .isEqualTo(12);

        String secretary = worker(Role.SECRETARY, 9, Qualification.NONE, null);
        assertThat(careers.changeRole(secretary, Role.DIRECTOR, "当选居民委员会主任", null).gradeLevel()).isEqualTo(9);
        assertThat(changes(secretary, ChangeAttribute.GRADE)).as("only the registration").hasSize(1);
    }

    @Test
    void aRoleChangeWithoutRoleOrGroundOrToTheSameRoleIsRefusedAndChangesNothing() {
        String id = worker(5, Qualification.NONE, null);

        assertThatThrownBy(() -> careers.changeRole(id, new CareerChanges.RoleChange(null, " ")))
                .isInstanceOf(RuleViolationException.class)
                .satisfies(e -> assertThat(((RuleViolationException) e).violations()).extracting(Violation::field)
                        .containsExactly("role", "ground"));
        assertThatThrownBy(() -> careers.changeRole(id, new CareerChanges.RoleChange(Role.STAFF, "重复")))
                .isInstanceOf(RuleViolationException.class);
        assertThat(changes(id, ChangeAttribute.ROLE)).isEmpty();
        assertThat(stored(id).getRole()).isEqualTo(Role.STAFF);
    }

    @Test
    void aRenewedContractMustEndLater() {
        LocalDate end = LocalDate.of(2026, 6, 30);
        String id = worker(5, Qualification.NONE, end);

        assertThatThrownBy(() -> careers.renewContract(id, ContractKind.FIXED_TERM, end, "依据", "p", null))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> careers.renewContract(id, ContractKind.FIXED_TERM, end.minusDays(1), "依据", "p", null))
                .isInstanceOf(IllegalStateException.class);

        careers.renewContract(id, ContractKind.FIXED_TERM, LocalDate.of(2029, 6, 30), "《劳动合同法》第十四条", "renewal-process",
                null);

        assertThat(stored(id).getContractEnd()).isEqualTo(LocalDate.of(2029, 6, 30));
        assertThat(stored(id).getFixedTermContracts()).isEqualTo(2);
        assertThat(changes(id, ChangeAttribute.CONTRACT_END))
                .extracting(WorkerChange::oldValue, WorkerChange::newValue, WorkerChange::processInstanceId)
                .containsExactly(tuple(null, "2026-06-30", null), tuple("2026-06-30", "2029-06-30", "renewal-process"));
        assertThat(changes(id, ChangeAttribute.FIXED_TERM_CONTRACTS))
                .extracting(WorkerChange::oldValue, WorkerChange::newValue, WorkerChange::effectiveDate)
                .containsExactly(tuple("1", "2", LocalDate.of(2026, 7, 1)));
        assertThat(changes(id, ChangeAttribute.CONTRACT_END).get(1).reason()).contains("固定期限劳动合同至2029-06-30", "第十四条");
    }

    @Test
    void anOpenEndedRenewalHasNoEndAndKeepsTheCount() {
        String id = worker(5, Qualification.NONE, LocalDate.of(2026, 6, 30));

        careers.renewContract(id, ContractKind.OPEN_ENDED, null, "《劳动合同法》第十四条第二款第(一)项", "renewal-process", null);

        assertThat(stored(id).getContractEnd()).isNull();
        assertThat(stored(id).getFixedTermContracts()).isEqualTo(1);
        assertThat(changes(id, ChangeAttribute.CONTRACT_KIND))
                .extracting(WorkerChange::oldValue, WorkerChange::newValue, WorkerChange::reason)
                .containsExactly(tuple("FIXED_TERM", "OPEN_ENDED", "续订劳动合同:无固定期限劳动合同。《劳动合同法》第十四条第二款第(一)项"));
        assertThat(changes(id, ChangeAttribute.CONTRACT_END)).extracting(WorkerChange::newValue).containsExactly("2026-06-30", null);
    }

    @Test
    void anOpenEndedContractIsNotRenewed() {
        String id = worker(5, Qualification.NONE, null);

        assertThatThrownBy(() -> careers.renewContract(id, ContractKind.FIXED_TERM, LocalDate.of(2030, 1, 1), "依据", "p", null))
                .isInstanceOf(IllegalStateException.class);
    }
}
