package cn.communityworkers.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.communityworkers.support.ProcessTest;
import cn.communityworkers.support.TestRegistry;
import cn.communityworkers.support.TestUnits;
import cn.communityworkers.workforce.Role;
import cn.communityworkers.workforce.WorkerStatus;

/** The campaign: one per county and year, started in batches, one assessment per worker. */
@ProcessTest
class AssessmentCampaignProcessTest {

    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired ManagementService managementService;
    @Autowired TestRegistry registry;
    @Autowired CampaignService campaigns;
    @Autowired JdbcClient jdbc;

    TestUnits units;

    @BeforeEach
    void setUp() {
        AbstractAssertions.init(engine);
        units = registry.county(100_000);
    }

    ProcessInstance startCampaign(int year) {
        return runtimeService.startProcessInstanceByKey(AssessmentCampaignProcess.KEY,
                Map.of(AssessmentCampaignProcess.COUNTY_CODE.name(), units.county(), AssessmentCampaignProcess.YEAR.name(), year));
    }

    /** Runs the campaign's jobs that are due (the batches), as the job executor would. */
    int runBatches(ProcessInstance campaign) {
        int batches = 0;
        for (Job job = dueJob(campaign); job != null; job = dueJob(campaign)) {
            managementService.executeJob(job.getId());
            batches++;
        }
        return batches;
    }

    Job dueJob(ProcessInstance campaign) {
        List<Job> jobs = managementService.createJobQuery().processInstanceId(campaign.getId()).executable().list();
        return jobs.isEmpty() ? null : jobs.get(0);
    }

    @Test
    void aCountyHasOneCampaignAYear() {
        ProcessInstance first = startCampaign(2025);
        assertThat(first.getBusinessKey()).isEqualTo("C-" + units.county() + "-2025");
        assertThatThrownBy(() -> startCampaign(2025)).isInstanceOf(FormFieldValidationException.class)
                .hasMessageContaining("不能重复部署");
        // (A county without workers has nothing to assess: its campaign ends at once, so history is asked.)
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processDefinitionKey(AssessmentCampaignProcess.KEY)
                .processInstanceBusinessKey("C-" + units.county() + "-2025").count()).isEqualTo(1);
        assertThat(startCampaign(2024)).isNotNull();
    }

    @Test
    void everyWorkerInTheHeadcountGetsOneAssessment() {
        List<String> assessed = List.of(registry.worker(units, Role.STAFF, WorkerStatus.ACTIVE),
                registry.worker(units, Role.SECRETARY, WorkerStatus.ACTIVE),
                registry.worker(units, Role.STAFF, WorkerStatus.SECONDED),
                registry.worker(units, Role.STAFF, WorkerStatus.PROBATION));
        registry.worker(units, Role.STAFF, WorkerStatus.TERMINATED);
        registry.worker(units, Role.STAFF, WorkerStatus.PUBLIC_INSTITUTION_STAFF);
        ProcessInstance campaign = startCampaign(2025);
        assertThat(campaigns.progress(units.county(), 2025).started()).isZero();

        runBatches(campaign);

        CampaignService.Progress progress = campaigns.progress(units.county(), 2025);
        assertThat(progress.total()).isEqualTo(4);
        assertThat(progress.started()).isEqualTo(4);
        assertThat(progress.stages()).containsEntry("STARTED", 4L);
        for (String workerId : assessed) {
            ProcessInstance assessment = runtimeService.createProcessInstanceQuery()
                    .processInstanceBusinessKey(AnnualAssessmentProcess.businessKey(2025, workerId)).singleResult();
            assertThat(assessment).as(workerId).isNotNull();
        }
        String probationer = assessed.get(3);
        assertThat(runtimeService.createProcessInstanceQuery()
                .processInstanceBusinessKey(AnnualAssessmentProcess.businessKey(2025, probationer)).singleResult())
                .isWaitingAt(AnnualAssessmentProcess.TASK_COMMENT_ON_PROBATIONER);
        assertThat(runtimeService.createProcessInstanceQuery()
                .processInstanceBusinessKey(AnnualAssessmentProcess.businessKey(2025, assessed.get(0))).singleResult())
                .isWaitingAt(AnnualAssessmentProcess.TASK_SCORE_WORKER, "Gateway_WaitForSatisfaction");
        assertThat(campaign).isWaitingAt("Gateway_WaitForProposals");
    }

    /**
     * The campaign assesses the headcount of its start, each worker in the community of then: one hired afterwards
     * waits for next year's, one who left before the street's batch reached them gets none, and one who moved is
     * assessed where the year's work was recorded when the campaign started.
     */
    @Test
    void theCampaignAssessesTheHeadcountOfItsStart() {
        String stays = registry.worker(units, Role.STAFF, WorkerStatus.ACTIVE);
        String leaves = registry.worker(units, Role.STAFF, WorkerStatus.ACTIVE);
        String moves = registry.worker(units, Role.STAFF, WorkerStatus.ACTIVE);
        TestUnits elsewhere = registry.county(50_000);
        ProcessInstance campaign = startCampaign(2025);
        assertThat(campaigns.progress(units.county(), 2025).total()).isEqualTo(3);

        String hired = registry.worker(units, Role.STAFF, WorkerStatus.ACTIVE);
        jdbc.sql("update worker set status = 'TERMINATED' where worker_id = :id").param("id", leaves).update();
        jdbc.sql("update worker set community_code = :community where worker_id = :id")
                .param("community", elsewhere.community()).param("id", moves).update();
        runBatches(campaign);

        assertThat(assessmentOf(stays)).isNotNull();
        assertThat(assessmentOf(hired)).isNull();
        assertThat(assessmentOf(leaves)).isNull();
        assertThat(jdbc.sql("select street_code from assessment where worker_id = :id").param("id", moves)
                .query(String.class).single()).isEqualTo(units.street());
        CampaignService.Progress progress = campaigns.progress(units.county(), 2025);
        assertThat(progress.total()).isEqualTo(2);
        assertThat(progress.started()).isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from assessment_pending where campaign_id = :id")
                .param("id", campaign.getId()).query(Long.class).single()).isZero();
    }

    ProcessInstance assessmentOf(String workerId) {
        return runtimeService.createProcessInstanceQuery()
                .processInstanceBusinessKey(AnnualAssessmentProcess.businessKey(2025, workerId)).singleResult();
    }
}
