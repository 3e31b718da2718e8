package cn.communityworkers.support;

import static cn.communityworkers.support.Api.variables;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import cn.communityworkers.system.ClockConfiguration;

/**
 * Secondment requests for tests over HTTP: each for a worker of its own, registered for the test in a community of
 * 东城街道 (other tests change the demo roster's workers: a campaign may end a contract), requested by 东城's
 * personnel office ({@code easthr}) and answered by the community's party committee.
 */
public final class Secondments {

    public static final String START = "/engine-rest/process-definition/key/secondment/start";

    private final Api api;

    public Secondments(Api api) {
        this.api = api;
    }

    /** A new ACTIVE full-time worker of the community. */
    public String newWorker(String communityCode) {
        return newWorker(communityCode, "测试");
    }

    /** A new ACTIVE full-time worker of the community, named so that lists and pages show whom a case is about. */
    public String newWorker(String communityCode, String name) {
        Map<String, Object> worker = new LinkedHashMap<>();
        worker.put("workerId", "T" + UUID.randomUUID().toString().substring(0, 8));
        worker.put("name", name);
        worker.put("idCardNumber", IdCards.of("1990-05-01"));
        worker.put("birthDate", "1990-05-01");
        worker.put("communityCode", communityCode);
        worker.put("role", "STAFF");
        worker.put("education", "BACHELOR");
        worker.put("communityWorkSince", LocalDate.now(ClockConfiguration.CHINA).minusYears(3).toString());
        worker.put("contractEnd", LocalDate.now(ClockConfiguration.CHINA).plusYears(2).toString());
        Api.Response created = api.post(Api.ADMIN, "/api/workers", worker);
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created.json().path("workerId").asText();
    }

    /** What the street's personnel office requests: two months with a street-level organ, from in ten days. */
    public static Map<String, Object> request(String worker) {
        LocalDate start = LocalDate.now(ClockConfiguration.CHINA).plusDays(10);
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("workerId", worker);
        request.put("borrowingOrganization", "东城街道综合行政执法队");
        request.put("borrowingOrgLevel", "STREET");
        request.put("borrowingOrgType", "PARTY_GOVERNMENT_ORGAN");
        request.put("startDate", start.toString());
        request.put("endDate", start.plusMonths(2).toString());
        request.put("purpose", "专项整治");
        return request;
    }

    /** A running secondment of a new worker of the community, waiting for the community's opinion. */
    public String requested(String communityCode) {
        Api.Response started = api.post("easthr", START, variables(request(newWorker(communityCode))));
        assertThat(started.status()).as(started.text()).isEqualTo(200);
        return started.json().path("id").asText();
    }

    public String onlyTask(String user, String instance) {
        JsonNode tasks = api.get(user, "/engine-rest/task?processInstanceId=" + instance).json();
        assertThat(tasks).as("tasks of %s", user).hasSize(1);
        return tasks.get(0).path("id").asText();
    }
}

