package cn.communityworkers.promotion;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import cn.communityworkers.organisation.OrganisationService;
import cn.communityworkers.organisation.UnitGroups;
import cn.communityworkers.system.CurrentUser;
import cn.communityworkers.system.ForbiddenException;
import cn.communityworkers.system.SystemActions;

/** Why each secretary of a county was, or was not, on the list of a year's promotion. */
@RestController
class PromotionController {

    private final PromotionService promotions;
    private final OrganisationService organisation;
    private final HistoryService historyService;
    private final CurrentUser currentUser;
    private final SystemActions systemActions;

    PromotionController(PromotionService promotions, OrganisationService organisation, HistoryService historyService,
            CurrentUser currentUser, SystemActions systemActions) {
        this.promotions = promotions;
        this.organisation = organisation;
        this.historyService = historyService;
        this.currentUser = currentUser;
        this.systemActions = systemActions;
    }

    /** One secretary's evaluation: the rules' outcomes and the decision instance (in Cockpit) that gave them. */
    record Eligibility(String workerId, String workerName, String communityName, String streetName, boolean eligible,
            List<PromotionService.Reason> reasons, String stage, String decisionInstanceId) {
    }

    @GetMapping("/api/promotions/{countyCode}/{year}/eligibility")
    List<Eligibility> eligibility(@PathVariable String countyCode, @PathVariable int year) {
        organisation.county(countyCode);
        if (!currentUser.isAdmin() && !currentUser.isAuditor()
                && !currentUser.inAnyGroup(List.of(UnitGroups.countyOrganization(countyCode)))) {
            throw new ForbiddenException("only the county's organisation department and auditors see the eligibility of its secretaries");
        }
        List<PromotionService.Secretary> secretaries = promotions.eligibility(countyCode, year);
        Map<String, String> decisionByActivity = new HashMap<>();
        String promotion = promotions.promotionOf(countyCode, year).orElseThrow();
        systemActions.run(() -> historyService.createHistoricDecisionInstanceQuery().processInstanceId(promotion)
                .decisionDefinitionKey(PromotionProcess.ELIGIBILITY_DECISION).list())
                .forEach((HistoricDecisionInstance d) -> decisionByActivity.put(d.getActivityInstanceId(), d.getId()));
        return secretaries.stream().map(s -> new Eligibility(s.workerId(), s.workerName(), s.communityName(),
                s.streetName(), s.eligible(), s.reasonList(), s.stage(), decisionByActivity.get(s.activityInstanceId())))
                .toList();
    }
}
