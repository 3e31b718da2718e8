package cn.communityworkers.promotion;

import static cn.communityworkers.promotion.PromotionProcess.*;
import static cn.communityworkers.system.CaseVariables.WORKER_NAME;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.communityworkers.organisation.OrganisationService;
import cn.communityworkers.organisation.UnitGroups;
import cn.communityworkers.support.IdCards;
import cn.communityworkers.support.CauseBackfill;
import cn.communityworkers.support.ProcessTest;
import cn.communityworkers.support.TestRegistry;
import cn.communityworkers.support.TestUnits;
import cn.communityworkers.system.CaseVariables;
import cn.communityworkers.system.Cases;
import cn.communityworkers.workforce.CareerChanges;
import cn.communityworkers.workforce.ChangeAttribute;
import cn.communityworkers.workforce.Education;
import cn.communityworkers.workforce.Rating;
import cn.communityworkers.workforce.Role;
import cn.communityworkers.workforce.SelectionRoute;
import cn.communityworkers.workforce.WorkerRecord;
import cn.communityworkers.workforce.WorkerStatus;
import cn.communityworkers.workforce.WorkerView;

/** Every path and rule boundary of {@code secretary-promotion.bpmn}, on the engine, with the registry behind it. */
@ProcessTest
class SecretaryPromotionProcessTest {

    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired ManagementService managementService;
    @Autowired HistoryService historyService;
    @Autowired TestRegistry registry;
    @Autowired OrganisationService organisation;
    @Autowired PromotionService promotions;
    @Autowired Clock clock;
    @Autowired JdbcClient jdbc;

    TestUnits units;
    String otherStreet;
    String otherCommunity;
    int year;
    final Map<String, String> ids = new HashMap<>();

    @BeforeEach
    void setUp() {
        AbstractAssertions.init(engine);
        units = registry.county(100_000);
        otherStreet = units.county() + "02";
        otherCommunity = otherStreet + "001";
        organisation.putStreet(otherStreet, "另一街道", units.county());
        organisation.putCommunity(otherCommunity, "另一社区", otherStreet);
        year = LocalDate.now(clock).getYear();
    }

    /** Ratings of the last five years: QUALIFIED, with the given years (1 = last year) rated otherwise. */
    List<WorkerRecord.Assessment> ratings(Map<Integer, Rating> yearsBack) {
        List<WorkerRecord.Assessment> history = new ArrayList<>();
        for (int back = 1; back <= 6; back++) {
            history.add(new WorkerRecord.Assessment(year - back, yearsBack.getOrDefault(back, Rating.QUALIFIED)));
        }
        return history;
    }

    /** A secretary who meets every rule: 12 years, a completed term, EXCELLENT last year and the year before. */
    String secretary(String name) {
        return secretary(name, units.community(), LocalDate.of(year - 12, 3, 1), 0, true,
                Map.of(1, Rating.EXCELLENT, 2, Rating.EXCELLENT), false);
    }

    /** {@code disciplined}: registered with the roster's yes/no flag (a demerit from today). */
    String secretary(String name, String community, LocalDate since, int credited, boolean termCompleted,
            Map<Integer, Rating> yearsBack, boolean disciplined) {
        return secretary(name, LocalDate.of(year - 48, 5, 1), community, since, credited, termCompleted, yearsBack,
                disciplined);
    }

    String secretary(String name, LocalDate birthDate, String community, LocalDate since, int credited,
            boolean termCompleted, Map<Integer, Rating> yearsBack, boolean disciplined) {
        List<WorkerRecord.Term> terms = termCompleted
                ? List.of(new WorkerRecord.Term(LocalDate.of(year - 7, 3, 1), LocalDate.of(year - 2, 2, 28), true),
                        new WorkerRecord.Term(LocalDate.of(year - 2, 3, 1), null, false))
                : List.of(new WorkerRecord.Term(LocalDate.of(year - 3, 3, 1), null, false));
        String id = registry.workers().register(new WorkerRecord(null, IdCards.of(birthDate), name, birthDate, community,
                Role.SECRETARY, Education.BACHELOR, null, true, WorkerStatus.ACTIVE, since, credited, null, null, null,
                disciplined, null, true, true, terms, ratings(yearsBack))).workerId();
        ids.put(name, id);
        return id;
    }

