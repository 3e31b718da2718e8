package cn.communityworkers.assessment;

import static cn.communityworkers.assessment.AnnualAssessmentProcess.*;
import static cn.communityworkers.system.CaseVariables.WORKER_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricDecisionInputInstance;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.impl.BpmnModelConstants;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.communityworkers.organisation.UnitGroups;
import cn.communityworkers.support.IdCards;
import cn.communityworkers.support.ProcessTest;
import cn.communityworkers.support.TestRegistry;
import cn.communityworkers.support.TestUnits;
import cn.communityworkers.system.CaseVariables;
import cn.communityworkers.system.ClockConfiguration;
import cn.communityworkers.workforce.DisciplinaryActionType;
import cn.communityworkers.workforce.Education;
import cn.communityworkers.workforce.GradingRules;
import cn.communityworkers.workforce.Qualification;
import cn.communityworkers.workforce.Rating;
import cn.communityworkers.workforce.Role;
import cn.communityworkers.workforce.Worker;
import cn.communityworkers.workforce.WorkerRecord;
import cn.communityworkers.workforce.WorkerStatus;
import cn.communityworkers.workforce.WorkerView;

/** One street through a whole campaign: scores, proposals, the committee within the quota, notice, results. */
@ProcessTest
class AnnualAssessmentProcessTest {

    static final int YEAR = 2025;

    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired HistoryService historyService;
    @Autowired AssessmentProperties properties;
    @Autowired ManagementService managementService;
    @Autowired TestRegistry registry;
    @Autowired CampaignService campaigns;
    @Autowired JdbcClient jdbc;

    TestUnits units;
    Map<String, String> workers = new LinkedHashMap<>();

    @BeforeEach
    void setUp() {
        AbstractAssertions.init(engine);
        units = registry.county(100_000);
    }

    /** {@code disciplined}: a demerit (记过) decided in the assessment year. */
    String register(String name, WorkerStatus status, int grade, LocalDate contractEnd, boolean disciplined,
            List<WorkerRecord.Assessment> history) {
        return register(name, status, grade, contractEnd, disciplined, history, null);
    }

    /**
     * A staff member (category C, levels 1 to 12) whose last grade step was in {@code lastGradeStepYear};
     * {@code disciplined}: a demerit (记过) decided in the assessment year.
     */
    String register(String name, WorkerStatus status, int grade, LocalDate contractEnd, boolean disciplined,
            List<WorkerRecord.Assessment> history, Integer lastGradeStepYear) {
        return register(name, status, grade, contractEnd, disciplined
                ? List.of(action(DisciplinaryActionType.DEMERIT, LocalDate.of(YEAR, 6, 1))) : List.of(), history,
                lastGradeStepYear);
    }

    static WorkerRecord.Action action(DisciplinaryActionType type, LocalDate decidedOn) {
        return new WorkerRecord.Action(type, decidedOn, "街道党工委", "违反工作纪律");
    }

    String register(String name, WorkerStatus status, int grade, LocalDate contractEnd,
            List<WorkerRecord.Action> actions, List<WorkerRecord.Assessment> history, Integer lastGradeStepYear) {
        String id = registry.workers().register(new WorkerRecord(null, IdCards.of(LocalDate.of(1990, 1, 1)), name, LocalDate.of(1990, 1, 1), units.community(),
                Role.STAFF, Education.BACHELOR, Qualification.NONE, true, status, LocalDate.of(2015, 1, 1), 0, grade,
                contractEnd, status == WorkerStatus.PROBATION ? LocalDate.now(ClockConfiguration.CHINA).plusMonths(3) : null, null, actions,
                true, true, List.of(), history, lastGradeStepYear)).workerId();
        workers.put(name, id);
        return id;
    }

    ProcessInstance assessment(String name) {
        return runtimeService.createProcessInstanceQuery()
                .processInstanceBusinessKey(AnnualAssessmentProcess.businessKey(YEAR, workers.get(name))).singleResult();
    }

    Task task(ProcessInstance instance, String taskId) {
        return taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(taskId).singleResult();
    }

    void score(String name, double political, double performance, double satisfaction) {
        ProcessInstance instance = assessment(name);
        taskService.complete(task(instance, TASK_SCORE_WORKER).getId(),
                Map.of(POLITICAL_SCORE.name(), political, PERFORMANCE_SCORE.name(), performance));
        runtimeService.createMessageCorrelation(MESSAGE_SATISFACTION_REPORTED).processInstanceBusinessKey(instance.getBusinessKey())
                .setVariable(SATISFACTION_SCORE.name(), satisfaction).correlate();
    }

