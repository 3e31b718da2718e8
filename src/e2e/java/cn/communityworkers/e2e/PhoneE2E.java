package cn.communityworkers.e2e;

import static cn.communityworkers.support.Api.variables;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import cn.communityworkers.support.Api;
import cn.communityworkers.support.Secondments;

/**
 * An approver on a phone (390 x 844 CSS pixels): Tasklist opens "我的工作", the task is found there, the form is
 * in view once the task is tapped, a refusal leaves "办结" free to tap, and the task is completed; every screen in
 * Chinese ({@link Tasklist#screenshot}).
 */
class PhoneE2E extends BrowserJourney {

    @Test
    void theCommunityGivesItsOpinionOnASecondmentOnAPhone() {
        // A worker of 春晖社区 of this test's own, named so that the list shows whom the task is about.
        String worker = new Secondments(api).newWorker("990101001001", "周晓雨");
        Api.Response started = api.post("easthr", Secondments.START,
                variables(Secondments.request(worker)));
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
