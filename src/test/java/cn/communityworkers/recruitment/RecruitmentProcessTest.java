package cn.communityworkers.recruitment;

import static cn.communityworkers.recruitment.RecruitmentProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.communityworkers.audit.CaseFacts;
import cn.communityworkers.organisation.UnitGroups;
import cn.communityworkers.probation.ProbationProcess;
import cn.communityworkers.support.IdCards;
import cn.communityworkers.support.ProcessTest;
import cn.communityworkers.support.TestRegistry;
import cn.communityworkers.support.TestUnits;
import cn.communityworkers.system.ClockConfiguration;
import cn.communityworkers.system.Refusal;
import cn.communityworkers.system.RuleViolationException;
import cn.communityworkers.system.Violation;
import cn.communityworkers.workforce.Education;
import cn.communityworkers.workforce.Role;
import cn.communityworkers.workforce.Worker;
import cn.communityworkers.workforce.WorkerStatus;

/** Every path through {@code recruitment.bpmn}, on the engine, with the registry behind it. */
@ProcessTest
class RecruitmentProcessTest {

    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired IdentityService identityService;
    @Autowired ManagementService managementService;
    @Autowired HistoryService historyService;
    @Autowired TestRegistry registry;
    @Autowired RecruitmentService recruitments;
    @Autowired RecruitmentController applications;
    @Autowired RecruitmentRepository recruitmentRepository;
    @Autowired CaseFacts caseFacts;
    @Autowired VerifyRecruitment verification;
    @Autowired JdbcClient jdbc;

    TestUnits units;

    @BeforeEach
    void setUp() {
        AbstractAssertions.init(engine);
        units = registry.county(100_000);
    }

    ProcessInstance start(int positions, Map<String, Object> extra) {
        Map<String, Object> variables = new HashMap<>(Map.of(STREET_CODE.name(), units.street(), POSITIONS.name(), positions));
        variables.putAll(extra);
        return runtimeService.startProcessInstanceByKey(KEY, variables);
    }

    Task task(ProcessInstance instance, String taskId) {
        return taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(taskId).singleResult();
    }

    List<Task> tasks(ProcessInstance instance, String taskId) {
        return taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(taskId).list();
    }

    String applicantOf(Task task) {
        return (String) taskService.getVariable(task.getId(), APPLICANT_ID.name());
    }

    void approvePlan(ProcessInstance instance) {
        taskService.complete(task(instance, TASK_APPROVE_PLAN).getId(), Map.of(PLAN_APPROVED.name(), true, COMMENT.name(), "同意"));
    }

    String apply(ProcessInstance instance, String name, LocalDate birthDate, Education education) {
        return applications.apply(instance.getId(), new RecruitmentController.ApplicationRequest(IdCards.of(birthDate), name, birthDate,
                education, null, true, false, false, false)).applicantId();
    }

    void closeApplications(ProcessInstance instance) {
        managementService.executeJob(managementService.createJobQuery().processInstanceId(instance.getId())
                .activityId(TIMER_APPLICATIONS_CLOSE).singleResult().getId());
    }

    void reviewAllEligible(ProcessInstance instance) {
        for (Task review : tasks(instance, TASK_REVIEW_ELIGIBILITY)) {
            taskService.complete(review.getId(), Map.of(ELIGIBLE.name(), true));
        }
    }

    void score(ProcessInstance instance, Map<String, double[]> scores) {
        for (Task task : tasks(instance, TASK_RECORD_EXAM_SCORES)) {
            double[] s = scores.get(applicantOf(task));
            taskService.complete(task.getId(), Map.of(WRITTEN_SCORE.name(), s[0], INTERVIEW_SCORE.name(), s[1]));
        }
    }

    /** A recruitment of {@code positions} seats with applicants scored as given, waiting at vetting. */
    ProcessInstance rankedRecruitment(int positions, Map<String, double[]> scoresByName, Map<String, String> idsByName) {
        ProcessInstance instance = start(positions, Map.of());
        approvePlan(instance);
        for (String name : scoresByName.keySet()) {
            idsByName.put(name, apply(instance, name, LocalDate.of(1998, 5, 1), Education.BACHELOR));
        }
        closeApplications(instance);
        reviewAllEligible(instance);
        Map<String, double[]> byId = new HashMap<>();
        scoresByName.forEach((name, s) -> byId.put(idsByName.get(name), s));
        score(instance, byId);
        return instance;
    }

