package cn.communityworkers.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;

import cn.communityworkers.contractexpiry.ContractExpiryCheck;
import cn.communityworkers.contractexpiry.ContractExpiryProcess;
import cn.communityworkers.support.Api;
import cn.communityworkers.support.IdCards;
import cn.communityworkers.system.ClockConfiguration;

/**
 * The contract expiry in a Chinese Tasklist: the daily check finds a contract of 春晖社区 ending in 30 days (11 years'
 * service, so the table proposes an open-ended contract, 《劳动合同法》第十四条); 东城街道's personnel office decides to
 * renew it open-ended, its party working committee first sends an empty and a reasonless "no", then agrees, and the
 * personnel office records that the worker accepts. Every step is completed in the browser.
 */
class ContractExpiryE2E extends BrowserJourney {

    static final String NAME = "周晓燕";

    @Autowired ContractExpiryCheck check;

    @Test
    void theStreetRenewsAnExpiringContractOpenEnded() {
        LocalDate today = LocalDate.now(ClockConfiguration.CHINA);
        LocalDate end = today.plusDays(30);
        Map<String, Object> worker = new LinkedHashMap<>();
        worker.put("workerId", "E" + UUID.randomUUID().toString().substring(0, 8));
        worker.put("name", NAME);
        worker.put("idCardNumber", IdCards.of("1986-09-12"));
        worker.put("birthDate", "1986-09-12");
        worker.put("communityCode", "990101001001");
        worker.put("role", "STAFF");
        worker.put("education", "BACHELOR");
        worker.put("communityWorkSince", end.minusYears(11).toString());
        worker.put("contractEnd", end.toString());
        Api.Response created = api.post(Api.ADMIN, "/api/workers", worker);
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        String workerId = created.json().path("workerId").asText();
        check.openDue();
        JsonNode opened = api.get(Api.ADMIN, "/engine-rest/process-instance?processDefinitionKey="
                + ContractExpiryProcess.KEY + "&businessKey=" + ContractExpiryProcess.businessKey(workerId, end)).json();
        assertThat(opened).hasSize(1);
        String instance = opened.get(0).path("id").asText();

        try (Tasklist hr = Tasklist.logIn(browser, "easthr", "contract-expiry")) {
            hr.openGroupTask("决定是否续订劳动合同", NAME).claim()
                    .shows("续订或到期终止").shows("应当订立无固定期限劳动合同");
            hr.screenshot("form");
            hr.complete().refused("此项必填");
            hr.field("续订劳动合同").check();
            hr.field("无固定期限劳动合同").check();
            hr.complete().completed();
        }
        try (Tasklist party = Tasklist.logIn(browser, "eastparty", "contract-expiry")) {
            party.openGroupTask("审批劳动合同到期处理", NAME).claim().shows("街道组织人事办的处理意见");
            party.screenshot("next-task");
            party.complete().refused("此项必填");
            party.field("不同意,退回重新决定").check();
            party.complete().refused("不同意时必须填写意见说明");
            party.field("同意").check();
            party.complete().completed();
        }
        try (Tasklist hr = Tasklist.logIn(browser, "easthr", "contract-expiry-answer")) {
            hr.openGroupTask("登记本人是否同意续订", NAME).claim().shows("岗位、等级和工资不变");
            hr.screenshot("answer");
            hr.field("同意续订").check();
            hr.complete().completed();
        }

        assertThat(api.get(Api.ADMIN, "/engine-rest/history/process-instance/" + instance).json().path("state")
                .asText()).isEqualTo("COMPLETED");
        JsonNode renewed = api.get("easthr", "/api/workers/" + workerId).json();
        assertThat(renewed.path("contractKind").asText()).isEqualTo("OPEN_ENDED");
        assertThat(renewed.path("contractEnd").isNull() || renewed.path("contractEnd").isMissingNode()).isTrue();
    }
}
