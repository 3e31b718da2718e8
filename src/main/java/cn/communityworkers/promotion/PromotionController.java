package cn.communityworkers.promotion;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import cn.communityworkers.organisation.OrganisationService;
import cn.communityworkers.organisation.UnitGroups;
import cn.communityworkers.system.CurrentUser;
import cn.communityworkers.system.ForbiddenException;
import cn.communityworkers.system.NotFoundException;
import cn.communityworkers.system.RuleViolationException;
import cn.communityworkers.system.SystemActions;

/**
 * Why each secretary of a county was, or was not, on the list of a year's promotion; objections received during the
 * public notice.
 */
@RestController
class PromotionController {

    private final PromotionService promotions;
    private final OrganisationService organisation;
    private final HistoryService historyService;
    private final RuntimeService runtimeService;
    private final CurrentUser currentUser;
    private final SystemActions systemActions;

    PromotionController(PromotionService promotions, OrganisationService organisation, HistoryService historyService,
            RuntimeService runtimeService, CurrentUser currentUser, SystemActions systemActions) {
        this.promotions = promotions;
        this.organisation = organisation;
        this.historyService = historyService;
        this.runtimeService = runtimeService;
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

    record ObjectionRequest(@NotBlank String workerId, @NotBlank @Size(max = 2000) String objection) {
    }

    record ObjectionReceipt(String workerId, String workerName, String processInstanceId) {
    }

    /**
     * An objection to a secretary on public notice, as received by the county organisation department: it opens the
     * investigation (message {@value PromotionProcess#MESSAGE_OBJECTION}). 409 when the secretary is not on notice or
     * the notice is over.
     */
    @PostMapping("/api/promotions/{countyCode}/{year}/objections")
    @ResponseStatus(HttpStatus.CREATED)
    ObjectionReceipt objection(@PathVariable String countyCode, @PathVariable int year,
            @Valid @RequestBody ObjectionRequest request) {
        organisation.county(countyCode);
        if (!currentUser.isAdmin() && !currentUser.inAnyGroup(List.of(UnitGroups.countyOrganization(countyCode)))) {
            throw new ForbiddenException("only the county's organisation department receives objections to its promotion");
        }
        String promotion = promotions.promotionOf(countyCode, year)
                .orElseThrow(() -> new NotFoundException("secretary promotion", countyCode + "/" + year));
        boolean noticeOpen = systemActions.run(() -> runtimeService.createExecutionQuery().processInstanceId(promotion)
                .messageEventSubscriptionName(PromotionProcess.MESSAGE_OBJECTION).count()) > 0;
        if (!noticeOpen || !promotions.onNotice(promotion, request.workerId())) {
            throw RuleViolationException.conflict("workerId", "on-notice",
                    "worker '" + request.workerId() + "' is not on public notice in this promotion (不在公示中)");
        }
        systemActions.run(() -> runtimeService.createMessageCorrelation(PromotionProcess.MESSAGE_OBJECTION)
                .processInstanceId(promotion)
                .setVariable(PromotionProcess.WORKER_ID, request.workerId())
                .setVariable(PromotionProcess.OBJECTION, request.objection())
                .correlateWithResult());
        return new ObjectionReceipt(request.workerId(),
                promotions.secretary(promotion, request.workerId()).orElseThrow().workerName(), promotion);
    }
}
