package cn.communityworkers.assessment;

import java.time.LocalDate;
import java.time.Period;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.history.HistoricDecisionOutputInstance;
import org.springframework.stereotype.Component;

import cn.communityworkers.system.Cases;
import cn.communityworkers.workforce.Worker;
import cn.communityworkers.workforce.WorkerRegistry;

/**
 * The facts the table {@value AssessmentDecisions#CONTRACT_RENEWAL} decides on, read from the registry for the case's
 * worker (the business rule task 判定是否订立无固定期限劳动合同 maps them as its inputs: {@code
 * ${contractRenewals.serviceYears(execution)}}), and the proposal it made, read back from the engine's history.
 */
@Component("contractRenewals")
public class ContractRenewals {

    private final WorkerRegistry workers;
    private final Cases cases;
    private final HistoryService historyService;

    ContractRenewals(WorkerRegistry workers, Cases cases, HistoryService historyService) {
        this.workers = workers;
        this.cases = cases;
        this.historyService = historyService;
    }

    /**
     * Whole years of continuous service with the street when the renewed contract starts, the day after the current
     * one ends: counted from {@code communityWorkSince} (years credited from elsewhere are not service with this
     * employer).
     */
    public static int serviceYears(LocalDate serviceSince, LocalDate contractEnd) {
        return Period.between(serviceSince, contractEnd.plusDays(1)).getYears();
    }

    public int serviceYears(DelegateExecution execution) {
        Worker worker = worker(execution);
        return serviceYears(worker.getCommunityWorkSince(), worker.getContractEnd());
    }

    public int consecutiveFixedTerms(DelegateExecution execution) {
        return worker(execution).getFixedTermContracts();
    }

    private Worker worker(DelegateExecution execution) {
        Worker worker = workers.find(cases.of(execution).requireWorker()).orElseThrow();
        if (worker.getContractEnd() == null) {
            throw new IllegalStateException("worker " + worker.getWorkerId() + " has no fixed-term contract to renew");
        }
        return worker;
    }

    /** What the table proposed for a renewal, and the decision instance that did. */
    record Proposal(boolean openEndedRequired, String ground, String decisionInstanceId) {
    }

    /** The instance's latest {@value AssessmentDecisions#CONTRACT_RENEWAL} decision, as the history keeps it. */
    Proposal decided(String processInstanceId) {
        HistoricDecisionInstance decision = historyService.createHistoricDecisionInstanceQuery()
                .processInstanceId(processInstanceId).decisionDefinitionKey(AssessmentDecisions.CONTRACT_RENEWAL)
                .includeOutputs().orderByEvaluationTime().desc().listPage(0, 1).stream().findFirst()
                .orElseThrow(() -> new IllegalStateException("assessment " + processInstanceId
                        + " has no contract-renewal decision to renew on"));
        return new Proposal(Boolean.TRUE.equals(output(decision, AssessmentDecisions.OPEN_ENDED_REQUIRED)),
                String.valueOf(output(decision, AssessmentDecisions.RENEWAL_GROUND)), decision.getId());
    }

    private static Object output(HistoricDecisionInstance decision, String name) {
        return decision.getOutputs().stream().filter(output -> name.equals(output.getVariableName()))
                .map(HistoricDecisionOutputInstance::getValue).findFirst()
                .orElseThrow(() -> new IllegalStateException("the contract-renewal decision " + decision.getId()
                        + " gave no " + name));
    }
}
