package cn.communityworkers.transfer;

import static cn.communityworkers.transfer.TransferProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.communityworkers.organisation.OrganisationService;
import cn.communityworkers.organisation.UnitGroups;
import cn.communityworkers.support.ProcessTest;
import cn.communityworkers.support.TestRegistry;
import cn.communityworkers.support.TestUnits;
import cn.communityworkers.system.Case;
import cn.communityworkers.workforce.Role;
import cn.communityworkers.workforce.Worker;
import cn.communityworkers.workforce.WorkerStatus;
import cn.communityworkers.workforce.WorkerView;

/**
 * Every path through {@code transfer.bpmn} and {@code transfer-arrival.bpmn}, on the engine, with the registry behind
 * them: a county with two streets, the worker's street having two communities.
 */
@ProcessTest
class TransferProcessTest {

    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired ManagementService managementService;
    @Autowired HistoryService historyService;
    @Autowired TestRegistry registry;
    @Autowired OrganisationService organisation;
    @Autowired JdbcClient jdbc;

    TestUnits units;
    /** Another community of the worker's street. */
    String neighbour;
    /** A second street of the county, and its community. */
    String otherStreet;
    String otherStreetCommunity;
    String worker;
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    LocalDate date = today.plusDays(10);

    @BeforeEach
    void setUp() {
        AbstractAssertions.init(engine);
        units = registry.county(100_000);
        neighbour = units.street() + "002";
        organisation.putCommunity(neighbour, "邻近社区", units.street());
        otherStreet = units.county() + "02";
        organisation.putStreet(otherStreet, "另一街道", units.county());
        otherStreetCommunity = otherStreet + "001";
        organisation.putCommunity(otherStreetCommunity, "另一街道社区", otherStreet);
        worker = registry.worker(units, Role.STAFF, WorkerStatus.ACTIVE);
    }

    Map<String, Object> request(String workerId, String target, LocalDate on) {
        Map<String, Object> variables = new HashMap<>();
        WORKER_ID.put(variables, workerId);
        TARGET_COMMUNITY.put(variables, target);
        TRANSFER_DATE.put(variables, on);
        REASON.put(variables, "邻近社区老年人口多,需要加强力量");
        return variables;
    }

    ProcessInstance start(String target) {
        return runtimeService.startProcessInstanceByKey(KEY, request(worker, target, date));
    }

    Task task(ProcessInstance instance, String taskId) {
        return taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(taskId)
                .singleResult();
    }

    void answer(ProcessInstance instance, TransferOpinion opinion, boolean yes, String said) {
        Map<String, Object> variables = new HashMap<>();
        opinion.yes().put(variables, yes);
        opinion.opinion().put(variables, said);
        taskService.complete(task(instance, taskOf(opinion)).getId(), variables);
    }

    static String taskOf(TransferOpinion opinion) {
        return switch (opinion) {
            case SOURCE_COMMUNITY -> TASK_SOURCE_COMMUNITY_OPINION;
            case TARGET_COMMUNITY -> TASK_TARGET_COMMUNITY_OPINION;
            case STREET -> TASK_DECIDE_AT_STREET;
            case SOURCE_STREET -> TASK_SOURCE_STREET_OPINION;
            case TARGET_STREET -> TASK_TARGET_STREET_OPINION;
            case COUNTY -> TASK_APPROVE_AT_COUNTY;
            case ARRIVAL_STREET -> TransferArrivalProcess.TASK_CONFIRM_AT_STREET;
            case ARRIVAL_COUNTY -> TransferArrivalProcess.TASK_CONFIRM_AT_COUNTY;
        };
    }

