package cn.communityworkers.workforce;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

import com.fasterxml.jackson.databind.JsonNode;

import cn.communityworkers.support.Api;
import cn.communityworkers.support.IdCards;
import cn.communityworkers.support.IntegrationTest;
import cn.communityworkers.support.TestUnits;

@IntegrationTest
class StaffingApiIT {

    @Autowired
    TestRestTemplate rest;
    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(rest);
    }

    @Test
    void standardHeadcountIsEighteenPerTenThousandRoundedDown() {
        TestUnits units = TestUnits.create(api, 5_555);   // 9.999 → 9
        JsonNode staffing = api.get(Api.ADMIN, "/api/counties/" + units.county() + "/staffing").json();
        assertThat(staffing.path("urbanResidentPopulation").asLong()).isEqualTo(5_555);
        assertThat(staffing.path("standardHeadcount").asLong()).isEqualTo(9);
        assertThat(staffing.path("approvedTotal").asLong()).isEqualTo(9);
        assertThat(staffing.path("headcount").asLong()).isZero();
        assertThat(staffing.path("vacancies").asLong()).isEqualTo(9);

        api.put(Api.ADMIN, "/api/counties/" + units.county(), Map.of("name", "测试县", "urbanResidentPopulation", 5_556));
        assertThat(api.get(Api.ADMIN, "/api/counties/" + units.county() + "/staffing").json()
                .path("standardHeadcount").asLong()).isEqualTo(10);
    }

    @Test
    void headcountCountsProbationActiveAndSecondedOnly() {
        TestUnits units = TestUnits.create(api, 10_000);   // standard 18
        for (String status : new String[] {"PROBATION", "ACTIVE", "SECONDED", "PUBLIC_INSTITUTION_STAFF", "TERMINATED"}) {
            Map<String, Object> worker = new java.util.HashMap<>(Map.of("idCardNumber", IdCards.of("1990-01-01"), "name", "员工" + status, "birthDate", "1990-01-01",
                    "communityCode", units.community(), "role", "STAFF", "education", "BACHELOR",
                    "communityWorkSince", "2020-01-01", "status", status));
            if (status.equals("PROBATION")) {
                worker.put("probationEnd", "2030-01-01");
            }
            assertThat(api.post(Api.ADMIN, "/api/workers", worker).status()).as(status).isEqualTo(201);
        }
        JsonNode staffing = api.get("countysocialwork", "/api/counties/" + units.county() + "/staffing").json();
        assertThat(staffing.path("standardHeadcount").asLong()).isEqualTo(18);
        assertThat(staffing.path("headcount").asLong()).isEqualTo(3);
        assertThat(staffing.path("vacancies").asLong()).isEqualTo(15);
    }

    @Test
    void theDemoCountyHasItsStandard() {
        JsonNode staffing = api.get("countysocialwork", "/api/counties/990101/staffing").json();
        assertThat(staffing.path("standardHeadcount").asLong()).isEqualTo(108);
        assertThat(staffing.path("headcount").asLong()).isPositive();
    }
}