    List<String> candidateGroups(Task task) {
        return taskService.getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType())).map(IdentityLink::getGroupId).toList();
    }

    void runDueJobs(ProcessInstance instance) {
        for (List<Job> due = dueJobs(instance); !due.isEmpty(); due = dueJobs(instance)) {
            managementService.executeJob(due.get(0).getId());
        }
    }

    List<Job> dueJobs(ProcessInstance instance) {
        return managementService.createJobQuery().processInstanceId(instance.getId()).executable().list();
    }

    List<Map<String, Object>> ratings(Map<String, String> byName, Map<String, String> reasons) {
        List<Map<String, Object>> lines = new ArrayList<>();
        byName.forEach((name, rating) -> {
            Map<String, Object> line = new HashMap<>();
            line.put("workerId", workers.get(name));
            line.put("rating", rating);
            line.put("overrideReason", reasons.getOrDefault(name, ""));
            lines.add(line);
        });
        return lines;
    }

    @Test
    void aStreetThroughTheWholeCampaign() {
        LocalDate soon = LocalDate.of(YEAR + 1, 6, 30);
        // grade steps: 3 passing years since the last step (to the top of category C), 2 passing years (none),
        // 2 passing years of which one EXCELLENT (early)
        register("优秀三年", WorkerStatus.ACTIVE, 11, soon, false,
                List.of(new WorkerRecord.Assessment(YEAR - 1, Rating.EXCELLENT), new WorkerRecord.Assessment(YEAR - 2, Rating.EXCELLENT)),
                YEAR - 3);
        register("合格甲", WorkerStatus.ACTIVE, 5, LocalDate.of(YEAR + 3, 1, 1), false,
                List.of(new WorkerRecord.Assessment(YEAR - 1, Rating.QUALIFIED)), YEAR - 2);
        register("合格乙", WorkerStatus.ACTIVE, 5, null, false,
                List.of(new WorkerRecord.Assessment(YEAR - 1, Rating.EXCELLENT)), YEAR - 2);
        register("两年基本合格", WorkerStatus.ACTIVE, 5, null, false,
                List.of(new WorkerRecord.Assessment(YEAR - 1, Rating.BASICALLY_QUALIFIED)));
        register("受处分", WorkerStatus.ACTIVE, 5, null, true, List.of());
        register("试用期", WorkerStatus.PROBATION, 1, null, false, List.of());
        ProcessInstance campaign = runtimeService.startProcessInstanceByKey(AssessmentCampaignProcess.KEY,
                Map.of(AssessmentCampaignProcess.COUNTY_CODE.name(), units.county(), AssessmentCampaignProcess.YEAR.name(), YEAR));
        runDueJobs(campaign);

        score("优秀三年", 95, 95, 95);          // 95 → EXCELLENT
        score("合格甲", 90, 90, 89.97);         // 89.991 → QUALIFIED
        score("合格乙", 80, 80, 80);
        score("两年基本合格", 65, 65, 65);       // BASICALLY_QUALIFIED again
        score("受处分", 100, 100, 100);           // disciplinary action → UNQUALIFIED
        assertThat(campaign).isWaitingAt("Gateway_WaitForProposals");
        ProcessInstance probationer = assessment("试用期");
        taskService.complete(task(probationer, TASK_COMMENT_ON_PROBATIONER).getId(), Map.of(COMMENT.name(), "表现良好"));

        assertThat(campaign).isWaitingAt(AssessmentCampaignProcess.TASK_CONFIRM_STREET_RATINGS);
        Task committee = task(campaign, AssessmentCampaignProcess.TASK_CONFIRM_STREET_RATINGS);
        assertThat(taskService.getVariableLocal(committee.getId(), AssessmentCampaignProcess.EXCELLENT_QUOTA.name())).isEqualTo(1);
        assertThat(taskService.getVariable(committee.getId(), AssessmentCampaignProcess.RATINGS.name()).toString())
                .contains("NOT_RATED", "UNQUALIFIED", "EXCELLENT");

        Map<String, String> proposed = new LinkedHashMap<>();
        proposed.put("优秀三年", "EXCELLENT");
        proposed.put("合格甲", "QUALIFIED");
        proposed.put("合格乙", "QUALIFIED");
        proposed.put("两年基本合格", "BASICALLY_QUALIFIED");
        proposed.put("受处分", "UNQUALIFIED");
        proposed.put("试用期", "NOT_RATED");

        Map<String, String> twoExcellent = new LinkedHashMap<>(proposed);
        twoExcellent.put("合格乙", "EXCELLENT");
        assertThatThrownBy(() -> taskService.complete(committee.getId(), Map.of(AssessmentCampaignProcess.RATINGS.name(),
                ratings(twoExcellent, Map.of("合格乙", "贡献突出")))))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("超过本街道名额 1 人");

        Map<String, String> withoutReason = new LinkedHashMap<>(proposed);
        withoutReason.put("两年基本合格", "QUALIFIED");
        assertThatThrownBy(() -> taskService.complete(committee.getId(), Map.of(AssessmentCampaignProcess.RATINGS.name(),
                ratings(withoutReason, Map.of()))))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("调整两年基本合格的建议等次(基本合格 → 合格)必须写明调整理由");

        Map<String, String> missing = new LinkedHashMap<>(proposed);
        missing.remove("合格乙");
        assertThatThrownBy(() -> taskService.complete(committee.getId(), Map.of(AssessmentCampaignProcess.RATINGS.name(), ratings(missing, Map.of()))))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("没有确定等次");

        Map<String, String> confirmed = new LinkedHashMap<>(proposed);
        confirmed.put("合格乙", "BASICALLY_QUALIFIED");
        taskService.complete(committee.getId(), Map.of(AssessmentCampaignProcess.RATINGS.name(),
                ratings(confirmed, Map.of("合格乙", "全年两次工作失误"))));
        assertThat(campaigns.progress(units.county(), YEAR).stages()).containsEntry("CONFIRMED", 6L);

        // An objection during the notice reopens that worker's rating.
        runtimeService.createMessageCorrelation(MESSAGE_OBJECTION).processInstanceBusinessKey(assessment("合格乙").getBusinessKey())
                .setVariable(OBJECTION.name(), "失误系客观原因所致").correlate();
        Task review = task(assessment("合格乙"), TASK_REVIEW_OBJECTION);
        taskService.complete(review.getId(), Map.of(REVIEWED_RATING.name(), "QUALIFIED", REVIEW_NOTE.name(), "经复核,失误非本人原因,改为合格"));

        runDueJobs(campaign);     // none due yet: the notice lasts 7 days
        managementService.executeJob(managementService.createJobQuery().processInstanceId(campaign.getId())
                .activityId("Timer_StreetNoticeEnds").singleResult().getId());

        Worker excellent = registry.workers().find(workers.get("优秀三年")).orElseThrow();
        assertThat(excellent.getGradeLevel()).isEqualTo(12);           // 3 passing years: 11 + 1, the top of category C
        assertThat(excellent.getLastGradeStepYear()).isEqualTo(YEAR);
        assertThat(excellent.getAssessmentHistory()).extracting(a -> a.year() + ":" + a.rating()).contains(YEAR + ":EXCELLENT");
        WorkerView view = registry.workers().view(workers.get("优秀三年"));
        WorkerView.GradeChange change = view.gradeHistory().get(view.gradeHistory().size() - 1);
        assertThat(change.effectiveDate()).isEqualTo(LocalDate.of(YEAR + 1, 1, 1));
        assertThat(change.to()).isEqualTo(12);
        assertThat(change.processInstanceId()).isEqualTo(assessment("优秀三年").getId());
        assertThat(change.reason()).isEqualTo("连续3年考核合格及以上,晋升一级(第11级→第12级)。");
        assertThat(change.details()).startsWith("postCategory=C, gradeLevel=11, rating=EXCELLENT, passingYears=3 ["
                + YEAR + ", " + (YEAR - 1) + ", " + (YEAR - 2) + "], excellentYears=3, earlyStepsTaken=0");
        // the step is a decision of the assessment, with its inputs, in the audit trail
        HistoricDecisionInstance step = engine.getHistoryService().createHistoricDecisionInstanceQuery()
                .processInstanceId(assessment("优秀三年").getId()).decisionDefinitionKey(GradingRules.GRADE_STEP)
                .includeInputs().singleResult();
        assertThat(step.getActivityId()).isEqualTo(TASK_DECIDE_GRADE_STEP);
        assertThat(step.getInputs()).extracting(HistoricDecisionInputInstance::getClauseName, HistoricDecisionInputInstance::getValue)
                .contains(tuple("上次晋升以来连续合格及以上年数(含本年度)", 3), tuple("现岗位等级", 11));
        assertThat(assessment("优秀三年")).isWaitingAt(TASK_RENEW_CONTRACT);

        Worker early = registry.workers().find(workers.get("合格乙")).orElseThrow();   // reviewed: QUALIFIED
        assertThat(early.getGradeLevel()).isEqualTo(6);                               // 2 years, one EXCELLENT: early
        assertThat(early.getEarlyGradeSteps()).isEqualTo(1);
        assertThat(registry.workers().view(early.getWorkerId()).gradeHistory()).last()
                .extracting(WorkerView.GradeChange::reason).asString().startsWith("优秀提前晋升:连续2年考核合格及以上,其中优秀1年");
        assertThat(assessment("合格甲")).isNull();                                       // contract not ending: done
        Worker twoYears = registry.workers().find(workers.get("合格甲")).orElseThrow();
        assertThat(twoYears.getGradeLevel()).as("2 passing years: no step yet").isEqualTo(5);
        assertThat(twoYears.getLastGradeStepYear()).isEqualTo(YEAR - 2);
        assertThat(assessment("两年基本合格")).isWaitingAt(TASK_ARRANGE_IMPROVEMENT);    // counted as unqualified: training first
        assertThat(assessment("受处分")).isWaitingAt(TASK_ARRANGE_IMPROVEMENT);
        assertThat(assessment("试用期")).isNull();
        assertThat(registry.workers().find(workers.get("试用期")).orElseThrow().getGradeLevel()).isEqualTo(1);

        ProcessInstance renewal = assessment("优秀三年");
        String renewTask = task(renewal, TASK_RENEW_CONTRACT).getId();
        assertThatThrownBy(() -> taskService.complete(renewTask, Map.of(CONTRACT_KIND.name(), "FIXED_TERM",
                WORKER_REQUESTED_FIXED_TERM.name(), true, NEW_CONTRACT_END.name(), "2020-01-01")))
                .isInstanceOf(FormFieldValidationException.class);
        taskService.complete(renewTask, Map.of(CONTRACT_KIND.name(), "FIXED_TERM", WORKER_REQUESTED_FIXED_TERM.name(), true,
                NEW_CONTRACT_END.name(), (YEAR + 4) + "-06-30"));     // 11 years' service: a fixed term at the worker's request
        assertThat(registry.workers().find(workers.get("优秀三年")).orElseThrow().getContractEnd()).isEqualTo(LocalDate.of(YEAR + 4, 6, 30));

        assertThat(registry.workers().find(workers.get("受处分")).orElseThrow().getStatus()).isEqualTo(WorkerStatus.ACTIVE);
        assertThat(campaigns.progress(units.county(), YEAR).stages()).containsEntry("APPLIED", 6L);
        assertThat(campaign).isEnded();
    }

    /**
     * {@code ApplyAssessment} reads the step that {@code Task_DecideGradeStep} mapped into variables: that is safe only
     * while nothing between them waits or continues asynchronously (then nobody can write those variables in between).
     */
    @Test
    void theGradeStepIsDecidedInTheTransactionThatAppliesIt() {
        BpmnModelInstance model = engine.getRepositoryService().getBpmnModelInstance(engine.getRepositoryService()
                .createProcessDefinitionQuery().processDefinitionKey("annualAssessment").latestVersion().singleResult().getId());
        FlowNode node = model.getModelElementById(TASK_DECIDE_GRADE_STEP);
        List<String> path = new ArrayList<>();
        while (true) {
            assertThat(node).isInstanceOf(org.camunda.bpm.model.bpmn.instance.Task.class);
            assertThat(node.getAttributeValueNs(BpmnModelConstants.CAMUNDA_NS, "asyncAfter")).as(node.getId()).isNull();
            path.add(node.getId());
            if (node.getId().equals(TASK_APPLY_ASSESSMENT)) {
                break;
            }
            assertThat(node.getOutgoing()).hasSize(1);
            node = node.getOutgoing().iterator().next().getTarget();
            assertThat(node.getAttributeValueNs(BpmnModelConstants.CAMUNDA_NS, "asyncBefore")).as(node.getId()).isNull();
        }
        assertThat(path).containsExactly(TASK_DECIDE_GRADE_STEP, "Task_AdjustGrade", TASK_APPLY_ASSESSMENT);
    }

    /** The committee's table: what the form shows of each worker, by the worker's name. */
    Map<String, com.fasterxml.jackson.databind.JsonNode> shown(Task committee) throws Exception {
        Map<String, com.fasterxml.jackson.databind.JsonNode> byName = new LinkedHashMap<>();
        new com.fasterxml.jackson.databind.ObjectMapper().readTree(
                taskService.getVariable(committee.getId(), AssessmentCampaignProcess.RATINGS.name()).toString())
                .forEach(row -> byName.put(row.path("workerName").asText(), row));
        return byName;
    }

    @Test
    void aProbationForgedOrHiddenInTheVariablesNeitherRoutesNorRatesTheAssessment() throws Exception {
        // Five rated (a quota of 1) and a probationer: the gateway, the survey's deadline and the rating table read
        // whether a worker is in probation from the case the campaign recorded, never from a variable.
        for (int i = 1; i <= 5; i++) {
            register("合格" + i, WorkerStatus.ACTIVE, 5, null, false, List.of());
        }
        register("试用期", WorkerStatus.PROBATION, 1, null, false, List.of());
        ProcessInstance campaign = runtimeService.startProcessInstanceByKey(AssessmentCampaignProcess.KEY,
                Map.of(AssessmentCampaignProcess.COUNTY_CODE.name(), units.county(), AssessmentCampaignProcess.YEAR.name(), YEAR));
        runDueJobs(campaign);
        ProcessInstance rated = assessment("合格1");
        ProcessInstance probationer = assessment("试用期");
        assertThat(runtimeService.getVariables(rated.getId())).doesNotContainKeys(IN_PROBATION.name(), SATISFACTION_DEADLINE.name());
        assertThat(probationer).isWaitingAt(TASK_COMMENT_ON_PROBATIONER);
        Job deadline = managementService.createJobQuery().processInstanceId(rated.getId())
                .activityId(TIMER_SATISFACTION_DEADLINE).singleResult();
        Instant started = historyService.createHistoricProcessInstanceQuery().processInstanceId(rated.getId())
                .singleResult().getStartTime().toInstant();
        assertThat(Duration.between(started, deadline.getDuedate().toInstant()))
                .isBetween(properties.satisfactionDeadline(), properties.satisfactionDeadline().plusMinutes(1));

        runtimeService.setVariable(rated.getId(), IN_PROBATION.name(), true);
        runtimeService.setVariable(probationer.getId(), IN_PROBATION.name(), false);
        for (int i = 1; i <= 5; i++) {
            score("合格" + i, 80, 80, 80);
        }
        taskService.complete(task(probationer, TASK_COMMENT_ON_PROBATIONER).getId(), Map.of(COMMENT.name(), "表现良好"));

        Map<String, com.fasterxml.jackson.databind.JsonNode> shown =
                shown(task(campaign, AssessmentCampaignProcess.TASK_CONFIRM_STREET_RATINGS));
        assertThat(shown.get("合格1").path("proposedRating").asText()).isEqualTo("QUALIFIED");
        assertThat(shown.get("试用期").path("proposedRating").asText()).isEqualTo("NOT_RATED");
    }

    @Test
    void aWarningInTheYearIsProposedAtMostQualifiedWithItsReason() throws Exception {
        // Five rated: a quota of 1. A warning of 1 July of the year before ends on 1 January (6 months): no effect.
        register("年内警告", WorkerStatus.ACTIVE, 5, null,
                List.of(action(DisciplinaryActionType.WARNING, LocalDate.of(YEAR, 3, 1))), List.of(), null);
        register("警告已过", WorkerStatus.ACTIVE, 5, null,
                List.of(action(DisciplinaryActionType.WARNING, LocalDate.of(YEAR - 1, 7, 1))), List.of(), null);
        for (int i = 1; i <= 3; i++) {
            register("合格" + i, WorkerStatus.ACTIVE, 5, null, false, List.of());
        }
        ProcessInstance campaign = runtimeService.startProcessInstanceByKey(AssessmentCampaignProcess.KEY,
                Map.of(AssessmentCampaignProcess.COUNTY_CODE.name(), units.county(), AssessmentCampaignProcess.YEAR.name(), YEAR));
        runDueJobs(campaign);
        // The rating is given the action recorded with the case, not a variable written later.
        runtimeService.setVariable(assessment("年内警告").getId(), AssessmentDecisions.DISCIPLINARY_ACTION_TYPE, null);
        runtimeService.setVariable(assessment("警告已过").getId(), AssessmentDecisions.DISCIPLINARY_ACTION_TYPE, "WARNING");
        runtimeService.setVariable(assessment("警告已过").getId(), AssessmentDecisions.DISCIPLINARY_ACTION_DECIDED_ON, YEAR + "-03-01");
        score("年内警告", 96, 96, 96);
        score("警告已过", 95, 95, 95);
        for (int i = 1; i <= 3; i++) {
            score("合格" + i, 80, 80, 80);
        }

        Map<String, com.fasterxml.jackson.databind.JsonNode> shown =
                shown(task(campaign, AssessmentCampaignProcess.TASK_CONFIRM_STREET_RATINGS));
        assertThat(shown.get("年内警告").path("proposedRating").asText()).isEqualTo("QUALIFIED");
        assertThat(shown.get("年内警告").path("proposalReason").asText())
                .isEqualTo("受警告处分期间不得评为优秀(处分决定日期" + YEAR + "-03-01):总分达到优秀,建议定为合格");
        assertThat(shown.get("警告已过").path("proposedRating").asText()).isEqualTo("EXCELLENT");
        assertThat(shown.get("警告已过").path("proposalReason").asText()).isEmpty();
    }

    @Test
    void theProposalKeepsExcellentWithinTheQuotaByRankAndLeavesATieAtItsBoundaryToTheCommittee() throws Exception {
        // Eleven rated: a quota of 2 (20 %). The rules find five excellent: 95, then 93 and 93 for one place left, 91, 90.
        register("第一", WorkerStatus.ACTIVE, 5, null, false, List.of());
        register("并列甲", WorkerStatus.ACTIVE, 5, null, false, List.of());
        register("并列乙", WorkerStatus.ACTIVE, 5, null, false, List.of());
        register("第四", WorkerStatus.ACTIVE, 5, null, false, List.of());
        register("第五", WorkerStatus.ACTIVE, 5, null, false, List.of());
        register("受处分高分", WorkerStatus.ACTIVE, 5, null, true, List.of());
        for (int i = 1; i <= 5; i++) {
            register("合格" + i, WorkerStatus.ACTIVE, 5, null, false, List.of());
        }
        ProcessInstance campaign = runtimeService.startProcessInstanceByKey(AssessmentCampaignProcess.KEY,
                Map.of(AssessmentCampaignProcess.COUNTY_CODE.name(), units.county(), AssessmentCampaignProcess.YEAR.name(), YEAR));
        runDueJobs(campaign);
        score("第一", 95, 95, 95);
        score("并列甲", 93, 93, 93);
        score("并列乙", 93, 93, 93);
        score("第四", 91, 91, 91);
        score("第五", 90, 90, 90);
        score("受处分高分", 86, 86, 84.67);       // 85.6, and under disciplinary action
        for (int i = 1; i <= 5; i++) {
            score("合格" + i, 80, 80, 80);
        }

        Task committee = task(campaign, AssessmentCampaignProcess.TASK_CONFIRM_STREET_RATINGS);
        assertThat(taskService.getVariableLocal(committee.getId(), AssessmentCampaignProcess.EXCELLENT_QUOTA.name())).isEqualTo(2);
        Map<String, com.fasterxml.jackson.databind.JsonNode> shown = shown(committee);
        List<String> ranked = List.copyOf(shown.keySet());       // by total, ties by worker id
        assertThat(ranked.subList(0, 5)).startsWith("第一").endsWith("第四", "第五").contains("并列甲", "并列乙");
        assertThat(shown.values().stream().filter(row -> row.path("proposedRating").asText().equals("EXCELLENT")))
                .extracting(row -> row.path("workerName").asText()).containsExactly("第一");
        assertThat(shown.get("并列甲").path("proposedRating").asText()).isEqualTo("QUALIFIED");
        assertThat(shown.get("并列甲").path("proposalReason").asText())
                .isEqualTo("总分 93 与另 1 人并列优秀第 2 名,优秀名额只余 1 个(共 2 个):由考核委员会在并列人员中确定,改为优秀须写明理由");
        assertThat(shown.get("并列乙").path("proposalReason").asText()).isEqualTo(shown.get("并列甲").path("proposalReason").asText());
        assertThat(shown.get("第四").path("proposalReason").asText()).isEqualTo("总分 91 达到优秀分数线,排第 4 名,超出本街道优秀名额 2 个");
        assertThat(shown.get("受处分高分").path("proposedRating").asText()).isEqualTo("UNQUALIFIED");
        assertThat(shown.get("受处分高分").path("total").asText()).isEqualTo("85.6");
        assertThat(shown.get("受处分高分").path("proposalReason").asText()).isEqualTo("受记过处分期间,不论得分定为不合格(处分决定日期" + YEAR + "-06-01)");
        assertThat(shown.get("受处分高分").path("scores").asText()).isEqualTo("86 / 86 / 84.67");
        assertThat(shown.get("受处分高分").path("proposedLabel").asText()).isEqualTo("不合格");
        assertThat(shown.get("合格1").path("proposalReason").asText()).isEmpty();
        assertThat(shown.get("合格1").path("communityName").asText()).isNotBlank();

        Map<String, String> asProposed = new LinkedHashMap<>();
        shown.forEach((name, row) -> asProposed.put(name, row.path("proposedRating").asText()));
        // The committee gives the place left to one of the two tied: a departure, so only with its reason.
        Map<String, String> tieDecided = new LinkedHashMap<>(asProposed);
        tieDecided.put("并列乙", "EXCELLENT");
        assertThatThrownBy(() -> taskService.complete(committee.getId(), Map.of(AssessmentCampaignProcess.RATINGS.name(),
                ratings(tieDecided, Map.of()))))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("调整并列乙的建议等次(合格 → 优秀)必须写明调整理由");
        Map<String, String> bothTied = new LinkedHashMap<>(tieDecided);
        bothTied.put("并列甲", "EXCELLENT");
        assertThatThrownBy(() -> taskService.complete(committee.getId(), Map.of(AssessmentCampaignProcess.RATINGS.name(),
                ratings(bothTied, Map.of("并列甲", "并列", "并列乙", "并列")))))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("优秀等次 3 人,超过本街道名额 2 人");
        // Submitted as Tasklist submits a form (the list as Json).
        engine.getFormService().submitTaskForm(committee.getId(), Map.of(AssessmentCampaignProcess.RATINGS.name(),
                org.camunda.spin.plugin.variable.SpinValues.jsonValue(new com.fasterxml.jackson.databind.ObjectMapper()
                        .writeValueAsString(ratings(tieDecided, Map.of("并列乙", "并列人员中全年无工作失误、群众表扬多")))).create()));

        Map<String, Map<String, Object>> recorded = new HashMap<>();
        jdbc.sql("select worker_id, proposed_rating, proposal_reason, confirmed_rating, override_reason from assessment "
                + "where campaign_id = :campaign").param("campaign", campaign.getId()).query().listOfRows()
                .forEach(row -> recorded.put((String) row.get("WORKER_ID"), row));
        Map<String, Object> chosen = recorded.get(workers.get("并列乙"));
        assertThat(chosen).containsEntry("PROPOSED_RATING", "QUALIFIED").containsEntry("CONFIRMED_RATING", "EXCELLENT")
                .containsEntry("OVERRIDE_REASON", "并列人员中全年无工作失误、群众表扬多");
        assertThat((String) chosen.get("PROPOSAL_REASON")).contains("并列优秀第 2 名");
        assertThat(recorded.get(workers.get("并列甲"))).containsEntry("CONFIRMED_RATING", "QUALIFIED")
                .containsEntry("OVERRIDE_REASON", null);
        assertThat(recorded.get(workers.get("第四"))).containsEntry("CONFIRMED_RATING", "QUALIFIED");
    }

    @Test
    void variablesRewrittenDuringACampaignNeitherRouteTheTasksNorChangeWhatIsRegistered() {
        String disciplined = register("受处分", WorkerStatus.ACTIVE, 5, null, true, List.of());
        register("合格", WorkerStatus.ACTIVE, 5, null, false, List.of());
        TestUnits elsewhere = registry.county(100_000);
        String bystander = registry.worker(elsewhere, Role.STAFF, WorkerStatus.ACTIVE);
        ProcessInstance campaign = runtimeService.startProcessInstanceByKey(AssessmentCampaignProcess.KEY,
                Map.of(AssessmentCampaignProcess.COUNTY_CODE.name(), units.county(), AssessmentCampaignProcess.YEAR.name(), YEAR));
        runDueJobs(campaign);
        runtimeService.setVariables(campaign.getId(), Map.of("streets", List.of(elsewhere.street()),
                AssessmentCampaignProcess.COUNTY_CODE.name(), elsewhere.county(), AssessmentCampaignProcess.YEAR.name(), YEAR - 1));
        ProcessInstance instance = assessment("受处分");
        Map<String, Object> forged = Map.of(WORKER_ID.name(), bystander, AssessmentCampaignProcess.YEAR.name(), YEAR - 1,
                "communityCode", elsewhere.community(), AssessmentCampaignProcess.STREET_CODE.name(), elsewhere.street(),
                CONFIRMED_RATING.name(), "EXCELLENT", AssessmentDecisions.GROUND, "伪造的依据");
        runtimeService.setVariables(instance.getId(), forged);

        managementService.executeJob(managementService.createJobQuery().processInstanceId(instance.getId())
                .activityId(TIMER_SATISFACTION_DEADLINE).singleResult().getId());
        assertThat(candidateGroups(task(instance, TASK_RECORD_SATISFACTION))).containsExactly(UnitGroups.streetHr(units.street()));
        taskService.complete(task(instance, TASK_RECORD_SATISFACTION).getId(), Map.of(SATISFACTION_SCORE.name(), 90));
        taskService.complete(task(instance, TASK_SCORE_WORKER).getId(), Map.of(POLITICAL_SCORE.name(), 90, PERFORMANCE_SCORE.name(), 90));
        score("合格", 80, 80, 80);

        Task committee = task(campaign, AssessmentCampaignProcess.TASK_CONFIRM_STREET_RATINGS);
        assertThat(candidateGroups(committee)).containsExactly(UnitGroups.streetParty(units.street()));
        taskService.complete(committee.getId(), Map.of(AssessmentCampaignProcess.RATINGS.name(),
                ratings(Map.of("受处分", "UNQUALIFIED", "合格", "QUALIFIED"), Map.of())));
        runtimeService.setVariables(instance.getId(), forged);
        managementService.executeJob(managementService.createJobQuery().processInstanceId(campaign.getId())
                .activityId("Timer_StreetNoticeEnds").singleResult().getId());

        assertThat(registry.workers().find(disciplined).orElseThrow().getAssessmentHistory())
                .extracting(a -> a.year() + ":" + a.rating()).containsExactly(YEAR + ":UNQUALIFIED");
        assertThat(candidateGroups(task(instance, TASK_ARRANGE_IMPROVEMENT))).containsExactly(UnitGroups.streetHr(units.street()));
        runtimeService.setVariables(instance.getId(), forged);
        taskService.complete(task(instance, TASK_ARRANGE_IMPROVEMENT).getId(), Map.of(IMPROVEMENT_MEASURE.name(), "TRAINING",
                IMPROVEMENT_DETAIL.name(), "业务培训", IMPROVEMENT_START.name(), LocalDate.now(ClockConfiguration.CHINA).toString()));

        assertThat(registry.workers().find(disciplined).orElseThrow().getStatus()).isEqualTo(WorkerStatus.ACTIVE);
        assertThat(jdbc.sql("select worker_id || ':' || assessment_year from assessment_consequence where process_instance_id = :p")
                .param("p", instance.getId()).query(String.class).single()).isEqualTo(disciplined + ":" + YEAR);
        Worker untouched = registry.workers().find(bystander).orElseThrow();
        assertThat(untouched.getStatus()).isEqualTo(WorkerStatus.ACTIVE);
        assertThat(untouched.getAssessmentHistory()).isEmpty();
    }

    @Test
    void anAssessmentStartedOtherwiseThanByItsCampaignStartsNothing() {
        String worker = register("自行启动", WorkerStatus.ACTIVE, 5, null, false, List.of());
        Map<String, Object> variables = Map.of(WORKER_ID.name(), worker, AssessmentCampaignProcess.YEAR.name(), YEAR, "communityCode",
                units.community(), AssessmentCampaignProcess.STREET_CODE.name(), units.street(), IN_PROBATION.name(), false,
                SATISFACTION_DEADLINE.name(), "P30D");

        assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(AnnualAssessmentProcess.KEY,
                AnnualAssessmentProcess.businessKey(YEAR, worker), variables))
                .isInstanceOf(AuthorizationException.class).hasMessageContaining("只有系统可以启动");
        assertThat(assessment("自行启动")).isNull();
    }

    @Test
    void aLaneWhoseStreetIsRewrittenToOneNotRecordedFailsAndRoutesNothing() {
        register("合格", WorkerStatus.ACTIVE, 5, null, false, List.of());
        TestUnits elsewhere = registry.county(100_000);
        ProcessInstance campaign = runtimeService.startProcessInstanceByKey(AssessmentCampaignProcess.KEY,
                Map.of(AssessmentCampaignProcess.COUNTY_CODE.name(), units.county(), AssessmentCampaignProcess.YEAR.name(), YEAR));
        runDueJobs(campaign);
        String lane = runtimeService.createVariableInstanceQuery().processInstanceIdIn(campaign.getId())
                .variableName(AssessmentCampaignProcess.STREET_CODE.name()).singleResult().getExecutionId();
        runtimeService.setVariableLocal(lane, AssessmentCampaignProcess.STREET_CODE.name(), elsewhere.street());
        Job recheck = managementService.createJobQuery().processInstanceId(campaign.getId())
                .activityId("Timer_RecheckProposals").singleResult();

        assertThatThrownBy(() -> managementService.executeJob(recheck.getId()))
                .hasMessageContaining("street '" + elsewhere.street() + "' is not one recorded");
        assertThat(taskService.createTaskQuery().processInstanceId(campaign.getId()).count()).isZero();
    }

    @Test
    void anAssessmentDeletedBeforeTheCommitteeConfirmsLeavesItsStreet() {
        for (String name : List.of("甲", "乙", "丙", "丁", "戊")) {
            register(name, WorkerStatus.ACTIVE, 5, null, false, List.of());
        }
        ProcessInstance campaign = runtimeService.startProcessInstanceByKey(AssessmentCampaignProcess.KEY,
                Map.of(AssessmentCampaignProcess.COUNTY_CODE.name(), units.county(), AssessmentCampaignProcess.YEAR.name(), YEAR));
        runDueJobs(campaign);

        score("乙", 80, 80, 80);
        runtimeService.deleteProcessInstance(assessment("乙").getId(), "误启动");      // proposed, not yet confirmed
        score("甲", 85, 85, 85);
        score("丁", 70, 70, 70);
        score("戊", 75, 75, 75);
        assertThat(campaign).isWaitingAt("Gateway_WaitForProposals");
        runtimeService.deleteProcessInstance(assessment("丙").getId(), "误启动");      // the last the street waited for

        assertThat(campaign).isWaitingAt(AssessmentCampaignProcess.TASK_CONFIRM_STREET_RATINGS);
        Task committee = task(campaign, AssessmentCampaignProcess.TASK_CONFIRM_STREET_RATINGS);
        assertThat(campaigns.streetRatings(campaign.getId(), units.street())).extracting(CampaignService.StreetRating::workerId)
                .containsExactly(workers.get("甲"), workers.get("戊"), workers.get("丁"));
        runtimeService.deleteProcessInstance(assessment("戊").getId(), "误启动");      // while the committee's form is open

        Map<String, String> confirmed = new LinkedHashMap<>();        // the form as opened, still listing 戊
        confirmed.put("甲", "QUALIFIED");
        confirmed.put("戊", "QUALIFIED");
        confirmed.put("丁", "QUALIFIED");
        taskService.complete(committee.getId(), Map.of(AssessmentCampaignProcess.RATINGS.name(), ratings(confirmed, Map.of())));
        assertThat(campaigns.progress(units.county(), YEAR).stages())
                .containsEntry("CONFIRMED", 2L).containsEntry("WITHDRAWN", 3L);
    }

    @Test
    void theStreetEntersSatisfactionWhenTheSurveyIsLate() {
        register("无测评", WorkerStatus.ACTIVE, 5, null, false, List.of());
        ProcessInstance campaign = runtimeService.startProcessInstanceByKey(AssessmentCampaignProcess.KEY,
                Map.of(AssessmentCampaignProcess.COUNTY_CODE.name(), units.county(), AssessmentCampaignProcess.YEAR.name(), YEAR));
        runDueJobs(campaign);
        ProcessInstance instance = assessment("无测评");
        managementService.executeJob(managementService.createJobQuery().processInstanceId(instance.getId())
                .activityId(TIMER_SATISFACTION_DEADLINE).singleResult().getId());
        Task record = task(instance, TASK_RECORD_SATISFACTION);
        assertThatThrownBy(() -> taskService.complete(record.getId(), Map.of(SATISFACTION_SCORE.name(), 101)))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("0 到 100");
        taskService.complete(record.getId(), Map.of(SATISFACTION_SCORE.name(), 70));
        taskService.complete(task(instance, TASK_SCORE_WORKER).getId(), Map.of(POLITICAL_SCORE.name(), 70, PERFORMANCE_SCORE.name(), 70));
        assertThat(instance).isWaitingAt(GATEWAY_WAIT_FOR_CONFIRMATION);
        assertThat(campaigns.streetRatings(campaign.getId(), units.street()).get(0).proposedRating()).isEqualTo("QUALIFIED");
    }

    @Test
    void theQuotaIsAtLeastOneFromFiveRatedWorkers() {
        assertThat(CampaignService.excellentQuota(20, 4, 5)).isZero();
        assertThat(CampaignService.excellentQuota(20, 5, 5)).isEqualTo(1);
        assertThat(CampaignService.excellentQuota(20, 9, 5)).isEqualTo(1);
        assertThat(CampaignService.excellentQuota(20, 10, 5)).isEqualTo(2);
        assertThat(CampaignService.excellentQuota(0, 10, 5)).isEqualTo(1);
    }
}