    ProcessInstance start(int posts) {
        return runtimeService.startProcessInstanceByKey(KEY, Map.of(COUNTY_CODE.name(), units.county(), YEAR.name(), year, POSTS.name(), posts));
    }

    Task task(ProcessInstance instance, String taskId) {
        return taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(taskId).singleResult();
    }

    List<Task> tasks(ProcessInstance instance, String taskId) {
        return taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(taskId).list();
    }

    Task taskOf(ProcessInstance instance, String taskId, String name) {
        return tasks(instance, taskId).stream().filter(t -> ids.get(name).equals(taskService.getVariable(t.getId(), WORKER_ID.name())))
                .findFirst().orElseThrow(() -> new AssertionError("no " + taskId + " for " + name));
    }

    List<String> candidateGroups(Task task) {
        return taskService.getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType())).map(IdentityLink::getGroupId).toList();
    }

    Task nomination(ProcessInstance instance, String street) {
        return tasks(instance, TASK_NOMINATE_SECRETARIES).stream()
                .filter(t -> street.equals(taskService.getVariable(t.getId(), Cases.STREET_ELEMENT))).findFirst().orElseThrow();
    }

    void nominate(ProcessInstance instance, String street, String... names) {
        List<String> nominees = new ArrayList<>();
        for (String name : names) {
            nominees.add(ids.get(name));
        }
        taskService.complete(nomination(instance, street).getId(), Map.of(NOMINEES.name(), nominees));
    }

    void review(ProcessInstance instance, String name, boolean passed, double score) {
        taskService.complete(taskOf(instance, TASK_REVIEW_CANDIDATE, name).getId(),
                Map.of(REVIEW_PASSED.name(), passed, ASSESSMENT_SCORE.name(), score));
    }

    void endNotice(ProcessInstance instance) {
        managementService.executeJob(managementService.createJobQuery().processInstanceId(instance.getId())
                .activityId(TIMER_NOTICE_ENDS).singleResult().getId());
    }

    Map<String, PromotionService.Secretary> evaluated(ProcessInstance instance) {
        return promotions.secretariesOf(instance.getId()).stream()
                .collect(Collectors.toMap(PromotionService.Secretary::workerName, s -> s));
    }

    List<String> failedRules(PromotionService.Secretary secretary) {
        return secretary.reasonList().stream().filter(r -> !r.passed()).map(PromotionService.Reason::rule).toList();
    }

    /** Three eligible secretaries nominated, reviewed with the given scores, one post or more: at the notice. */
    ProcessInstance rankedPromotion(int posts, Map<String, Double> scores) {
        scores.keySet().forEach(this::secretary);
        ProcessInstance instance = start(posts);
        nominate(instance, units.street(), scores.keySet().toArray(String[]::new));
        scores.forEach((name, score) -> review(instance, name, true, score));
        return instance;
    }

    @Test
    void theRulesAtEveryBoundaryAndWhyEachSecretaryIsOrIsNotOnTheList() {
        secretary("正好十年", units.community(), LocalDate.of(year - 10, 1, 1), 0, true,
                Map.of(1, Rating.EXCELLENT, 2, Rating.EXCELLENT), false);
        secretary("差一天十年", units.community(), LocalDate.of(year - 10, 1, 2), 0, true,
                Map.of(1, Rating.EXCELLENT, 2, Rating.EXCELLENT), false);
        secretary("外地年限不计", units.community(), LocalDate.of(year - 9, 1, 1), 5, true,
                Map.of(1, Rating.EXCELLENT, 2, Rating.EXCELLENT), false);
        secretary("任期未满", units.community(), LocalDate.of(year - 12, 1, 1), 0, false,
                Map.of(1, Rating.EXCELLENT, 2, Rating.EXCELLENT), false);
        secretary("一次优秀", units.community(), LocalDate.of(year - 12, 1, 1), 0, true,
                Map.of(1, Rating.EXCELLENT), false);
        secretary("四年前基本合格", units.community(), LocalDate.of(year - 12, 1, 1), 0, true,
                Map.of(1, Rating.EXCELLENT, 2, Rating.EXCELLENT, 4, Rating.BASICALLY_QUALIFIED), false);
        secretary("六年前基本合格", units.community(), LocalDate.of(year - 12, 1, 1), 0, true,
                Map.of(1, Rating.EXCELLENT, 2, Rating.EXCELLENT, 6, Rating.BASICALLY_QUALIFIED), false);
        secretary("五年前两次优秀外", units.community(), LocalDate.of(year - 12, 1, 1), 0, true,
                Map.of(1, Rating.EXCELLENT, 6, Rating.EXCELLENT), false);
        secretary("受处分", units.community(), LocalDate.of(year - 12, 1, 1), 0, true,
                Map.of(1, Rating.EXCELLENT, 2, Rating.EXCELLENT), true);
        // 50 on 1 January (51 the day after) and 51 on 1 January: the local limit is 50 and under.
        secretary("正好五十岁", LocalDate.of(year - 51, 1, 2), units.community(), LocalDate.of(year - 12, 1, 1), 0, true,
                Map.of(1, Rating.EXCELLENT, 2, Rating.EXCELLENT), false);
        secretary("五十一岁", LocalDate.of(year - 51, 1, 1), units.community(), LocalDate.of(year - 12, 1, 1), 0, true,
                Map.of(1, Rating.EXCELLENT, 2, Rating.EXCELLENT), false);
        String investigated = secretary("立案审查", units.community(), LocalDate.of(year - 12, 1, 1), 0, true,
                Map.of(1, Rating.EXCELLENT, 2, Rating.EXCELLENT), false);
        registry.changes().changeInvestigation(investigated,
                new CareerChanges.InvestigationRequest(true, "县纪委监委立案审查调查"));
        String director = registry.worker(units, Role.DIRECTOR, WorkerStatus.ACTIVE);

        ProcessInstance instance = start(1);

        Map<String, PromotionService.Secretary> evaluated = evaluated(instance);
        assertThat(evaluated).doesNotContainKey(director).hasSize(12);
        assertThat(evaluated.get("正好五十岁").eligible()).isTrue();
        assertThat(failedRules(evaluated.get("五十一岁"))).containsExactly("AGE_LIMIT");
        assertThat(evaluated.get("五十一岁").failedReasons()).isEqualTo("年龄51周岁(截至当年1月1日),超过50周岁");
        assertThat(failedRules(evaluated.get("立案审查"))).containsExactly("NOT_UNDER_INVESTIGATION");
        assertThat(evaluated.get("立案审查").failedReasons()).isEqualTo("正在接受立案审查调查,暂不列入择优聘用人选");
        assertThat(evaluated.get("正好十年").eligible()).isTrue();
        assertThat(evaluated.get("六年前基本合格").eligible()).isTrue();
        assertThat(failedRules(evaluated.get("差一天十年"))).containsExactly("CONTINUOUS_COMMUNITY_WORK");
        assertThat(failedRules(evaluated.get("外地年限不计"))).containsExactly("CONTINUOUS_COMMUNITY_WORK");
        assertThat(failedRules(evaluated.get("任期未满"))).containsExactly("COMPLETED_SECRETARY_TERM");
        assertThat(failedRules(evaluated.get("一次优秀"))).containsExactly("EXCELLENT_RATINGS");
        assertThat(failedRules(evaluated.get("五年前两次优秀外"))).containsExactly("EXCELLENT_RATINGS");
        assertThat(failedRules(evaluated.get("四年前基本合格"))).containsExactly("NO_RATING_BELOW_QUALIFIED");
        assertThat(failedRules(evaluated.get("受处分"))).containsExactly("NO_DISCIPLINARY_ACTION");
        assertThat(evaluated.get("差一天十年").failedReasons()).isEqualTo("连续从事社区工作9年,不满10年(另计的外地社区工作年限不计入)");
        assertThat(evaluated.get("正好十年").reasonList()).extracting(PromotionService.Reason::rule).containsExactly(
                "CONTINUOUS_COMMUNITY_WORK", "COMPLETED_SECRETARY_TERM", "EXCELLENT_RATINGS", "NO_RATING_BELOW_QUALIFIED",
                "NO_DISCIPLINARY_ACTION", "AGE_LIMIT", "YEARS_TO_RETIREMENT", "NOT_UNDER_INVESTIGATION");

        // Each secretary's result is the decision table's own, one decision instance each, found by its activity.
        Map<String, HistoricDecisionInstance> decisions = historyService.createHistoricDecisionInstanceQuery()
                .processInstanceId(instance.getId()).decisionDefinitionKey(ELIGIBILITY_DECISION).includeOutputs().list()
                .stream().collect(Collectors.toMap(HistoricDecisionInstance::getActivityInstanceId, d -> d));
        assertThat(decisions).hasSize(12);
        PromotionService.Secretary disciplined = evaluated.get("受处分");
        assertThat(decisions.get(disciplined.activityInstanceId()).getOutputs())
                .anyMatch(o -> "正在受处分期间".equals(o.getValue()));

        // Only the eligible are offered to their street.
        assertThat(instance).isWaitingAt(TASK_NOMINATE_SECRETARIES);
        Task nomination = nomination(instance, units.street());
        assertThat(taskService.getVariable(nomination.getId(), ELIGIBLE_SECRETARIES.name()).toString())
                .contains(ids.get("正好十年")).contains(ids.get("六年前基本合格")).doesNotContain(ids.get("受处分"))
                .doesNotContain(investigated).doesNotContain(ids.get("五十一岁")).contains(ids.get("正好五十岁"));
    }

    @Test
    void aSecondPromotionForTheSameCountyAndYearIsRefused() {
        secretary("甲");
        ProcessInstance first = start(1);
        assertThat(first.getBusinessKey()).isEqualTo(businessKey(units.county(), year));
        assertThatThrownBy(() -> start(1)).isInstanceOf(FormFieldValidationException.class).hasMessageContaining("不能重复开展");
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(first.getBusinessKey()).count()).isEqualTo(1);
    }

    @Test
    void withoutPostsOrForAFutureYearNothingStarts() {
        assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(KEY, Map.of(COUNTY_CODE.name(), units.county(), YEAR.name(), year, POSTS.name(), 0)))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("posts");
        assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(KEY, Map.of(COUNTY_CODE.name(), units.county(), YEAR.name(), year + 1, POSTS.name(), 1)))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("year");
        assertThat(promotions.promotionOf(units.county(), year)).isEmpty();
    }

    @Test
    void withoutAnEligibleSecretaryThePromotionEnds() {
        secretary("受处分", units.community(), LocalDate.of(year - 12, 1, 1), 0, true,
                Map.of(1, Rating.EXCELLENT, 2, Rating.EXCELLENT), true);
        ProcessInstance instance = start(1);
        assertThat(instance).isEnded().hasPassed(END_NO_ELIGIBLE_SECRETARY);
    }

    @Test
    void eachStreetNominatesOnlyItsOwnEligibleSecretaries() {
        secretary("本街道合格");
        secretary("本街道受处分", units.community(), LocalDate.of(year - 12, 1, 1), 0, true,
                Map.of(1, Rating.EXCELLENT, 2, Rating.EXCELLENT), true);
        secretary("外街道合格", otherCommunity, LocalDate.of(year - 12, 1, 1), 0, true,
                Map.of(1, Rating.EXCELLENT, 2, Rating.EXCELLENT), false);
        ProcessInstance instance = start(1);
        assertThat(tasks(instance, TASK_NOMINATE_SECRETARIES)).hasSize(2);

        Task ours = nomination(instance, units.street());
        assertThatThrownBy(() -> taskService.complete(ours.getId(), Map.of(NOMINEES.name(), List.of(ids.get("本街道受处分")))))
                .isInstanceOf(FormFieldValidationException.class)
                .hasMessageContaining("本街道受处分").hasMessageContaining("正在受处分期间");
        assertThatThrownBy(() -> taskService.complete(ours.getId(), Map.of(NOMINEES.name(), List.of(ids.get("外街道合格")))))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("不是本街道");
        assertThatThrownBy(() -> taskService.complete(ours.getId(), Map.of(NOMINEES.name(), "不是列表")))
                .isInstanceOf(FormFieldValidationException.class);
        assertThat(taskService.createTaskQuery().taskId(ours.getId()).count()).isEqualTo(1);

        // Tasklist submits a form value with the type of the task's variable of that name: it must be Json from
        // the start (a Null one made the checklist's array unconvertible), and a Json array is what it then sends.
        assertThat(taskService.getVariableTyped(ours.getId(), NOMINEES.name()).getType().getName()).isEqualTo("json");
        taskService.complete(ours.getId(), Variables.createVariables().putValueTyped(NOMINEES.name(),
                SpinValues.jsonValue("[\"" + ids.get("本街道合格") + "\"]").create()));
        nominate(instance, otherStreet);   // a street may nominate nobody
        assertThat(tasks(instance, TASK_REVIEW_CANDIDATE)).hasSize(1);
        assertThat(taskService.getVariable(taskOf(instance, TASK_REVIEW_CANDIDATE, "本街道合格").getId(), WORKER_NAME.name()))
                .isEqualTo("本街道合格");
    }

    @Test
    void aReviewNeedsAScoreFromZeroToHundredAndWithoutAPassedNomineeThePromotionEnds() {
        secretary("乙");
        ProcessInstance instance = start(1);
        nominate(instance, units.street(), "乙");
        Task review = taskOf(instance, TASK_REVIEW_CANDIDATE, "乙");
        assertThatThrownBy(() -> taskService.complete(review.getId(), Map.of(REVIEW_PASSED.name(), true, ASSESSMENT_SCORE.name(), 100.5)))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("0 到 100");
        assertThatThrownBy(() -> taskService.complete(review.getId(), Map.of(ASSESSMENT_SCORE.name(), 90)))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("reviewPassed");
        review(instance, "乙", false, 55);
        assertThat(instance).isEnded().hasPassed(END_NO_CANDIDATE_PASSED);
        assertThat(evaluated(instance).get("乙").stage()).isEqualTo("REVIEW_FAILED");
    }

    @Test
    void moreNomineesPassedThanPostsTheBestScoresAreSelected() {
        ProcessInstance instance = rankedPromotion(2, Map.of("第一", 92.0, "第二", 88.5, "第三", 80.0));

        assertThat(instance).isWaitingAt(TIMER_NOTICE_ENDS);
        Map<String, PromotionService.Secretary> ranked = evaluated(instance);
        assertThat(ranked.get("第一").stage()).isEqualTo("SELECTED");
        assertThat(ranked.get("第二").stage()).isEqualTo("SELECTED");
        assertThat(ranked.get("第三").stage()).isEqualTo("RESERVE");
        assertThat(ranked.get("第三").rankNo()).isEqualTo(3);
        endNotice(instance);
        assertThat(tasks(instance, TASK_APPROVE_INSTITUTION_HIRE)).extracting(t -> taskService.getVariable(t.getId(), WORKER_NAME.name()))
                .containsExactlyInAnyOrder("第一", "第二");
        assertThat(taskService.getVariable(taskOf(instance, TASK_APPROVE_INSTITUTION_HIRE, "第二").getId(), RANK.name())).isEqualTo(2);
    }

    @Test
    void anUpheldObjectionMovesTheNextRankedUp() {
        ProcessInstance instance = rankedPromotion(1, Map.of("第一", 95.0, "第二", 90.0, "第三", 85.0));

        assertThatThrownBy(() -> runtimeService.createMessageCorrelation(MESSAGE_OBJECTION).processInstanceId(instance.getId())
                .setVariable(WORKER_ID.name(), ids.get("第二")).correlate())
                .isInstanceOf(FormFieldValidationException.class);   // not on notice
        runtimeService.createMessageCorrelation(MESSAGE_OBJECTION).processInstanceBusinessKey(instance.getBusinessKey())
                .setVariable(WORKER_ID.name(), ids.get("第一")).setVariable(OBJECTION.name(), "反映其任职期间有违规行为").correlate();
        Task investigation = task(instance, TASK_INVESTIGATE_OBJECTION);
        assertThat(taskService.getVariable(investigation.getId(), OBJECTION_TEXT.name())).isEqualTo("反映其任职期间有违规行为");
        assertThat(taskService.getVariable(investigation.getId(), WORKER_NAME.name())).isEqualTo("第一");
        assertThatThrownBy(() -> taskService.complete(investigation.getId(), Map.of(OBJECTION_UPHELD.name(), true)))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("finding");
        endNotice(instance);
        assertThat(instance).isWaitingAt(TASK_INVESTIGATE_OBJECTION);   // the notice waits for the investigation
        taskService.complete(investigation.getId(), Map.of(OBJECTION_UPHELD.name(), true, FINDING.name(), "经核实,反映属实"));

        // 第二 moves up and is on notice in turn; an objection about them is dismissed.
        assertThat(evaluated(instance).get("第一").stage()).isEqualTo("OBJECTION_UPHELD");
        assertThat(evaluated(instance).get("第二").stage()).isEqualTo("SELECTED");
        assertThat(instance).isWaitingAt(TIMER_NOTICE_ENDS);
        runtimeService.createMessageCorrelation(MESSAGE_OBJECTION).processInstanceBusinessKey(instance.getBusinessKey())
                .setVariable(WORKER_ID.name(), ids.get("第二")).correlate();
        taskService.complete(task(instance, TASK_INVESTIGATE_OBJECTION).getId(),
                Map.of(OBJECTION_UPHELD.name(), false, FINDING.name(), "经核实,反映不实"));
        endNotice(instance);

        assertThat(tasks(instance, TASK_APPROVE_INSTITUTION_HIRE)).extracting(t -> taskService.getVariable(t.getId(), WORKER_NAME.name()))
                .containsExactly("第二");
        assertThat(evaluated(instance).get("第三").stage()).isEqualTo("RESERVE");
    }

    @Test
    void theHiredBecomePublicInstitutionStaffAndTheExceptionalAreRecordedForLeadership() {
        ProcessInstance instance = rankedPromotion(2, Map.of("特别优秀", 96.0, "优秀", 90.0));
        endNotice(instance);
        long headcount = registry.workers().headcount(units.county());

        Task hire = taskOf(instance, TASK_APPROVE_INSTITUTION_HIRE, "特别优秀");
        assertThatThrownBy(() -> taskService.complete(hire.getId(), Map.of(HIRE_APPROVED.name(), true)))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("institutionName");
        taskService.complete(hire.getId(), Map.of(HIRE_APPROVED.name(), true, INSTITUTION_NAME.name(), "测试街道党群服务中心"));
        taskService.complete(taskOf(instance, TASK_APPROVE_INSTITUTION_HIRE, "优秀").getId(),
                Map.of(HIRE_APPROVED.name(), true, INSTITUTION_NAME.name(), "测试街道综合服务中心"));

        assertThat(registry.workers().headcount(units.county())).isEqualTo(headcount - 2);
        WorkerView hired = registry.workers().view(ids.get("特别优秀"));
        assertThat(hired.status()).isEqualTo(WorkerStatus.PUBLIC_INSTITUTION_STAFF);
        assertThat(hired.role()).isEqualTo(Role.SECRETARY);
        assertThat(hired.contractEnd()).isEqualTo(LocalDate.now(clock).minusDays(1));
        assertThat(hired.publicInstitutionContract().institutionName()).isEqualTo("测试街道党群服务中心");
        assertThat(hired.publicInstitutionContract().processInstanceId()).isEqualTo(instance.getId());
        assertThat(evaluated(instance).get("特别优秀").stage()).isEqualTo("HIRED");

        // The especially outstanding go on to the leadership selection; the others end hired.
        taskService.complete(taskOf(instance, TASK_ASSESS_EXCEPTIONAL, "优秀").getId(), Map.of(EXCEPTIONAL.name(), false));
        assertThat(tasks(instance, TASK_RECORD_LEADERSHIP_SELECTION)).isEmpty();
        Task exceptional = taskOf(instance, TASK_ASSESS_EXCEPTIONAL, "特别优秀");
        assertThatThrownBy(() -> taskService.complete(exceptional.getId(), Map.of()))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("exceptional");
        taskService.complete(exceptional.getId(), Map.of(EXCEPTIONAL.name(), true));
        Task leadership = taskOf(instance, TASK_RECORD_LEADERSHIP_SELECTION, "特别优秀");
        assertThatThrownBy(() -> taskService.complete(leadership.getId(), Map.of(SELECTION_ROUTE.name(), "APPOINTMENT", SELECTED.name(), true, POST.name(), "副主任")))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("TRANSFER");
        assertThatThrownBy(() -> taskService.complete(leadership.getId(), Map.of(SELECTION_ROUTE.name(), "TRANSFER", SELECTED.name(), true)))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("post");
        taskService.complete(leadership.getId(), Map.of(SELECTION_ROUTE.name(), "TRANSFER", SELECTED.name(), true, POST.name(), "测试街道党工委委员"));

        assertThat(instance).isEnded().hasPassed(END_HIRED, END_LEADERSHIP_SELECTION_RECORDED, END_PROMOTION_COMPLETED);
        WorkerView leader = registry.workers().view(ids.get("特别优秀"));
        assertThat(leader.leadershipSelections()).singleElement().satisfies(s -> {
            assertThat(s.selectionRoute()).isEqualTo(SelectionRoute.TRANSFER);
            assertThat(s.selected()).isTrue();
            assertThat(s.post()).isEqualTo("测试街道党工委委员");
            assertThat(s.processInstanceId()).isEqualTo(instance.getId());
        });
        assertThat(registry.workers().view(ids.get("优秀")).leadershipSelections()).isEmpty();
    }

    @Test
    void variablesRewrittenAfterTheStartNeitherRouteTheTasksNorReachSomeoneTheBranchIsNotAbout() {
        secretary("甲");
        secretary("乙");
        TestUnits elsewhere = registry.county(100_000);
        String outsider = registry.worker(elsewhere, Role.SECRETARY, WorkerStatus.ACTIVE);
        ProcessInstance instance = start(1);
        runtimeService.setVariable(instance.getId(), COUNTY_CODE.name(), elsewhere.county());

        nominate(instance, units.street(), "甲");
        Task review = taskOf(instance, TASK_REVIEW_CANDIDATE, "甲");
        assertThat(candidateGroups(review)).containsExactly(UnitGroups.countyOrganization(units.county()));
        runtimeService.setVariableLocal(review.getExecutionId(), WORKER_ID.name(), ids.get("乙"));
        assertThatThrownBy(() -> taskService.complete(review.getId(), Map.of(REVIEW_PASSED.name(), true, ASSESSMENT_SCORE.name(), 90)))
                .hasMessageContaining(ids.get("乙") + " is not NOMINATED");
        assertThat(evaluated(instance).get("乙").stage()).isEqualTo("EVALUATED");
        runtimeService.setVariableLocal(review.getExecutionId(), WORKER_ID.name(), ids.get("甲"));
        review(instance, "甲", true, 90);
        runtimeService.setVariable(instance.getId(), COUNTY_CODE.name(), elsewhere.county());
        endNotice(instance);

        Task hire = taskOf(instance, TASK_APPROVE_INSTITUTION_HIRE, "甲");
        assertThat(candidateGroups(hire)).containsExactly(UnitGroups.countyHrss(units.county()));
        taskService.complete(hire.getId(), Map.of(HIRE_APPROVED.name(), true, INSTITUTION_NAME.name(), "测试街道党群服务中心"));
        taskService.complete(taskOf(instance, TASK_ASSESS_EXCEPTIONAL, "甲").getId(), Map.of(EXCEPTIONAL.name(), true));
        Task leadership = taskOf(instance, TASK_RECORD_LEADERSHIP_SELECTION, "甲");
        assertThat(candidateGroups(leadership)).containsExactly(UnitGroups.countyOrganization(units.county()));
        runtimeService.setVariableLocal(leadership.getExecutionId(), WORKER_ID.name(), outsider);
        assertThatThrownBy(() -> taskService.complete(leadership.getId(),
                Map.of(SELECTION_ROUTE.name(), "TRANSFER", SELECTED.name(), true, POST.name(), "测试街道党工委委员")))
                .hasMessageContaining(outsider + " is not HIRED");

        assertThat(registry.workers().view(outsider).leadershipSelections()).isEmpty();
        assertThat(registry.workers().view(outsider).status()).isEqualTo(WorkerStatus.ACTIVE);
        assertThat(registry.workers().view(ids.get("甲")).status()).isEqualTo(WorkerStatus.PUBLIC_INSTITUTION_STAFF);
    }

    @Test
    void theStatusChangeIsRecordedWithTheProcessOnlyForSomeoneAtWorkAndAHireNotApprovedChangesNothing() {
        ProcessInstance instance = rankedPromotion(2, Map.of("聘用", 96.0, "不聘用", 90.0));
        endNotice(instance);
        taskService.complete(taskOf(instance, TASK_APPROVE_INSTITUTION_HIRE, "不聘用").getId(), Map.of(HIRE_APPROVED.name(), false));
        // Someone on secondment returns to the post before the hire.
        Task hire = taskOf(instance, TASK_APPROVE_INSTITUTION_HIRE, "聘用");
        registry.changes().changeStatus(ids.get("聘用"), WorkerStatus.ACTIVE, WorkerStatus.SECONDED, "借调", null);
        assertThatThrownBy(() -> taskService.complete(hire.getId(), Map.of(HIRE_APPROVED.name(), true, INSTITUTION_NAME.name(), "测试事业单位")))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("SECONDED");
        assertThat(registry.workers().view(ids.get("聘用")).publicInstitutionContract()).isNull();
        registry.changes().changeStatus(ids.get("聘用"), WorkerStatus.SECONDED, WorkerStatus.ACTIVE, "返岗", null);
        taskService.complete(hire.getId(), Map.of(HIRE_APPROVED.name(), true, INSTITUTION_NAME.name(), "测试事业单位"));

        assertThat(registry.workers().view(ids.get("不聘用")).status()).isEqualTo(WorkerStatus.ACTIVE);
        assertThat(evaluated(instance).get("不聘用").stage()).isEqualTo("HIRE_REFUSED");
        assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
                .activityId(END_HIRE_NOT_APPROVED).count()).isEqualTo(1);
        assertThat(jdbc.sql("select new_value, process_instance_id, cause from worker_change where worker_id = :w "
                        + "and attribute = :a order by id desc")
                .param("w", ids.get("聘用")).param("a", ChangeAttribute.STATUS.name()).query().listOfRows().get(0))
                .containsValues("PUBLIC_INSTITUTION_STAFF", instance.getId(), "PUBLIC_INSTITUTION");
        assertThat(CauseBackfill.of(jdbc, ids.get("聘用"))).isEqualTo("PUBLIC_INSTITUTION");
        assertThat(jdbc.sql("select reason from worker_change where worker_id = :w and attribute = :a order by id desc")
                .param("w", ids.get("聘用")).param("a", ChangeAttribute.CONTRACT_END.name()).query(String.class).list().get(0))
                .contains("与街道的劳动合同终止");
    }
}