    List<String> candidateGroups(ProcessInstance instance, String taskId) {
        return taskService.getIdentityLinksForTask(task(instance, taskId).getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType())).map(IdentityLink::getGroupId)
                .toList();
    }

    String communityOf(String workerId) {
        return registry.workers().find(workerId).map(Worker::getCommunityCode).orElseThrow();
    }

    /** The COMMUNITY changes of the worker: old, new, effective date, reason, process. */
    List<List<String>> communityChanges(String workerId) {
        return jdbc.sql("select old_value, new_value, effective_date, reason, process_instance_id from worker_change "
                        + "where worker_id = :worker and attribute = 'COMMUNITY' order by id")
                .param("worker", workerId)
                .query((rs, row) -> List.of(rs.getString(1), rs.getString(2), rs.getDate(3).toLocalDate().toString(),
                        rs.getString(4), rs.getString(5)))
                .list();
    }

    void fireTransferDate(ProcessInstance instance) {
        Job timer = managementService.createJobQuery().processInstanceId(instance.getId())
                .activityId(TIMER_TRANSFER_DATE).singleResult();
        assertThat(timer.getDuedate().toInstant().toString()).startsWith(date.minusDays(1) + "T16:00");
        managementService.executeJob(timer.getId());
    }

    /** The refused start's field; its message is {@link #lastRefusal}'s. */
    String refusedStart(Map<String, Object> request) {
        long cases = jdbc.sql("select count(*) from process_case").query(Long.class).single();
        FormFieldValidationException refusal = assertThrows(FormFieldValidationException.class,
                () -> runtimeService.startProcessInstanceByKey(KEY, request));
        assertThat(jdbc.sql("select count(*) from process_case").query(Long.class).single()).isEqualTo(cases);
        lastRefusal = refusal.getMessage();
        return refusal.getDetail();
    }

    String lastRefusal;

    @Test
    void withinTheStreetBothCommunitiesAgreeTheStreetDecidesAndTheWorkerMovesOnTheTransferDate() {
        ProcessInstance instance = start(neighbour);
        assertThat(instance).hasBusinessKey(businessKey(worker, date));
        assertThat(candidateGroups(instance, TASK_SOURCE_COMMUNITY_OPINION))
                .containsExactly(UnitGroups.communityParty(units.community()));
        answer(instance, TransferOpinion.SOURCE_COMMUNITY, true, "工作由其他同志接替");
        assertThat(candidateGroups(instance, TASK_TARGET_COMMUNITY_OPINION))
                .containsExactly(UnitGroups.communityParty(neighbour));
        answer(instance, TransferOpinion.TARGET_COMMUNITY, true, null);
        assertThat(candidateGroups(instance, TASK_DECIDE_AT_STREET))
                .containsExactly(UnitGroups.streetParty(units.street()));
        answer(instance, TransferOpinion.STREET, true, null);

        assertThat(instance).isWaitingAt(TIMER_TRANSFER_DATE);
        assertThat(communityOf(worker)).isEqualTo(units.community());
        fireTransferDate(instance);

        assertThat(instance).isEnded().hasPassed(TASK_MOVE_WORKER, END_TRANSFERRED)
                .hasNotPassed(TASK_APPROVE_AT_COUNTY);
        assertThat(communityOf(worker)).isEqualTo(neighbour);
        assertThat(communityChanges(worker)).singleElement().satisfies(change -> {
            assertThat(change.subList(0, 3)).containsExactly(units.community(), neighbour, date.toString());
            assertThat(change.get(3)).contains("《意见》第3条").contains("测试社区→测试街道邻近社区");
            assertThat(change.get(4)).isEqualTo(instance.getId());
        });
        WorkerView view = registry.workers().view(worker);
        assertThat(view.role()).isEqualTo(Role.STAFF);
        assertThat(view.communityName()).isEqualTo("邻近社区");
    }

    @ParameterizedTest
    @ValueSource(strings = {"SOURCE_COMMUNITY", "TARGET_COMMUNITY", "STREET"})
    void withinTheStreetANoOfEitherCommunityOrOfTheStreetEndsItWithTheOpinion(String refusing) {
        ProcessInstance instance = start(neighbour);
        for (TransferOpinion opinion : List.of(TransferOpinion.SOURCE_COMMUNITY, TransferOpinion.TARGET_COMMUNITY,
                TransferOpinion.STREET)) {
            boolean no = opinion.name().equals(refusing);
            answer(instance, opinion, !no, no ? "本社区人手紧张" : null);
            if (no) {
                break;
            }
        }
        assertThat(instance).isEnded().hasPassed(END_REFUSED).hasNotPassed(TASK_MOVE_WORKER);
        assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
                .variableName(REFUSAL_OPINION.name()).singleResult().getValue()).isEqualTo("本社区人手紧张");
        assertThat(communityOf(worker)).isEqualTo(units.community());
        assertThat(communityChanges(worker)).isEmpty();
    }

    @Test
    void betweenStreetsBothStreetsGiveOpinionsTheCountyApprovesAndTheWorkerMovesToTheOtherStreet() {
        ProcessInstance instance = start(otherStreetCommunity);
        answer(instance, TransferOpinion.SOURCE_COMMUNITY, true, null);
        assertThat(candidateGroups(instance, TASK_TARGET_COMMUNITY_OPINION))
                .containsExactly(UnitGroups.communityParty(otherStreetCommunity));
        answer(instance, TransferOpinion.TARGET_COMMUNITY, true, null);
        assertThat(candidateGroups(instance, TASK_SOURCE_STREET_OPINION))
                .containsExactly(UnitGroups.streetParty(units.street()));
        answer(instance, TransferOpinion.SOURCE_STREET, true, null);
        assertThat(candidateGroups(instance, TASK_TARGET_STREET_OPINION))
                .containsExactly(UnitGroups.streetParty(otherStreet));
        answer(instance, TransferOpinion.TARGET_STREET, true, "同意接收");
        assertThat(candidateGroups(instance, TASK_APPROVE_AT_COUNTY))
                .containsExactly(UnitGroups.countySocialWork(units.county()));
        answer(instance, TransferOpinion.COUNTY, true, null);
        fireTransferDate(instance);

        assertThat(instance).isEnded().hasPassed(TASK_MOVE_WORKER, END_TRANSFERRED).hasNotPassed(TASK_DECIDE_AT_STREET);
        WorkerView view = registry.workers().view(worker);
        assertThat(view.communityCode()).isEqualTo(otherStreetCommunity);
        assertThat(view.streetCode()).isEqualTo(otherStreet);
        assertThat(communityChanges(worker)).singleElement()
                .satisfies(change -> assertThat(change.get(3)).contains("跨街道").contains("县委社会工作部批准"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"SOURCE_STREET", "TARGET_STREET", "COUNTY"})
    void betweenStreetsANoOfEitherStreetOrOfTheCountyEndsIt(String refusing) {
        ProcessInstance instance = start(otherStreetCommunity);
        answer(instance, TransferOpinion.SOURCE_COMMUNITY, true, null);
        answer(instance, TransferOpinion.TARGET_COMMUNITY, true, null);
        for (TransferOpinion opinion : List.of(TransferOpinion.SOURCE_STREET, TransferOpinion.TARGET_STREET,
                TransferOpinion.COUNTY)) {
            boolean no = opinion.name().equals(refusing);
            answer(instance, opinion, !no, no ? "不同意" : null);
            if (no) {
                break;
            }
        }
        assertThat(instance).isEnded().hasPassed(END_NOT_APPROVED).hasNotPassed(TASK_MOVE_WORKER);
        assertThat(communityOf(worker)).isEqualTo(units.community());
    }

    @Test
    void aNoWithoutAnOpinionIsRefusedNamingTheFieldAndTheTaskStaysOpen() {
        ProcessInstance instance = start(neighbour);
        FormFieldValidationException refusal = assertThrows(FormFieldValidationException.class,
                () -> answer(instance, TransferOpinion.SOURCE_COMMUNITY, false, null));
        assertThat(refusal.<String>getDetail()).isEqualTo(SOURCE_COMMUNITY_OPINION.name());
        assertThat(refusal.getMessage()).contains("不同意时必须填写");
        assertThat(instance).isWaitingAt(TASK_SOURCE_COMMUNITY_OPINION);
    }

    @Test
    void aRequestThatCannotBeATransferIsRefusedNamingTheFieldAndStartsNothing() {
        String secretary = registry.worker(units, Role.SECRETARY, WorkerStatus.ACTIVE);
        assertThat(refusedStart(request(secretary, neighbour, date))).isEqualTo(WORKER_ID.name());
        assertThat(lastRefusal).contains("选举产生的职务不随人调动");
        String seconded = registry.worker(units, Role.STAFF, WorkerStatus.SECONDED);
        assertThat(refusedStart(request(seconded, neighbour, date))).isEqualTo(WORKER_ID.name());
        assertThat(refusedStart(request(worker, units.community(), date))).isEqualTo(TARGET_COMMUNITY.name());
        TestUnits elsewhere = registry.county(100_000);
        assertThat(refusedStart(request(worker, elsewhere.community(), date))).isEqualTo(TARGET_COMMUNITY.name());
        assertThat(lastRefusal).contains("须是本县");
        assertThat(refusedStart(request(worker, "NOSUCH", date))).isEqualTo(TARGET_COMMUNITY.name());
        assertThat(refusedStart(request(worker, neighbour, today.minusDays(1))))
                .isEqualTo(TRANSFER_DATE.name());
    }

    @Test
    void variablesRewrittenAfterTheStartSteerNothing() {
        ProcessInstance instance = start(neighbour);
        String otherWorker = registry.worker(units, Role.STAFF, WorkerStatus.ACTIVE);
        Map<String, Object> forged = new HashMap<>(request(otherWorker, otherStreetCommunity, today));
        forged.put(Case.TARGET_STREET, otherStreet);
        forged.put("communityCode", otherStreetCommunity);
        forged.put("streetCode", otherStreet);
        forged.put("countyCode", "X");

        runtimeService.setVariables(instance.getId(), forged);
        answer(instance, TransferOpinion.SOURCE_COMMUNITY, true, null);
        assertThat(candidateGroups(instance, TASK_TARGET_COMMUNITY_OPINION))
                .containsExactly(UnitGroups.communityParty(neighbour));
        runtimeService.setVariables(instance.getId(), forged);
        answer(instance, TransferOpinion.TARGET_COMMUNITY, true, null);
        // the recorded target is of the same street: the street decides, whatever the variables say
        assertThat(candidateGroups(instance, TASK_DECIDE_AT_STREET))
                .containsExactly(UnitGroups.streetParty(units.street()));
        runtimeService.setVariables(instance.getId(), forged);
        answer(instance, TransferOpinion.STREET, true, null);
        fireTransferDate(instance);

        assertThat(instance).isEnded().hasPassed(END_TRANSFERRED);
        assertThat(communityOf(worker)).isEqualTo(neighbour);
        assertThat(communityOf(otherWorker)).isEqualTo(units.community());
        assertThat(communityChanges(worker)).singleElement()
                .satisfies(change -> assertThat(change.get(2)).isEqualTo(date.toString()));
    }

    @Test
    void aWorkerWhoLeftTheCommunityMeanwhileIsNotMovedAndTheCaseSaysWhy() {
        ProcessInstance first = start(neighbour);
        ProcessInstance second = runtimeService.startProcessInstanceByKey(KEY,
                request(worker, otherStreetCommunity, date.plusDays(1)));
        answer(first, TransferOpinion.SOURCE_COMMUNITY, true, null);
        answer(first, TransferOpinion.TARGET_COMMUNITY, true, null);
        answer(first, TransferOpinion.STREET, true, null);
        fireTransferDate(first);
        answer(second, TransferOpinion.SOURCE_COMMUNITY, true, null);
        answer(second, TransferOpinion.TARGET_COMMUNITY, true, null);
        answer(second, TransferOpinion.SOURCE_STREET, true, null);
        answer(second, TransferOpinion.TARGET_STREET, true, null);
        answer(second, TransferOpinion.COUNTY, true, null);
        managementService.executeJob(managementService.createJobQuery().processInstanceId(second.getId())
                .activityId(TIMER_TRANSFER_DATE).singleResult().getId());

        assertThat(second).isEnded().hasPassed(END_NOT_MOVED).hasNotPassed(END_TRANSFERRED);
        assertThat(communityOf(worker)).isEqualTo(neighbour);
    }

    // The arrival: community work elsewhere in the province credited with its source (《意见》第4条).

    Map<String, Object> arrival(String workerId, LocalDate from, LocalDate to) {
        Map<String, Object> variables = new HashMap<>();
        TransferArrivalProcess.WORKER_ID.put(variables, workerId);
        TransferArrivalProcess.PREVIOUS_FROM.put(variables, from);
        TransferArrivalProcess.PREVIOUS_TO.put(variables, to);
        TransferArrivalProcess.PREVIOUS_PLACE.put(variables, "本省某市某区");
        TransferArrivalProcess.PREVIOUS_UNIT.put(variables, "某街道幸福社区");
        TransferArrivalProcess.PROOF.put(variables, "原街道出具的工作经历证明");
        return variables;
    }

    @Test
    void anArrivingWorkersEarlierCommunityWorkIsCreditedWithItsSourceOnceTheStreetAndTheCountyConfirm() {
        // the test worker's community work here began on 2018-01-01
        int gradeBefore = registry.workers().view(worker).gradeLevel();
        ProcessInstance instance = runtimeService.startProcessInstanceByKey(TransferArrivalProcess.KEY,
                arrival(worker, LocalDate.of(2012, 3, 1), LocalDate.of(2017, 8, 31)));
        assertThat(instance).hasBusinessKey(TransferArrivalProcess.businessKey(worker, LocalDate.of(2012, 3, 1)));
        assertThat(runtimeService.getVariable(instance.getId(), TransferArrivalProcess.PERIOD_YEARS.name()))
                .isEqualTo(5);
        assertThat(candidateGroups(instance, TransferArrivalProcess.TASK_CONFIRM_AT_STREET))
                .containsExactly(UnitGroups.streetParty(units.street()));
        runtimeService.setVariables(instance.getId(), arrival(worker, LocalDate.of(1990, 1, 1),
                LocalDate.of(2017, 12, 31)));
        answer(instance, TransferOpinion.ARRIVAL_STREET, true, null);
        assertThat(candidateGroups(instance, TransferArrivalProcess.TASK_CONFIRM_AT_COUNTY))
                .containsExactly(UnitGroups.countySocialWork(units.county()));
        answer(instance, TransferOpinion.ARRIVAL_COUNTY, true, null);

        assertThat(instance).isEnded().hasPassed(TransferArrivalProcess.TASK_CREDIT_YEARS,
                TransferArrivalProcess.END_CREDITED);
        WorkerView view = registry.workers().view(worker);
        assertThat(view.creditedCommunityYears()).isEqualTo(5);
        assertThat(view.creditedCommunityWork()).singleElement().satisfies(work -> {
            assertThat(work.fromDate()).isEqualTo(LocalDate.of(2012, 3, 1));
            assertThat(work.toDate()).isEqualTo(LocalDate.of(2017, 8, 31));
            assertThat(work.place()).isEqualTo("本省某市某区");
            assertThat(work.unit()).isEqualTo("某街道幸福社区");
            assertThat(work.proof()).isEqualTo("原街道出具的工作经历证明");
            assertThat(work.processInstanceId()).isEqualTo(instance.getId());
        });
        assertThat(jdbc.sql("select reason from worker_change where worker_id = :worker and attribute = "
                + "'CREDITED_YEARS' and process_instance_id = :id").param("worker", worker)
                .param("id", instance.getId()).query(String.class).single()).contains("《意见》第4条");
        // more years of community work: the levels the initial-grading rules give for them, and the pay with them
        assertThat(view.gradeLevel()).isGreaterThan(gradeBefore);
        assertThat(jdbc.sql("select reason from worker_change where worker_id = :worker and attribute = 'GRADE' "
                + "and process_instance_id = :id").param("worker", worker).param("id", instance.getId())
                .query(String.class).single()).contains("《意见》第4条").contains("按初始岗位等级规则相应晋升");

        // a second period adds up with the first, month by month: 5 years 6 months + 6 months = 6 years
        ProcessInstance second = runtimeService.startProcessInstanceByKey(TransferArrivalProcess.KEY,
                arrival(worker, LocalDate.of(2011, 9, 1), LocalDate.of(2012, 2, 29)));
        answer(second, TransferOpinion.ARRIVAL_STREET, true, null);
        answer(second, TransferOpinion.ARRIVAL_COUNTY, true, null);
        assertThat(registry.workers().view(worker).creditedCommunityYears()).isEqualTo(6);
        // a gap (September to December 2017) before the work here: not continuous (the promotion's 连续)
        assertThat(registry.workers().continuousCommunityWorkSince(worker)).isEqualTo(LocalDate.of(2018, 1, 1));

        // the gap credited too: continuous since the first period began; 6 years 4 months credited
        ProcessInstance third = runtimeService.startProcessInstanceByKey(TransferArrivalProcess.KEY,
                arrival(worker, LocalDate.of(2017, 9, 1), LocalDate.of(2017, 12, 31)));
        answer(third, TransferOpinion.ARRIVAL_STREET, true, null);
        answer(third, TransferOpinion.ARRIVAL_COUNTY, true, null);
        assertThat(registry.workers().view(worker).creditedCommunityYears()).isEqualTo(6);
        assertThat(registry.workers().continuousCommunityWorkSince(worker)).isEqualTo(LocalDate.of(2011, 9, 1));
    }

    @Test
    void aPeriodThatCannotBeCreditedIsRefusedAtTheStartAndANoCreditsNothing() {
        FormFieldValidationException afterStart = assertThrows(FormFieldValidationException.class,
                () -> runtimeService.startProcessInstanceByKey(TransferArrivalProcess.KEY,
                        arrival(worker, LocalDate.of(2016, 1, 1), LocalDate.of(2018, 6, 30))));
        assertThat(afterStart.<String>getDetail()).isEqualTo(TransferArrivalProcess.PREVIOUS_TO.name());
        FormFieldValidationException backwards = assertThrows(FormFieldValidationException.class,
                () -> runtimeService.startProcessInstanceByKey(TransferArrivalProcess.KEY,
                        arrival(worker, LocalDate.of(2016, 1, 1), LocalDate.of(2015, 6, 30))));
        assertThat(backwards.<String>getDetail()).isEqualTo(TransferArrivalProcess.PREVIOUS_TO.name());

        ProcessInstance refused = runtimeService.startProcessInstanceByKey(TransferArrivalProcess.KEY,
                arrival(worker, LocalDate.of(2012, 3, 1), LocalDate.of(2017, 8, 31)));
        answer(refused, TransferOpinion.ARRIVAL_STREET, true, null);
        answer(refused, TransferOpinion.ARRIVAL_COUNTY, false, "证明材料不足");
        assertThat(refused).isEnded().hasPassed(TransferArrivalProcess.END_REFUSED);
        WorkerView view = registry.workers().view(worker);
        assertThat(view.creditedCommunityYears()).isZero();
        assertThat(view.creditedCommunityWork()).isEmpty();
    }
}
