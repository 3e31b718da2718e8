package cn.communityworkers.assessment;

import static cn.communityworkers.assessment.AnnualAssessmentProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.communityworkers.organisation.UnitGroups;
import cn.communityworkers.support.IdCards;
import cn.communityworkers.support.CauseBackfill;
import cn.communityworkers.support.ProcessTest;
import cn.communityworkers.support.TestRegistry;
import cn.communityworkers.support.TestUnits;
import cn.communityworkers.system.ClockConfiguration;
import cn.communityworkers.workforce.Education;
import cn.communityworkers.workforce.PostCategory;
import cn.communityworkers.workforce.Qualification;
import cn.communityworkers.workforce.Role;
import cn.communityworkers.workforce.Worker;
import cn.communityworkers.workforce.WorkerRecord;
import cn.communityworkers.workforce.WorkerStatus;

/**
 * What an UNQUALIFIED rating leads to, on the real models: recruited staff are trained or moved first and followed
 * up (Labour Contract Law Art. 40(2)); still incompetent, the street may end the contract with the union told
 * (Art. 43), 30 days' notice or a month's pay in lieu (Art. 40) and severance (Art. 47); elected committee members get
 * an admonishment talk and a recall proposal, never a termination.
 */
@ProcessTest
class AssessmentConsequencesProcessTest {

    static final int YEAR = 2025;

    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired ManagementService managementService;
    @Autowired HistoryService historyService;
    @Autowired TestRegistry registry;
    @Autowired JdbcClient jdbc;
    @Autowired AssessmentProperties properties;

    TestUnits units;
    LocalDate today = LocalDate.now(ClockConfiguration.CHINA);

    @BeforeEach
    void setUp() {
        AbstractAssertions.init(engine);
        units = registry.county(100_000);
    }

    String register(String name, Role role, LocalDate communityWorkSince) {
        return registry.workers().register(new WorkerRecord(null, IdCards.of(LocalDate.of(1980, 1, 1)), name, LocalDate.of(1980, 1, 1), units.community(),
                role, Education.BACHELOR, Qualification.NONE, true, WorkerStatus.ACTIVE, communityWorkSince, 0,
                role.postCategory() == PostCategory.C ? 5 : null, null, null, false, null, true, true, List.of(),
                List.of())).workerId();
    }

    /** A campaign of the county in which the worker is rated UNQUALIFIED (total 50), up to the end of the notice. */
    ProcessInstance ratedUnqualified(String workerId) {
        ProcessInstance campaign = runtimeService.startProcessInstanceByKey(AssessmentCampaignProcess.KEY,
                Map.of(AssessmentCampaignProcess.COUNTY_CODE.name(), units.county(), AssessmentCampaignProcess.YEAR.name(), YEAR));
        for (List<Job> due = dueJobs(campaign); !due.isEmpty(); due = dueJobs(campaign)) {
            managementService.executeJob(due.get(0).getId());
        }
        ProcessInstance assessment = runtimeService.createProcessInstanceQuery()
                .processInstanceBusinessKey(AnnualAssessmentProcess.businessKey(YEAR, workerId)).singleResult();
        taskService.complete(task(assessment, TASK_SCORE_WORKER).getId(), Map.of(POLITICAL_SCORE.name(), 50, PERFORMANCE_SCORE.name(), 50));
        runtimeService.createMessageCorrelation(MESSAGE_SATISFACTION_REPORTED)
                .processInstanceBusinessKey(assessment.getBusinessKey()).setVariable(SATISFACTION_SCORE.name(), 50).correlate();
        Map<String, Object> line = new HashMap<>();
        line.put("workerId", workerId);
        line.put("rating", "UNQUALIFIED");
        line.put("overrideReason", "");
        List<Map<String, Object>> ratings = new ArrayList<>(List.of(line));
        taskService.complete(task(campaign, AssessmentCampaignProcess.TASK_CONFIRM_STREET_RATINGS).getId(),
                Map.of(AssessmentCampaignProcess.RATINGS.name(), ratings));
        managementService.executeJob(managementService.createJobQuery().processInstanceId(campaign.getId())
                .activityId("Timer_StreetNoticeEnds").singleResult().getId());
        return assessment;
    }

