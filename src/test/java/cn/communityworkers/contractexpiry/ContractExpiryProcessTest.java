package cn.communityworkers.contractexpiry;

import static cn.communityworkers.contractexpiry.ContractExpiryProcess.*;
import static cn.communityworkers.contractexpiry.ContractExpiryTesting.today;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.communityworkers.organisation.UnitGroups;
import cn.communityworkers.support.CauseBackfill;
import cn.communityworkers.support.ProcessTest;
import cn.communityworkers.support.TestUnits;
import cn.communityworkers.system.CaseVariables;
import cn.communityworkers.system.ClockConfiguration;
import cn.communityworkers.system.Refusal;
import cn.communityworkers.workforce.ContractKind;
import cn.communityworkers.workforce.ContractRenewals;
import cn.communityworkers.workforce.Role;
import cn.communityworkers.workforce.WorkerStatus;
import cn.communityworkers.workforce.WorkerView;

/** Every path through {@code contract-expiry.bpmn}, on the engine, with the registry behind it. */
@ProcessTest
class ContractExpiryProcessTest {

    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired ManagementService managementService;
    @Autowired JdbcClient jdbc;
    @Autowired ContractExpiryCheck check;
    @Autowired ContractExpiryTesting testing;

    TestUnits units;
    LocalDate end = today().plusDays(40);

    @BeforeEach
    void setUp() {
        AbstractAssertions.init(engine);
        units = testing.registry.county(100_000);
    }

    /** The decision the daily check opened for a worker in community work since {@code since}. */
    ProcessInstance opened(String worker) {
        check.openDue();
        return testing.decisions(worker).get(0);
    }

