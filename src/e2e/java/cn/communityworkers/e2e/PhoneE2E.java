package cn.communityworkers.e2e;

import static cn.communityworkers.support.Api.variables;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.communityworkers.support.Api;
import cn.communityworkers.support.IntegrationTest;
import cn.communityworkers.support.Secondments;

/**
 * An approver on a phone (390 x 844 CSS pixels): Tasklist opens "我的工作", the task is found there, the form is
 * in view once the task is tapped, a refusal leaves "办结" free to tap, and the task is completed; every screen in
 * Chinese ({@link Tasklist#screenshot}).
 */
@IntegrationTest
class PhoneE2E {

    static Browser browser;

    @Autowired
    TestRestTemplate rest;

    @BeforeAll
    static void startBrowser(@LocalServerPort int port) {
        browser = new Browser("http://localhost:" + port);
    }

    @AfterAll
    static void closeBrowser() {
        browser.close();
    }

    @Test
    void theCommunityGivesItsOpinionOnASecondmentOnAPhone() {
        Api api = new Api(rest);
        // A worker of 春晖社区 of this test's own, named so that the list shows whom the task is about.
        Map<String, Object> worker = new LinkedHashMap<>();
        worker.put("workerId", "P" + UUID.randomUUID().toString().substring(0, 8));
        worker.put("name", "周晓雨");
        worker.put("birthDate", "1992-03-08");
        worker.put("communityCode", "990101001001");
        worker.put("role", "STAFF");
        worker.put("education", "BACHELOR");
        worker.put("communityWorkSince", LocalDate.now().minusYears(4).toString());
        worker.put("contractEnd", LocalDate.now().plusYears(2).toString());
        Api.Response created = api.post(Api.ADMIN, "/api/workers", worker);
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        Api.Response started = api.post("easthr", Secondments.START,
                variables(Secondments.request(created.json().path("workerId").asText())));
        assertThat(started.status()).as(started.text()).isEqualTo(200);

        try (Tasklist community = Tasklist.logInOnPhone(browser, "chunhui", "secondment")) {
            community.openTaskFromDefaultList("提出社区意见", "周晓雨").formInView().claim();
            community.field("不同意借调").check();
            community.complete();
            community.completeNotCovered().refused("不同意借调时必须填写意见");
            community.field("同意借调").check();
            community.field("社区意见(不同意时必填)").fill("同意,工作由社区副书记接替");
            community.complete().completed();
        }
    }
}