    void vet(ProcessInstance instance, String applicantId, boolean passed) {
        Task vetting = tasks(instance, TASK_VET_CANDIDATE).stream().filter(t -> applicantId.equals(applicantOf(t)))
                .findFirst().orElseThrow(() -> new AssertionError("no vetting task for " + applicantId));
        taskService.complete(vetting.getId(), passed ? Map.of(VETTING_PASSED.name(), true)
                : Map.of(VETTING_PASSED.name(), false, VETTING_NOTE.name(), "政治审查不合格"));
    }

    void medical(ProcessInstance instance, String applicantId, boolean passed) {
        Task exam = tasks(instance, TASK_RECORD_MEDICAL_EXAM).stream().filter(t -> applicantId.equals(applicantOf(t)))
                .findFirst().orElseThrow(() -> new AssertionError("no medical task for " + applicantId));
        taskService.complete(exam.getId(), Map.of(MEDICAL_PASSED.name(), passed));
    }

    void endNotice(ProcessInstance instance) {
        managementService.executeJob(managementService.createJobQuery().processInstanceId(instance.getId())
                .activityId(TIMER_NOTICE_ENDS).singleResult().getId());
    }

    Object variable(ProcessInstance instance, String name) {
        var v = historyService.createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
                .variableName(name).list();
        return v.isEmpty() ? null : v.get(v.size() - 1).getValue();
    }

    /** The workers the recruitment told the audit it touched: those it hired. */
    List<String> touchedWorkers(ProcessInstance instance) {
        return jdbc.sql("select worker_id from process_case_worker where process_instance_id = :id")
                .param("id", instance.getId()).query(String.class).list();
    }

    ApplicantStatus status(String applicantId) {
        return ApplicantStatus.valueOf(recruitments.applicant(applicantId).status());
    }

    void fillStaff(int count) {
        for (int i = 0; i < count; i++) {
            registry.worker(units, Role.STAFF, WorkerStatus.ACTIVE);
        }
    }

    @Test
    void overTheApprovedTotalTheRequestIsRefusedAtOnceWithTheFiguresAndNothingStarts() {
        units = registry.county(1_112);            // standard and approved total: 2
        fillStaff(1);
        assertThatThrownBy(() -> start(2, Map.of())).isInstanceOf(Refusal.class)
                .hasMessageContaining("不予受理")
                .hasMessageContaining("核定总量为2人").hasMessageContaining("现有在编1人")
                .hasMessageContaining("本次申请2个名额").hasMessageContaining("超出1人")
                .extracting(refusal -> ((Refusal) refusal).getDetail())
                .isEqualTo(Violation.of(POSITIONS.name(), "within-approved-total",
                        "不予受理:超出核定总量:本县(市、区)社区工作者核定总量为2人(编制标准2人,按每万城镇常住人口18人计),现有在编1人,其他招聘已预留0个名额,本次申请2个名额,合计3人,超出1人"));
        assertThat(recruitmentsOfTheStreet()).as("nothing started, nothing in history").isZero();

        ProcessInstance exactly = start(1, Map.of());
        assertThat(exactly).isWaitingAt(TASK_APPROVE_PLAN).task()
                .hasCandidateGroup(UnitGroups.countySocialWork(units.county()));
    }

    long recruitmentsOfTheStreet() {
        return historyService.createHistoricProcessInstanceQuery().processDefinitionKey(KEY)
                .variableValueEquals(STREET_CODE.name(), units.street()).count();
    }

    @Test
    void seatsReservedByAnOpenRecruitmentCountUntilItEnds() {
        units = registry.county(1_112);            // standard and approved total: 2
        ProcessInstance first = start(2, Map.of());
        assertThat(first).isWaitingAt(TASK_APPROVE_PLAN);

        assertThatThrownBy(() -> start(1, Map.of())).isInstanceOf(Refusal.class)
                .hasMessageContaining("其他招聘已预留2个名额");
        assertThat(recruitmentsOfTheStreet()).isEqualTo(1);

        taskService.complete(task(first, TASK_APPROVE_PLAN).getId(), Map.of(PLAN_APPROVED.name(), false, COMMENT.name(), "今年不招"));
        assertThat(first).isEnded().hasPassed("Task_ReleaseReservedSeats", END_PLAN_REJECTED);
        assertThat(start(2, Map.of())).isWaitingAt(TASK_APPROVE_PLAN);
    }

