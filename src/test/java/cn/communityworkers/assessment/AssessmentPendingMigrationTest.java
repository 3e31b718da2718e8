package cn.communityworkers.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * An upgrade during a campaign (migration V29): the campaign's workers without an assessment are still to be started
 * after it, and none of those it has started or no longer assesses.
 */
class AssessmentPendingMigrationTest {

    @Test
    void aCampaignUnderwayKeepsTheWorkersItHasNotStartedYet() {
        DriverManagerDataSource dataSource = new DriverManagerDataSource("jdbc:h2:mem:v29;DB_CLOSE_DELAY=-1", "sa", "");
        migrate(dataSource, "28");
        JdbcClient jdbc = JdbcClient.create(dataSource);
        jdbc.sql("insert into county (code, name, urban_resident_population, version) values ('K1', '县', 100000, 0)")
                .update();
        jdbc.sql("insert into street (code, name, county_code, version) values ('K101', '街道', 'K1', 0)").update();
        jdbc.sql("insert into community (code, name, street_code, version) values ('K101001', '社区', 'K101', 0)")
                .update();
        for (String[] worker : List.of(new String[] {"W1", "ACTIVE"}, new String[] {"W2", "ACTIVE"},
                new String[] {"W3", "PROBATION"}, new String[] {"W4", "TERMINATED"})) {
            jdbc.sql("""
                    insert into worker (worker_id, version, name, birth_date, community_code, role, education,
                      qualification, qualification_at_last_grading, party_member, status, community_work_since,
                      credited_community_years, grade_level, monthly_pay, social_insurance_enrolled,
                      housing_fund_enrolled)
                    values (:id, 1, '工作者', date '1990-01-01', 'K101001', 'STAFF', 'BACHELOR', 'NONE', 'NONE', false,
                      :status, date '2020-01-01', 0, 3, 8000.00, true, true)""")
                    .param("id", worker[0]).param("status", worker[1]).update();
        }
        jdbc.sql("""
                insert into assessment_campaign (process_instance_id, county_code, assessment_year,
                  excellent_quota_percent, created_at)
                values ('P1', 'K1', 2026, 20, timestamp '2026-12-01 09:00:00')""")
                .update();
        jdbc.sql("""
                insert into assessment (business_key, campaign_id, worker_id, street_code, stage)
                values ('A-2026-W1', 'P1', 'W1', 'K101', 'STARTED')""").update();

        migrate(dataSource, "29");

        assertThat(jdbc.sql("""
                select campaign_id || '/' || street_code || '/' || community_code || '/' || worker_id
                  from assessment_pending order by worker_id""").query(String.class).list())
                .containsExactly("P1/K101/K101001/W2", "P1/K101/K101001/W3");
    }

    private static void migrate(DriverManagerDataSource dataSource, String version) {
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target(version).load().migrate();
    }
}