    static Map<String, Object> answers(Object... pairs) {
        Map<String, Object> answers = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            answers.put((String) pairs[i], pairs[i + 1]);
        }
        return answers;
    }

    void decide(ProcessInstance instance, Object... answers) {
        testing.complete(instance, TASK_DECIDE, answers(answers));
    }

    void approve(ProcessInstance instance) {
        testing.complete(instance, TASK_APPROVE, answers(PARTY_APPROVES.name(), true));
    }

    List<String> candidateGroups(ProcessInstance instance, String taskId) {
        return taskService.getIdentityLinksForTask(testing.task(instance, taskId).getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType())).map(IdentityLink::getGroupId).toList();
    }

    List<Map<String, Object>> changes(String worker, String attribute) {
        return jdbc.sql("select old_value, new_value, effective_date, reason, details, process_instance_id, cause"
                + " from worker_change where worker_id = :w and attribute = :a order by id")
                .param("w", worker).param("a", attribute).query().listOfRows();
    }

    Map<String, Object> row(ProcessInstance instance) {
        return jdbc.sql("select * from contract_expiry where process_instance_id = :p").param("p", instance.getId())
                .query().singleRow();
    }

    Job timer(ProcessInstance instance) {
        return managementService.createJobQuery().processInstanceId(instance.getId())
                .activityId(TIMER_CONTRACT_ENDS).singleResult();
    }

    @Test
    void theStreetRenewsAFixedTermAndTheWorkerAccepts() {
        String worker = testing.worker(units, today().minusYears(3), end);
        ProcessInstance instance = opened(worker);

        assertThat(instance).isWaitingAt(TASK_DECIDE);
        assertThat(candidateGroups(instance, TASK_DECIDE)).containsExactly(UnitGroups.streetHr(units.street()));
        assertThat(testing.task(instance, TASK_DECIDE).getDueDate()).isNotNull();
        assertThat(runtimeService.getVariables(instance.getId())).containsEntry(CaseVariables.WORKER_ID.name(), worker)
                .containsEntry(CaseVariables.STREET_NAME.name(), "测试街道")
                .containsEntry(CONTRACT_END.name(), end.toString())
                .containsEntry(ContractRenewals.SERVICE_YEARS, 3)
                .containsEntry(ContractRenewals.OPEN_ENDED_REQUIRED, false);

        LocalDate newEnd = end.plusYears(3);
        decide(instance, RENEW.name(), true, CONTRACT_KIND.name(), "FIXED_TERM", NEW_CONTRACT_END.name(), newEnd.toString());
        assertThat(candidateGroups(instance, TASK_APPROVE)).containsExactly(UnitGroups.streetParty(units.street()));
        approve(instance);
        assertThat(candidateGroups(instance, TASK_RECORD_WORKER_ANSWER)).containsExactly(UnitGroups.streetHr(units.street()));
        assertThat(testing.registry.workers().view(worker).contractEnd()).isEqualTo(end);
        testing.complete(instance, TASK_RECORD_WORKER_ANSWER, answers(WORKER_ACCEPTS.name(), true));

        assertThat(instance).isEnded().hasPassed(TASK_RENEW_CONTRACT, END_RENEWED);
        WorkerView renewed = testing.registry.workers().view(worker);
        assertThat(renewed.contractEnd()).isEqualTo(newEnd);
        assertThat(renewed.fixedTermContracts()).isEqualTo(2);
        assertThat(renewed.status()).isEqualTo(WorkerStatus.ACTIVE);
        assertThat(changes(worker, "CONTRACT_END")).hasSize(2).last().satisfies(change -> {
            assertThat(change).containsEntry("NEW_VALUE", newEnd.toString()).containsEntry("PROCESS_INSTANCE_ID", instance.getId());
            assertThat((String) change.get("REASON")).startsWith("续订劳动合同:固定期限劳动合同至" + newEnd)
                    .contains("《劳动合同法》第十四条").contains("劳动者同意续订");
        });
    }

    @Test
    void tenYearsServiceRenewOpenEndedAsArticle14RequiresUnlessTheWorkerAskedInWriting() {
        String worker = testing.worker(units, end.plusDays(1).minusYears(10), end);
        ProcessInstance instance = opened(worker);
        assertThat(runtimeService.getVariable(instance.getId(), ContractRenewals.OPEN_ENDED_REQUIRED)).isEqualTo(true);

        assertThatThrownBy(() -> decide(instance, RENEW.name(), true, CONTRACT_KIND.name(), "FIXED_TERM",
                NEW_CONTRACT_END.name(), end.plusYears(3).toString()))
                .isInstanceOf(Refusal.class).hasMessageContaining("应当订立无固定期限劳动合同")
                .hasMessageContaining("第十四条第二款第(一)项");
        assertThat(instance).isWaitingAt(TASK_DECIDE);

        decide(instance, RENEW.name(), true, CONTRACT_KIND.name(), "OPEN_ENDED");
        approve(instance);
        testing.complete(instance, TASK_RECORD_WORKER_ANSWER, answers(WORKER_ACCEPTS.name(), true));

        assertThat(instance).isEnded().hasPassed(END_RENEWED);
        WorkerView renewed = testing.registry.workers().view(worker);
        assertThat(renewed.contractKind()).isEqualTo(ContractKind.OPEN_ENDED);
        assertThat(renewed.contractEnd()).isNull();
        assertThat(changes(worker, "CONTRACT_KIND")).singleElement().satisfies(change -> assertThat((String) change.get("REASON"))
                .startsWith("续订劳动合同:无固定期限劳动合同。").contains("第十四条第二款第(一)项"));
    }

    @Test
    void aFixedTermWhereOpenEndedIsRequiredOnlyAtTheWorkersWrittenRequest() {
        String worker = testing.worker(units, end.plusDays(1).minusYears(12), end);
        ProcessInstance instance = opened(worker);

        decide(instance, RENEW.name(), true, CONTRACT_KIND.name(), "FIXED_TERM", NEW_CONTRACT_END.name(),
                end.plusYears(2).toString(), WORKER_REQUESTED_FIXED_TERM.name(), true);
        approve(instance);
        testing.complete(instance, TASK_RECORD_WORKER_ANSWER, answers(WORKER_ACCEPTS.name(), true));

        assertThat(testing.registry.workers().view(worker).contractEnd()).isEqualTo(end.plusYears(2));
        assertThat(changes(worker, "CONTRACT_END")).last().satisfies(change -> assertThat((String) change.get("REASON"))
                .contains("劳动者书面提出订立固定期限劳动合同").contains("(《劳动合同法》第十四条第二款第(一)项)。经街道党工委同意"));
    }

    @Test
    void notRenewedTheContractEndsOnItsEndWithSeveranceAndNotBefore() {
        String worker = testing.worker(units, today().minusYears(4).minusMonths(2), end);
        ProcessInstance instance = opened(worker);

        decide(instance, RENEW.name(), false, END_REASON.name(), "岗位调整,不再续订");
        approve(instance);
        assertThat(instance).isWaitingAt(TASK_SERVE_NOTICE);
        testing.complete(instance, TASK_SERVE_NOTICE, answers(NOTICE_SERVED_ON.name(), today().toString()));

        assertThat(instance).isWaitingAt(TIMER_CONTRACT_ENDS);
        assertThat(timer(instance).getDuedate().toInstant())
                .isEqualTo(end.atStartOfDay(ClockConfiguration.CHINA).toInstant());
        assertThat(testing.registry.workers().view(worker).status()).isEqualTo(WorkerStatus.ACTIVE);
        Map<String, Object> fixed = row(instance);
        assertThat(fixed.get("ENDS_ON").toString()).isEqualTo(end.toString());
        assertThat(fixed.get("SEVERANCE_MONTHS").toString()).isEqualTo("4.5");
        String ground = (String) runtimeService.getVariable(instance.getId(), END_GROUND.name());
        assertThat(ground).contains("《劳动合同法》第四十四条第(一)项").contains("第四十六条第(五)项、第四十七条支付经济补偿4.5个月工资")
                .contains("岗位调整,不再续订");

        managementService.executeJob(timer(instance).getId());

        assertThat(instance).isEnded().hasPassed(TASK_END_CONTRACT, END_ENDED);
        assertThat(testing.registry.workers().view(worker).status()).isEqualTo(WorkerStatus.TERMINATED);
        assertThat(changes(worker, "STATUS")).last().satisfies(change -> {
            assertThat(change).containsEntry("NEW_VALUE", "TERMINATED")
                    .containsEntry("PROCESS_INSTANCE_ID", instance.getId()).containsEntry("CAUSE", "CONTRACT_EXPIRY");
            assertThat(CauseBackfill.of(jdbc, worker)).isEqualTo("CONTRACT_EXPIRY");
            assertThat(change.get("EFFECTIVE_DATE").toString()).isEqualTo(end.toString());
            assertThat(change.get("REASON")).isEqualTo(ground);
            assertThat((String) change.get("DETAILS")).contains("severanceMonths=4.5").contains("noticeServedOn=" + today());
        });
    }

    @Test
    void aNoticeServedLessThanThirtyDaysBeforeTheEndMovesTheEnd() {
        LocalDate soon = today().plusDays(10);
        String worker = testing.worker(units, today().minusYears(2), soon);
        ProcessInstance instance = opened(worker);
        decide(instance, RENEW.name(), false, END_REASON.name(), "不再续订");
        approve(instance);
        testing.complete(instance, TASK_SERVE_NOTICE, answers(NOTICE_SERVED_ON.name(), today().toString()));

        assertThat(row(instance).get("ENDS_ON").toString()).isEqualTo(today().plusDays(30).toString());
        assertThat((String) runtimeService.getVariable(instance.getId(), END_GROUND.name()))
                .contains("劳动合同顺延至通知期满之日" + today().plusDays(30));
    }

    @Test
    void theWorkerRefusesARenewalOnTheSameTermsAndLeavesAtTheEndWithoutSeverance() {
        String worker = testing.worker(units, today().minusYears(5), end);
        ProcessInstance instance = opened(worker);
        decide(instance, RENEW.name(), true, CONTRACT_KIND.name(), "FIXED_TERM", NEW_CONTRACT_END.name(),
                end.plusYears(3).toString());
        approve(instance);
        testing.complete(instance, TASK_RECORD_WORKER_ANSWER, answers(WORKER_ACCEPTS.name(), false));

        assertThat(instance).isWaitingAt(TIMER_CONTRACT_ENDS).hasNotPassed(TASK_SERVE_NOTICE);
        Map<String, Object> fixed = row(instance);
        assertThat(fixed.get("RENEWAL_REFUSED")).isEqualTo(true);
        assertThat(fixed.get("SEVERANCE_AMOUNT")).isNull();
        assertThat(testing.registry.workers().view(worker).status()).isEqualTo(WorkerStatus.ACTIVE);

        managementService.executeJob(timer(instance).getId());

        assertThat(instance).isEnded().hasPassed(END_ENDED);
        assertThat(testing.registry.workers().view(worker).status()).isEqualTo(WorkerStatus.TERMINATED);
        assertThat(changes(worker, "STATUS")).last().satisfies(change -> {
            assertThat((String) change.get("REASON")).contains("劳动者不同意续订").contains("第四十四条第(一)项")
                    .contains("依第四十六条第(五)项,不支付经济补偿");
            assertThat((String) change.get("DETAILS")).contains("severance=none");
        });
    }

    @Test
    void thePartyCommitteeSendsTheDecisionBackWithItsOpinion() {
        String worker = testing.worker(units, today().minusYears(3), end);
        ProcessInstance instance = opened(worker);
        decide(instance, RENEW.name(), false, END_REASON.name(), "不再续订");

        assertThatThrownBy(() -> testing.complete(instance, TASK_APPROVE, answers(PARTY_APPROVES.name(), false)))
                .isInstanceOf(Refusal.class).hasMessageContaining("不同意时必须填写意见说明(partyOpinion)");
        testing.complete(instance, TASK_APPROVE, answers(PARTY_APPROVES.name(), false, PARTY_OPINION.name(), "考核合格,应予续订"));

        assertThat(instance).isWaitingAt(TASK_DECIDE);
    }

    @Test
    void answersThatBreakARuleAreRefusedAndTheTaskStaysOpen() {
        String worker = testing.worker(units, today().minusYears(3), end);
        ProcessInstance instance = opened(worker);

        assertThatThrownBy(() -> decide(instance, RENEW.name(), false))
                .isInstanceOf(Refusal.class).hasMessageContaining("不续订劳动合同时必须填写不续订的理由(endReason)");
        assertThatThrownBy(() -> decide(instance, RENEW.name(), true))
                .isInstanceOf(Refusal.class).hasMessageContaining("contractKind");
        assertThatThrownBy(() -> decide(instance, RENEW.name(), true, CONTRACT_KIND.name(), "FIXED_TERM"))
                .isInstanceOf(Refusal.class).hasMessageContaining("newContractEnd");
        assertThatThrownBy(() -> decide(instance, RENEW.name(), true, CONTRACT_KIND.name(), "FIXED_TERM",
                NEW_CONTRACT_END.name(), end.toString()))
                .isInstanceOf(Refusal.class).hasMessageContaining("须晚于现合同终止日期");
        assertThatThrownBy(() -> decide(instance, RENEW.name(), "也许"))
                .isInstanceOf(Refusal.class).hasMessageContaining("renew");
        assertThat(instance).isWaitingAt(TASK_DECIDE);

        decide(instance, RENEW.name(), false, END_REASON.name(), "不再续订");
        approve(instance);
        assertThatThrownBy(() -> testing.complete(instance, TASK_SERVE_NOTICE,
                answers(NOTICE_SERVED_ON.name(), today().plusDays(1).toString())))
                .isInstanceOf(Refusal.class).hasMessageContaining("noticeServedOn");
        assertThatThrownBy(() -> testing.complete(instance, TASK_SERVE_NOTICE,
                answers(NOTICE_SERVED_ON.name(), today().minusDays(1).toString())))
                .isInstanceOf(Refusal.class).hasMessageContaining("noticeServedOn");
        assertThat(instance).isWaitingAt(TASK_SERVE_NOTICE);
        assertThat(testing.registry.workers().view(worker).status()).isEqualTo(WorkerStatus.ACTIVE);
    }

    /** An elected member of the two committees leaves office by recall or election, never by a non-renewal. */
    @Test
    void anElectedMembersContractIsRenewedNotLeftToLapse() {
        String member = testing.worker(units, Role.DEPUTY, today().minusYears(3), end);
        ProcessInstance instance = opened(member);

        assertThatThrownBy(() -> decide(instance, RENEW.name(), false, END_REASON.name(), "不再续订"))
                .isInstanceOf(Refusal.class).hasMessageContaining("renew").hasMessageContaining("罢免或者换届选举");
        decide(instance, RENEW.name(), true, CONTRACT_KIND.name(), "FIXED_TERM", NEW_CONTRACT_END.name(),
                end.plusYears(3).toString());
        assertThat(instance).isWaitingAt(TASK_APPROVE);
    }

    /** Only the daily check starts a decision: an instance started any other way has no case and starts nothing. */
    @Test
    void anInstanceStartedByAnyoneButTheCheckIsRefused() {
        String worker = testing.worker(units, today().minusYears(3), end);
        assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(KEY, businessKey(worker, end),
                Map.of(CaseVariables.WORKER_ID.name(), worker, CONTRACT_END.name(), end.toString())))
                .isInstanceOf(AuthorizationException.class);
        assertThat(testing.decisions(worker)).isEmpty();
    }

    /** The worker and the contract come from the recorded case: rewriting the variables steers nothing. */
    @Test
    void variablesRewrittenAfterTheStartSteerNothing() {
        String worker = testing.worker(units, today().minusYears(3), end);
        String other = testing.worker(units, today().minusYears(3), end.plusDays(200));
        ProcessInstance instance = opened(worker);
        runtimeService.setVariable(instance.getId(), CaseVariables.WORKER_ID.name(), other);
        runtimeService.setVariable(instance.getId(), CONTRACT_END.name(), end.plusDays(200).toString());

        decide(instance, RENEW.name(), false, END_REASON.name(), "不再续订");
        approve(instance);
        testing.complete(instance, TASK_SERVE_NOTICE, answers(NOTICE_SERVED_ON.name(), today().toString()));
        managementService.executeJob(timer(instance).getId());

        assertThat(testing.registry.workers().view(worker).status()).isEqualTo(WorkerStatus.TERMINATED);
        assertThat(testing.registry.workers().view(worker).contractEnd()).isEqualTo(end);
        assertThat(testing.registry.workers().view(other).status()).isEqualTo(WorkerStatus.ACTIVE);
    }
}