    List<Job> dueJobs(ProcessInstance instance) {
        return managementService.createJobQuery().processInstanceId(instance.getId()).executable().list();
    }

    Task task(ProcessInstance instance, String taskId) {
        return taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(taskId).singleResult();
    }

    List<String> candidateGroups(Task task) {
        return taskService.getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType())).map(IdentityLink::getGroupId).toList();
    }

    Job timer(ProcessInstance instance, String activityId) {
        return managementService.createJobQuery().processInstanceId(instance.getId()).activityId(activityId).singleResult();
    }

    static Date chinaMidnight(LocalDate day) {
        return Date.from(day.atStartOfDay(ClockConfiguration.CHINA).toInstant());
    }

    Map<String, Object> consequence(ProcessInstance instance) {
        return jdbc.sql("select * from assessment_consequence where process_instance_id = :p").param("p", instance.getId())
                .query().singleRow();
    }

    Worker worker(String workerId) {
        return registry.workers().find(workerId).orElseThrow();
    }

    /** Arranges training now and finds the worker still incompetent at the follow-up; the street ends the contract. */
    void trainedStillIncompetentAndEnded(ProcessInstance assessment) {
        Task arrange = task(assessment, TASK_ARRANGE_IMPROVEMENT);
        assertThat(candidateGroups(arrange)).containsExactly(UnitGroups.streetHr(units.street()));
        assertThatThrownBy(() -> taskService.complete(arrange.getId(), Map.of(IMPROVEMENT_MEASURE.name(), "DISMISSAL",
                IMPROVEMENT_DETAIL.name(), "无", IMPROVEMENT_START.name(), today.toString())))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("培训或调整工作岗位");
        taskService.complete(arrange.getId(), Map.of(IMPROVEMENT_MEASURE.name(), "TRAINING",
                IMPROVEMENT_DETAIL.name(), "社区治理业务培训班(40 学时)", IMPROVEMENT_START.name(), today.toString()));
        assertThat(assessment).isWaitingAt(TIMER_FOLLOW_UP_DUE);
        assertThat(timer(assessment, TIMER_FOLLOW_UP_DUE).getDuedate())
                .isEqualTo(chinaMidnight(today.plus(properties.followUpPeriod())));
        managementService.executeJob(timer(assessment, TIMER_FOLLOW_UP_DUE).getId());

        Task followUp = task(assessment, TASK_FOLLOW_UP_ASSESSMENT);
        assertThat(candidateGroups(followUp)).containsExactly(UnitGroups.streetParty(units.street()));
        taskService.complete(followUp.getId(), Map.of(FOLLOW_UP_COMPETENT.name(), false, FOLLOW_UP_REASON.name(), "培训后仍多次未完成入户走访任务"));
        Task decide = task(assessment, TASK_DECIDE_TERMINATION);
        assertThat(candidateGroups(decide)).containsExactly(UnitGroups.streetParty(units.street()));
        assertThatThrownBy(() -> taskService.complete(decide.getId(), Map.of(END_CONTRACT.name(), true, TERMINATION_REASON.name(), " ")))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("理由");
        taskService.complete(decide.getId(), Map.of(END_CONTRACT.name(), true, TERMINATION_REASON.name(), "经培训仍不能胜任,依法解除"));
    }

    @Test
    void unqualifiedStaffAreTrainedFollowedUpAndThenEndedWithThirtyDaysNoticeAndSeverance() {
        LocalDate end = today.plusDays(30);
        String id = register("不合格甲", Role.STAFF, end.minusYears(5).minusMonths(6));     // 5 years 6 months: 6 months' wages
        ProcessInstance assessment = ratedUnqualified(id);
        trainedStillIncompetentAndEnded(assessment);

        Task notice = task(assessment, TASK_SERVE_TERMINATION_NOTICE);
        assertThat(candidateGroups(notice)).containsExactly(UnitGroups.streetHr(units.street()));
        assertThatThrownBy(() -> taskService.complete(notice.getId(), Map.of(NOTICE_TYPE.name(), "NOTICE",
                NOTICE_SERVED_ON.name(), today.toString())))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("事先将理由通知工会")
                .hasMessageContaining("第四十三条");
        assertThat(consequence(assessment)).containsEntry("UNION_NOTIFIED_ON", null).containsEntry("NOTICE_TYPE", null);
        assertThatThrownBy(() -> taskService.complete(notice.getId(), Map.of(UNION_NOTIFIED_ON.name(), today.toString(),
                NOTICE_TYPE.name(), "NOTICE", NOTICE_SERVED_ON.name(), today.minusDays(1).toString())))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("须先通知工会");
        taskService.complete(notice.getId(), Map.of(UNION_NOTIFIED_ON.name(), today.minusDays(1).toString(),
                NOTICE_TYPE.name(), "NOTICE", NOTICE_SERVED_ON.name(), today.toString()));

        assertThat(assessment).isWaitingAt(TIMER_NOTICE_EXPIRES);
        assertThat(timer(assessment, TIMER_NOTICE_EXPIRES).getDuedate()).isEqualTo(chinaMidnight(end));
        assertThat(worker(id).getStatus()).isEqualTo(WorkerStatus.ACTIVE);           // still employed during the notice
        managementService.executeJob(timer(assessment, TIMER_NOTICE_EXPIRES).getId());

        assertThat(assessment).isEnded();
        assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(assessment.getId())
                .activityId(END_CONTRACT_ENDED).count()).isEqualTo(1);
        Worker ended = worker(id);
        assertThat(ended.getStatus()).isEqualTo(WorkerStatus.TERMINATED);
        assertThat(ended.getContractEnd()).isEqualTo(end);
        BigDecimal expected = ended.getMonthlyPay().multiply(BigDecimal.valueOf(6));
        Map<String, Object> recorded = consequence(assessment);
        assertThat((BigDecimal) recorded.get("SEVERANCE_AMOUNT")).isEqualByComparingTo(expected);
        assertThat((BigDecimal) recorded.get("SEVERANCE_MONTHS")).isEqualByComparingTo("6");
        assertThat(recorded).containsEntry("NOTICE_TYPE", "NOTICE").containsEntry("PAY_IN_LIEU", null)
                .containsEntry("IMPROVEMENT_MEASURE", "TRAINING").containsEntry("FOLLOW_UP_COMPETENT", false);
        assertThat(recorded.get("CONTRACT_ENDED_ON").toString()).isEqualTo(end.toString());
        Map<String, Object> change = jdbc.sql("""
                select reason, details, effective_date, cause from worker_change
                 where worker_id = :w and attribute = 'STATUS' and process_instance_id = :p""")
                .param("w", id).param("p", assessment.getId()).query().singleRow();
        assertThat(change).containsEntry("CAUSE", "INCOMPETENCE");
        assertThat(CauseBackfill.of(jdbc, id)).isEqualTo("INCOMPETENCE");
        assertThat((String) change.get("REASON")).contains("《劳动合同法》第四十条第二项", "第四十三条", "第四十七条",
                "提前三十日通知", "经济补偿6.0个月工资,共" + expected.setScale(2).toPlainString() + "元");
        assertThat((String) change.get("DETAILS")).contains("severance=" + expected.setScale(2).toPlainString(),
                "noticeType=NOTICE", "unionNotifiedOn=" + today.minusDays(1), "noticeServedOn=" + today);
        assertThat(registry.workers().view(id).assessmentConsequences()).singleElement().satisfies(shown -> {
            assertThat(shown.path()).isEqualTo("IMPROVE");
            assertThat(shown.contractEndedOn()).isEqualTo(end);
            assertThat(shown.severanceAmount()).isEqualByComparingTo(expected);
            assertThat(shown.unionNotifiedOn()).isEqualTo(today.minusDays(1));
        });
    }

    @Test
    void withAMonthsPayInLieuTheContractEndsAtOnce() {
        String id = register("不合格乙", Role.STAFF, today.minusYears(3).minusMonths(5));    // 3 years 5 months: 3.5
        ProcessInstance assessment = ratedUnqualified(id);
        trainedStillIncompetentAndEnded(assessment);

        taskService.complete(task(assessment, TASK_SERVE_TERMINATION_NOTICE).getId(), Map.of(
                UNION_NOTIFIED_ON.name(), today.toString(), NOTICE_TYPE.name(), "PAY_IN_LIEU", NOTICE_SERVED_ON.name(), today.toString()));

        assertThat(assessment).isEnded();
        Worker ended = worker(id);
        assertThat(ended.getStatus()).isEqualTo(WorkerStatus.TERMINATED);
        assertThat(ended.getContractEnd()).isEqualTo(today);
        Map<String, Object> recorded = consequence(assessment);
        assertThat((BigDecimal) recorded.get("PAY_IN_LIEU")).isEqualByComparingTo(ended.getMonthlyPay());
        assertThat((BigDecimal) recorded.get("SEVERANCE_MONTHS")).isEqualByComparingTo("3.5");
        assertThat((BigDecimal) recorded.get("SEVERANCE_AMOUNT"))
                .isEqualByComparingTo(ended.getMonthlyPay().multiply(new BigDecimal("3.5")));
        assertThat(jdbc.sql("select reason from worker_change where worker_id = :w and attribute = 'STATUS' and process_instance_id = :p")
                .param("w", id).param("p", assessment.getId()).query(String.class).single())
                .contains("额外支付一个月工资" + ended.getMonthlyPay().toPlainString() + "元代替提前通知");
    }

    @Test
    void aWorkerCompetentAfterAChangeOfPostStays() {
        String id = register("调岗胜任", Role.STAFF, LocalDate.of(2018, 1, 1));
        ProcessInstance assessment = ratedUnqualified(id);
        taskService.complete(task(assessment, TASK_ARRANGE_IMPROVEMENT).getId(), Map.of(IMPROVEMENT_MEASURE.name(), "POST_CHANGE",
                IMPROVEMENT_DETAIL.name(), "社区综合服务窗口", IMPROVEMENT_START.name(), today.toString()));
        managementService.executeJob(timer(assessment, TIMER_FOLLOW_UP_DUE).getId());
        taskService.complete(task(assessment, TASK_FOLLOW_UP_ASSESSMENT).getId(),
                Map.of(FOLLOW_UP_COMPETENT.name(), true, FOLLOW_UP_REASON.name(), "新岗位工作完成良好"));

        assertThat(assessment).isEnded();
        assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(assessment.getId())
                .activityId(END_COMPETENT_AFTER_IMPROVEMENT).count()).isEqualTo(1);
        assertThat(worker(id).getStatus()).isEqualTo(WorkerStatus.ACTIVE);
        assertThat(consequence(assessment)).containsEntry("IMPROVEMENT_MEASURE", "POST_CHANGE")
                .containsEntry("FOLLOW_UP_COMPETENT", true).containsEntry("FOLLOW_UP_REASON", "新岗位工作完成良好")
                .containsEntry("CONTRACT_ENDED_ON", null);
    }

    @Test
    void theStreetMayKeepAWorkerStillIncompetent() {
        String id = register("仍不胜任留用", Role.STAFF, LocalDate.of(2018, 1, 1));
        ProcessInstance assessment = ratedUnqualified(id);
        taskService.complete(task(assessment, TASK_ARRANGE_IMPROVEMENT).getId(), Map.of(IMPROVEMENT_MEASURE.name(), "TRAINING",
                IMPROVEMENT_DETAIL.name(), "业务培训", IMPROVEMENT_START.name(), today.toString()));
        managementService.executeJob(timer(assessment, TIMER_FOLLOW_UP_DUE).getId());
        taskService.complete(task(assessment, TASK_FOLLOW_UP_ASSESSMENT).getId(),
                Map.of(FOLLOW_UP_COMPETENT.name(), false, FOLLOW_UP_REASON.name(), "仍有差距"));
        taskService.complete(task(assessment, TASK_DECIDE_TERMINATION).getId(),
                Map.of(END_CONTRACT.name(), false, TERMINATION_REASON.name(), "本人有明显进步,继续留用观察"));

        assertThat(assessment).isEnded();
        assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(assessment.getId())
                .activityId(END_CONTRACT_KEPT).count()).isEqualTo(1);
        assertThat(worker(id).getStatus()).isEqualTo(WorkerStatus.ACTIVE);
        assertThat(consequence(assessment)).containsEntry("END_DECIDED", false);
    }

    @Test
    void anElectedSecretaryRatedUnqualifiedGetsAnAdmonishmentTalkAndARecallProposalNeverATermination() {
        String id = register("不合格书记", Role.SECRETARY, LocalDate.of(2012, 1, 1));
        ProcessInstance assessment = ratedUnqualified(id);

        Task talk = task(assessment, TASK_ADMONISHMENT_TALK);
        assertThat(candidateGroups(talk)).containsExactly(UnitGroups.streetParty(units.street()));
        assertThatThrownBy(() -> taskService.complete(talk.getId(), Map.of(ADMONISHED_ON.name(), today.plusDays(1).toString(),
                ADMONISHMENT_NOTE.name(), "已谈话")))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("谈话日期(admonishedOn)不能晚于今天");
        taskService.complete(talk.getId(), Map.of(ADMONISHED_ON.name(), today.toString(), ADMONISHMENT_NOTE.name(), "指出问题,限期整改"));

        Task recall = task(assessment, TASK_PROPOSE_RECALL);
        assertThat(candidateGroups(recall)).containsExactly(UnitGroups.countyOrganization(units.county()));
        taskService.complete(recall.getId(), Map.of(RECALL_PROPOSED.name(), true, RECALL_REASON.name(), "建议提请居民会议依法罢免"));

        assertThat(assessment).isEnded();
        assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(assessment.getId())
                .activityId(END_RECALL_PROPOSAL_ANSWERED).count()).isEqualTo(1);
        assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(assessment.getId())
                .activityId(TASK_ARRANGE_IMPROVEMENT).count()).isZero();
        assertThat(worker(id).getStatus()).isEqualTo(WorkerStatus.ACTIVE);
        assertThat(jdbc.sql("select count(*) from worker_change where worker_id = :w and attribute in ('STATUS', 'CONTRACT_END') "
                + "and process_instance_id = :p").param("w", id).param("p", assessment.getId()).query(Long.class).single()).isZero();
        Map<String, Object> recorded = consequence(assessment);
        assertThat(recorded).containsEntry("PATH", "RECALL_PROPOSAL").containsEntry("ADMONISHMENT_NOTE", "指出问题,限期整改")
                .containsEntry("RECALL_PROPOSED", true).containsEntry("RECALL_REASON", "建议提请居民会议依法罢免");
        assertThat(recorded.get("ADMONISHED_ON").toString()).isEqualTo(today.toString());
        assertThat(registry.workers().view(id).assessmentConsequences()).singleElement().satisfies(shown -> {
            assertThat(shown.assessmentYear()).isEqualTo(YEAR);
            assertThat(shown.path()).isEqualTo("RECALL_PROPOSAL");
            assertThat(shown.recallProposed()).isTrue();
            assertThat(shown.processInstanceId()).isEqualTo(assessment.getId());
        });
    }

    @Test
    void variablesRewrittenAfterTheDecisionNeitherEndTheContractNorSkipTheFollowUp() {
        String id = register("改变量", Role.STAFF, LocalDate.of(2018, 1, 1));
        ProcessInstance assessment = ratedUnqualified(id);
        taskService.complete(task(assessment, TASK_ARRANGE_IMPROVEMENT).getId(), Map.of(IMPROVEMENT_MEASURE.name(), "TRAINING",
                IMPROVEMENT_DETAIL.name(), "业务培训", IMPROVEMENT_START.name(), today.toString()));
        runtimeService.setVariables(assessment.getId(), Map.of(FOLLOW_UP_COMPETENT.name(), false, END_CONTRACT.name(), true,
                NOTICE_TYPE.name(), "PAY_IN_LIEU", IMPROVEMENT_START.name(), "2000-01-01"));
        assertThat(timer(assessment, TIMER_FOLLOW_UP_DUE).getDuedate())
                .isEqualTo(chinaMidnight(today.plus(properties.followUpPeriod())));
        managementService.executeJob(timer(assessment, TIMER_FOLLOW_UP_DUE).getId());
        taskService.complete(task(assessment, TASK_FOLLOW_UP_ASSESSMENT).getId(),
                Map.of(FOLLOW_UP_COMPETENT.name(), true, FOLLOW_UP_REASON.name(), "胜任"));
        assertThat(assessment).isEnded();
        assertThat(worker(id).getStatus()).isEqualTo(WorkerStatus.ACTIVE);
        HistoricProcessInstance history = historyService.createHistoricProcessInstanceQuery()
                .processInstanceId(assessment.getId()).singleResult();
        assertThat(history.getEndActivityId()).isEqualTo(END_COMPETENT_AFTER_IMPROVEMENT);
    }
}
