package cn.communityworkers.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import cn.communityworkers.CommunityWorkersApplication;
import cn.communityworkers.organisation.OrganisationService;
import cn.communityworkers.support.TestProfiles;

/**
 * A campaign over 10,000 workers starts completely, even when the engine goes down half-way: some batches
 * commit, the next one is lost as if the process died before its commit, the application is shut down, and
 * a new one on the same database finishes the start with its job executor. Exactly one assessment per worker.
 * <p>
 * An integration test (two applications, one after the other, about two minutes), in a JVM of its own (tag
 * {@code own-application}): it is kept out of the fast phase.
 */
@Tag("own-application")
class CampaignRestartIT {

    static final int WORKERS = 10_000;
    static final int YEAR = 2025;

    @Test
    void tenThousandWorkersAreAssessedExactlyOnceAcrossARestart() throws Exception {
        String database = "jdbc:h2:mem:restart-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;DB_CLOSE_ON_EXIT=FALSE";
        String county = "R" + System.nanoTime() % 1_000_000_000L;
        String campaignId;

        try (ConfigurableApplicationContext first = application(database, false)) {
            OrganisationService organisation = first.getBean(OrganisationService.class);
            organisation.putCounty(county, "重启测试县", 10_000_000, null);
            organisation.putStreet(county + "01", "重启测试街道", county);
            organisation.putCommunity(county + "01001", "重启测试社区", county + "01");
            insertWorkers(first.getBean(JdbcClient.class), county + "01001", county);

            RuntimeService runtimeService = first.getBean(RuntimeService.class);
            ManagementService managementService = first.getBean(ManagementService.class);
            campaignId = runtimeService.startProcessInstanceByKey(AssessmentCampaignProcess.KEY,
                    Map.of(AssessmentCampaignProcess.COUNTY_CODE.name(), county, AssessmentCampaignProcess.YEAR.name(), YEAR)).getId();
            for (int batch = 0; batch < 5; batch++) {
                managementService.executeJob(dueJob(managementService, campaignId).getId());
            }
            long startedBeforeCrash = started(first.getBean(JdbcClient.class), campaignId);
            assertThat(startedBeforeCrash).isEqualTo(5L * first.getBean(AssessmentProperties.class).batchSize());

            // The sixth batch runs but never commits, as if the machine died in the middle of it.
            Job sixth = dueJob(managementService, campaignId);
            new TransactionTemplate(first.getBean(org.springframework.transaction.PlatformTransactionManager.class))
                    .executeWithoutResult(status -> {
                        managementService.executeJob(sixth.getId());
                        status.setRollbackOnly();
                    });
            assertThat(started(first.getBean(JdbcClient.class), campaignId)).isEqualTo(startedBeforeCrash);
        }

        try (ConfigurableApplicationContext second = application(database, true)) {
            JdbcClient jdbc = second.getBean(JdbcClient.class);
            Awaitility.await("every worker's assessment started").atMost(Duration.ofMinutes(15))
                    .pollInterval(Duration.ofMillis(500)).until(() -> started(jdbc, campaignId) >= WORKERS);
            assertThat(started(jdbc, campaignId)).isEqualTo(WORKERS);
            assertThat(jdbc.sql("select count(distinct worker_id) from assessment where campaign_id = :c")
                    .param("c", campaignId).query(Long.class).single()).isEqualTo(WORKERS);
            assertThat(second.getBean(RuntimeService.class).createProcessInstanceQuery()
                    .processDefinitionKey(AnnualAssessmentProcess.KEY)
                    .processInstanceBusinessKeyLike(AnnualAssessmentProcess.businessKey(YEAR, county + "-%")).count())
                    .isEqualTo(WORKERS);
            CampaignService.Progress progress = second.getBean(CampaignService.class).progress(county, YEAR);
            assertThat(progress.total()).isEqualTo(WORKERS);
            assertThat(progress.started()).isEqualTo(WORKERS);
        }
    }

    private static ConfigurableApplicationContext application(String database, boolean jobExecutor) {
        String[] profiles = new TestProfiles().resolve(CampaignRestartIT.class);
        // Arguments, not default properties: they must win over the test profile's database.
        List<String> arguments = new ArrayList<>(List.of("--server.port=0",
                "--camunda.bpm.process-engine-name=restartTest",
                "--camunda.bpm.job-execution.enabled=" + jobExecutor));
        if (!TestProfiles.postgres()) {
            arguments.add("--spring.datasource.url=" + database);
        }
        return new SpringApplicationBuilder(CommunityWorkersApplication.class).profiles(profiles)
                .run(arguments.toArray(String[]::new));
    }

    private static Job dueJob(ManagementService managementService, String campaignId) {
        return managementService.createJobQuery().processInstanceId(campaignId).executable().list().get(0);
    }

    private static long started(JdbcClient jdbc, String campaignId) {
        return jdbc.sql("select count(*) from assessment where campaign_id = :c").param("c", campaignId)
                .query(Long.class).single();
    }

    /** The roster of a large county, written straight to the registry's table (test data, not the subject). */
    private static void insertWorkers(JdbcClient jdbc, String community, String prefix) {
        for (int i = 0; i < WORKERS; i++) {
            jdbc.sql("""
                    insert into worker (worker_id, version, name, birth_date, community_code, role, education,
                      qualification, qualification_at_last_grading, party_member, status, community_work_since,
                      credited_community_years, grade_level, monthly_pay,
                      social_insurance_enrolled, housing_fund_enrolled)
                    values (:id, 1, :name, date '1990-01-01', :community, 'STAFF', 'BACHELOR', 'NONE', 'NONE', true,
                      'ACTIVE', date '2020-01-01', 0, 3, 8000.00, true, true)""")
                    .param("id", prefix + "-" + String.format("%05d", i)).param("name", "工作者" + i)
                    .param("community", community).update();
        }
    }
}