    @Test
    void twoRecruitmentsRacingForTheLastSeatsNeverBothGetThem() throws Exception {
        units = registry.county(1_667);            // standard: 3
        fillStaff(1);                              // 2 seats left
        CyclicBarrier together = new CyclicBarrier(2);
        Callable<String> race = () -> {
            together.await();
            try {
                start(2, Map.of());
                return "started";
            } catch (Refusal refused) {
                return "refused: " + refused.getMessage();
            }
        };
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<String> a = threads.submit(race);
            Future<String> b = threads.submit(race);
            assertThat(List.of(a.get(), b.get())).containsOnlyOnce("started")
                    .anySatisfy(outcome -> assertThat(outcome).startsWith("refused: 不予受理").contains("其他招聘已预留2个名额"));
        } finally {
            threads.shutdown();
        }
        assertThat(recruitmentsOfTheStreet()).isEqualTo(1);
    }

    @Test
    void aRejectionOfThePlanNeedsAComment() {
        ProcessInstance instance = start(1, Map.of());
        String approval = task(instance, TASK_APPROVE_PLAN).getId();
        assertThatThrownBy(() -> taskService.complete(approval, Map.of(PLAN_APPROVED.name(), false)))
                .isInstanceOf(Refusal.class).hasMessageContaining("意见");
        assertThat(instance).isWaitingAt(TASK_APPROVE_PLAN);
    }

    @Test
    void applicationsAreTakenOnlyWhileTheWindowIsOpen() {
        ProcessInstance instance = start(1, Map.of(APPLICATION_DAYS.name(), 3));
        assertThatThrownBy(() -> apply(instance, "早到", LocalDate.of(1999, 1, 1), Education.BACHELOR))
                .isInstanceOf(RuleViolationException.class).satisfies(e ->
                        assertThat(((RuleViolationException) e).status().value()).isEqualTo(409));
        long approved = System.currentTimeMillis();
        approvePlan(instance);
        Date closes = managementService.createJobQuery().processInstanceId(instance.getId())
                .activityId(TIMER_APPLICATIONS_CLOSE).singleResult().getDuedate();
        assertThat(closes.getTime() - approved).isBetween(Duration.ofDays(3).toMillis(),
                Duration.ofDays(3).plusMinutes(1).toMillis());
        apply(instance, "准时", LocalDate.of(1999, 1, 1), Education.BACHELOR);
        closeApplications(instance);
        assertThatThrownBy(() -> apply(instance, "迟到", LocalDate.of(1999, 1, 1), Education.BACHELOR))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("截止");
        assertThat(tasks(instance, TASK_REVIEW_ELIGIBILITY)).hasSize(1);
    }

    @Test
    void variablesRewrittenAfterTheStartNeitherRouteTheTasksNorChangeTheWindowNorReachAnotherRecruitment() {
        ProcessInstance instance = start(1, Map.of());
        TestUnits elsewhere = registry.county(100_000);
        ProcessInstance other = runtimeService.startProcessInstanceByKey(KEY, Map.of(STREET_CODE.name(), elsewhere.street(), POSITIONS.name(), 1));
        approvePlan(other);
        String otherApplicant = apply(other, "别家报名人", LocalDate.of(1998, 5, 1), Education.BACHELOR);
        runtimeService.setVariables(instance.getId(), Map.of("countyCode", elsewhere.county(), STREET_CODE.name(), elsewhere.street(),
                COMMUNITY_CODE.name(), elsewhere.community(), APPLICATION_DAYS.name(), 90, CONTRACT_YEARS.name(), 10, POSITIONS.name(), 5));
        long approved = System.currentTimeMillis();

        approvePlan(instance);
        long closesAt = recruitmentRepository.findById(instance.getId()).orElseThrow().applicationsCloseAt().toEpochMilli();
        assertThat(closesAt - approved).isBetween(Duration.ofDays(10).minusMinutes(1).toMillis(),
                Duration.ofDays(10).plusMinutes(1).toMillis());
        String applicant = apply(instance, "本街道报名人", LocalDate.of(1998, 5, 1), Education.BACHELOR);
        closeApplications(instance);
        Task review = task(instance, TASK_REVIEW_ELIGIBILITY);
        assertThat(taskService.getIdentityLinksForTask(review.getId())).extracting(link -> link.getGroupId())
                .containsExactly(UnitGroups.streetHr(units.street()));

        runtimeService.setVariableLocal(review.getExecutionId(), APPLICANT_ID.name(), otherApplicant);
        assertThatThrownBy(() -> taskService.complete(review.getId(), Map.of(ELIGIBLE.name(), false, INELIGIBLE_REASON.name(), "冒名")))
                .hasMessageContaining(otherApplicant).hasMessageContaining("not APPLIED in recruitment " + instance.getId());
        assertThat(status(otherApplicant)).isEqualTo(ApplicantStatus.APPLIED);
        assertThat(status(applicant)).isEqualTo(ApplicantStatus.APPLIED);
    }

    @Test
    void theRulesProposeAndTheStreetDecidesEligibility() {
        ProcessInstance instance = start(1, Map.of());
        approvePlan(instance);
        String old = apply(instance, "年长", LocalDate.now(ClockConfiguration.CHINA).minusYears(36), Education.HIGH_SCHOOL);
        String young = apply(instance, "年轻", LocalDate.now(ClockConfiguration.CHINA).minusYears(35), Education.JUNIOR_COLLEGE);
        assertThat(recruitments.applicant(old).proposedEligible()).isFalse();
        assertThat(recruitments.applicant(old).proposalReasons()).contains("超过35周岁", "学历低于大专");
        assertThat(recruitments.applicant(young).proposedEligible()).isTrue();
        closeApplications(instance);

        Task review = tasks(instance, TASK_REVIEW_ELIGIBILITY).stream().filter(t -> old.equals(applicantOf(t))).findFirst().orElseThrow();
        assertThat(taskService.getVariableLocal(review.getId(), "proposalReasons")).asString().contains("超过35周岁");
        assertThatThrownBy(() -> taskService.complete(review.getId(), Map.of(ELIGIBLE.name(), false)))
                .isInstanceOf(Refusal.class).hasMessageContaining("理由");
        taskService.complete(review.getId(), Map.of(ELIGIBLE.name(), false, INELIGIBLE_REASON.name(), "年龄超过35周岁"));
        Task other = tasks(instance, TASK_REVIEW_ELIGIBILITY).get(0);
        assertThat(taskService.getVariable(other.getId(), ELIGIBLE.name())).isNull();
        taskService.complete(other.getId(), Map.of(ELIGIBLE.name(), true));

        assertThat(status(old)).isEqualTo(ApplicantStatus.INELIGIBLE);
        assertThat(tasks(instance, TASK_RECORD_EXAM_SCORES)).extracting(this::applicantOf).containsExactly(young);
    }

    @Test
    void aScoreOutsideZeroToHundredIsRefused() {
        Map<String, String> ids = new HashMap<>();
        ProcessInstance instance = start(1, Map.of());
        approvePlan(instance);
        ids.put("甲", apply(instance, "甲", LocalDate.of(1998, 1, 1), Education.BACHELOR));
        closeApplications(instance);
        reviewAllEligible(instance);
        String scoring = task(instance, TASK_RECORD_EXAM_SCORES).getId();
        assertThatThrownBy(() -> taskService.complete(scoring, Map.of(WRITTEN_SCORE.name(), 101, INTERVIEW_SCORE.name(), 80)))
                .isInstanceOf(Refusal.class).hasMessageContaining("0 到 100");
        assertThatThrownBy(() -> taskService.complete(scoring, Map.of(WRITTEN_SCORE.name(), 90, INTERVIEW_SCORE.name(), -1)))
                .isInstanceOf(Refusal.class);
        taskService.complete(scoring, Map.of(WRITTEN_SCORE.name(), 100, INTERVIEW_SCORE.name(), 0));
        assertThat(instance).isWaitingAt(TASK_VET_CANDIDATE);
    }

    @Test
    void tiesAreBrokenByTheInterviewThenByWhoAppliedFirst() {
        Map<String, String> ids = new HashMap<>();
        Map<String, double[]> scores = new java.util.LinkedHashMap<>();
        scores.put("先报名", new double[] {80, 70});   // total 75, interview 70, applied first
        scores.put("面试高", new double[] {70, 80});   // total 75, interview 80
        scores.put("后报名", new double[] {80, 70});   // total 75, interview 70, applied later
        scores.put("最高分", new double[] {90, 90});
        ProcessInstance instance = rankedRecruitment(1, scores, ids);

        assertThat(recruitments.applicant(ids.get("最高分")).rankNo()).isEqualTo(1);
        assertThat(recruitments.applicant(ids.get("面试高")).rankNo()).isEqualTo(2);
        assertThat(recruitments.applicant(ids.get("先报名")).rankNo()).isEqualTo(3);
        assertThat(recruitments.applicant(ids.get("后报名")).rankNo()).isEqualTo(4);
        assertThat(status(ids.get("最高分"))).isEqualTo(ApplicantStatus.CANDIDATE);
        assertThat(status(ids.get("面试高"))).isEqualTo(ApplicantStatus.RESERVE);
        assertThat(tasks(instance, TASK_VET_CANDIDATE)).extracting(this::applicantOf).containsExactly(ids.get("最高分"));
    }

    @Test
    void aFailedVettingIsBackfilledFromTheReserveList() {
        Map<String, String> ids = new HashMap<>();
        ProcessInstance instance = rankedRecruitment(1, Map.of("第一", new double[] {90, 90}, "第二", new double[] {80, 80}), ids);
        assertThat(applicantOf(task(instance, TASK_VET_CANDIDATE))).isEqualTo(ids.get("第一"));
        assertThat(instance).task(TASK_VET_CANDIDATE).hasCandidateGroup(UnitGroups.streetParty(units.street()));

        vet(instance, ids.get("第一"), false);
        assertThat(status(ids.get("第一"))).isEqualTo(ApplicantStatus.VETTING_FAILED);
        vet(instance, ids.get("第二"), true);
        medical(instance, ids.get("第二"), true);
        assertThat(status(ids.get("第二"))).isEqualTo(ApplicantStatus.SELECTED);
        assertThat(instance).isWaitingAt(TIMER_NOTICE_ENDS);
    }

    @Test
    void withAnEmptyReserveTheSeatStaysUnfilledAndItsReservationIsReleased() {
        units = registry.county(1_112);            // standard and approved total: 2
        Map<String, String> ids = new HashMap<>();
        ProcessInstance instance = rankedRecruitment(2, Map.of("唯一", new double[] {60, 60}), ids);
        vet(instance, ids.get("唯一"), true);
        medical(instance, ids.get("唯一"), false);
        assertThat(instance).isWaitingAt(TIMER_NOTICE_ENDS).hasPassed(END_SEAT_UNFILLED);
        endNotice(instance);

        assertThat(instance).isEnded().hasPassed(TASK_HIRE_CANDIDATES, END_RECRUITMENT_COMPLETED);
        assertThat(recruitments.applicant(ids.get("唯一")).workerId()).isNull();
        assertThat(touchedWorkers(instance)).isEmpty();
        assertThat(variable(instance, UNFILLED_POSITIONS.name())).isEqualTo(2);
        assertThat(start(2, Map.of())).isWaitingAt(TASK_APPROVE_PLAN);
    }

    @Test
    void anUpheldObjectionSendsTheSeatBackToTheReserveList() {
        Map<String, String> ids = new HashMap<>();
        ProcessInstance instance = rankedRecruitment(1, Map.of("第一", new double[] {90, 90}, "第二", new double[] {80, 80}), ids);
        vet(instance, ids.get("第一"), true);
        medical(instance, ids.get("第一"), true);

        runtimeService.createMessageCorrelation(MESSAGE_OBJECTION).processInstanceId(instance.getId())
                .setVariable(APPLICANT_ID.name(), ids.get("第一")).setVariable(OBJECTION.name(), "反映其学历造假").correlate();
        Task investigation = task(instance, TASK_INVESTIGATE_OBJECTION);
        assertThat(investigation).isNotNull();
        assertThat(taskService.getVariable(investigation.getId(), OBJECTION_TEXT.name())).isEqualTo("反映其学历造假");
        endNotice(instance);
        assertThat(instance).isWaitingAt(TASK_INVESTIGATE_OBJECTION);      // the notice waits for the investigation
        taskService.complete(investigation.getId(), Map.of(OBJECTION_UPHELD.name(), true, FINDING.name(), "经核实学历证书系伪造"));

        assertThat(status(ids.get("第一"))).isEqualTo(ApplicantStatus.OBJECTION_UPHELD);
        vet(instance, ids.get("第二"), true);
        medical(instance, ids.get("第二"), true);
        endNotice(instance);
        assertThat(instance).isEnded().hasPassed(END_RECRUITMENT_COMPLETED);
        assertThat(recruitments.applicant(ids.get("第一")).workerId()).isNull();
        assertThat(touchedWorkers(instance)).containsExactly(recruitments.applicant(ids.get("第二")).workerId());
    }

    @Test
    void anObjectionAboutSomeoneNotOnNoticeIsRefused() {
        Map<String, String> ids = new HashMap<>();
        ProcessInstance instance = rankedRecruitment(1, Map.of("第一", new double[] {90, 90}, "第二", new double[] {80, 80}), ids);
        vet(instance, ids.get("第一"), true);
        medical(instance, ids.get("第一"), true);
        assertThatThrownBy(() -> runtimeService.createMessageCorrelation(MESSAGE_OBJECTION).processInstanceId(instance.getId())
                .setVariable(APPLICANT_ID.name(), ids.get("第二")).setVariable(OBJECTION.name(), "不实").correlate())
                .isInstanceOf(Refusal.class);
        assertThat(task(instance, TASK_INVESTIGATE_OBJECTION)).isNull();
    }

    @Test
    void theHiredBecomeWorkersInProbationUnderALabourContract() {
        Map<String, String> ids = new HashMap<>();
        ProcessInstance instance = rankedRecruitment(1, Map.of("录用", new double[] {88, 92}), ids);
        vet(instance, ids.get("录用"), true);
        medical(instance, ids.get("录用"), true);
        endNotice(instance);

        assertThat(instance).isEnded().hasPassed(END_RECRUITMENT_COMPLETED);
        String workerId = recruitments.applicant(ids.get("录用")).workerId();
        assertThat(touchedWorkers(instance)).containsExactly(workerId);
        assertThat(caseFacts.instancesOfWorker(workerId)).as("the worker's audit finds the recruitment that hired them")
                .contains(instance.getId());
        Worker worker = registry.workers().find(workerId).orElseThrow();
        LocalDate today = LocalDate.now(ClockConfiguration.CHINA);
        assertThat(worker.getStatus()).isEqualTo(WorkerStatus.PROBATION);
        assertThat(worker.getRole()).isEqualTo(Role.STAFF);
        assertThat(worker.getCommunityCode()).isEqualTo(units.community());
        assertThat(worker.getContractEnd()).isEqualTo(today.plusYears(3).minusDays(1));
        assertThat(worker.getProbationEnd()).isEqualTo(today.plusMonths(6).minusDays(1));     // labour-contract.probation-months-three-years-or-more
        assertThat(registry.workers().view(workerId).probationPay()).isNotNull().isLessThan(worker.getMonthlyPay());
        assertThat(worker.isSocialInsuranceEnrolled()).isTrue();
        assertThat(worker.isHousingFundEnrolled()).isTrue();
        assertThat(worker.getGradeLevel()).isBetween(1, 18);
        ProcessInstance probation = runtimeService.createProcessInstanceQuery()
                .processDefinitionKey(ProbationProcess.KEY).processInstanceBusinessKey(workerId).singleResult();
        assertThat(probation).isNotNull();
        assertThat(caseFacts.instancesOfWorker(workerId)).contains(probation.getId());
    }

    @Test
    void aRecruitmentDeletedWhileItsTasksWaitFreesItsSeatsAndRecordsNothing() {
        Map<String, String> ids = new HashMap<>();
        ProcessInstance atPlan = start(2, Map.of());
        ProcessInstance atScores = start(3, Map.of());
        approvePlan(atScores);
        ids.put("甲", apply(atScores, "甲", LocalDate.of(1998, 5, 1), Education.BACHELOR));
        closeApplications(atScores);
        reviewAllEligible(atScores);
        assertThat(atScores).isWaitingAt(TASK_RECORD_EXAM_SCORES);
        int reserved = reservedSeats();

        // The end listeners of the waiting tasks would refuse the missing decision if they checked a deletion.
        runtimeService.deleteProcessInstance(atPlan.getId(), "招聘需求撤回");
        runtimeService.deleteProcessInstance(atScores.getId(), "招聘需求撤回");

        assertThat(reservedSeats()).isEqualTo(reserved - 5);
        assertThat(status(ids.get("甲"))).isEqualTo(ApplicantStatus.ELIGIBLE);
    }

    int reservedSeats() {
        return recruitmentRepository.reservedSeats(units.county());
    }

    @Test
    void anIncompleteRequestStartsNothing() {
        assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(KEY, Map.of(STREET_CODE.name(), units.street(), POSITIONS.name(), 0)))
                .isInstanceOf(Refusal.class).hasMessageContaining("positions");
        assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(KEY, Map.of(STREET_CODE.name(), "nowhere", POSITIONS.name(), 1)))
                .isInstanceOf(Refusal.class).hasMessageContaining("nowhere");
        assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(KEY, Map.of(STREET_CODE.name(), units.street(),
                POSITIONS.name(), 1, APPLICATION_DAYS.name(), "ten days")))
                .isInstanceOf(Refusal.class).hasMessageContaining("报名期限天数(applicationDays)须为 1 到 90 之间的整数");
        assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(KEY, Map.of(STREET_CODE.name(), units.street(),
                POSITIONS.name(), 1, NOTICE_DAYS.name(), 91)))
                .isInstanceOf(Refusal.class).hasMessageContaining("公示期限天数(noticeDays)须为 1 到 90 之间的整数");
        assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(KEY, Map.of(STREET_CODE.name(), units.street(),
                POSITIONS.name(), 1, NOTICE_PERIOD, "P7D")))
                .isInstanceOf(Refusal.class).hasMessageContaining("请填写noticeDays(整天数)");
        assertThatThrownBy(() -> start(1, Map.of(WRITTEN_WEIGHT.name(), 1.5)))
                .isInstanceOf(Refusal.class).hasMessageContaining("笔试成绩权重(writtenWeight)须在0到1之间");
        assertThatThrownBy(() -> start(1, Map.of(COMMUNITY_CODE.name(), registry.county(100_000).community())))
                .isInstanceOf(Refusal.class).hasMessageContaining("不属于测试街道");
        assertThat(recruitmentsOfTheStreet()).isZero();
    }

    @Test
    void onlyTheStreetsOwnPersonnelOfficeStartsItsRecruitment() {
        // Another street's office is not offered this street in the start form (the engine's guard refuses it
        // first); the first step checks the role in the request's very street again.
        DelegateExecution request = mock(DelegateExecution.class);
        when(request.getVariables()).thenReturn(Map.of(STREET_CODE.name(), units.street(), POSITIONS.name(), 1));
        when(request.getProcessInstanceId()).thenReturn("00000000-not-started");
        TestUnits elsewhere = registry.county(100_000);
        identityService.setAuthentication("otherhr", List.of(UnitGroups.streetHr(elsewhere.street())));
        try {
            assertThatThrownBy(() -> verification.execute(request)).isInstanceOf(AuthorizationException.class)
                    .hasMessage("只有测试街道组织人事办可以发起本街道的招聘");
            verify(request, never()).setProcessBusinessKey(any());

        } finally {
            identityService.clearAuthentication();
        }
        ProcessInstance started;
        identityService.setAuthentication("ownhr", List.of(UnitGroups.streetHr(units.street())));
        try {
            started = start(1, Map.of());
        } finally {
            identityService.clearAuthentication();
        }
        assertThat(started).isWaitingAt(TASK_APPROVE_PLAN);
        assertThat(started.getBusinessKey()).startsWith("R-" + units.street() + "-");
        assertThat(recruitmentsOfTheStreet()).isEqualTo(1);
    }
}
