package cn.communityworkers.workforce;

import java.time.LocalDate;
import java.time.Period;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.history.HistoricDecisionOutputInstance;
import org.springframework.stereotype.Component;

import cn.communityworkers.system.Cases;
import cn.communityworkers.system.Refusal;
import cn.communityworkers.system.Variable;

/**
 * The renewal of a fixed-term labour contract (《劳动合同法》第十四条), as every process that renews one uses it (the
 * annual assessment's renewal, the contract expiry): the facts the table {@value #CONTRACT_RENEWAL}
 * ({@code processes/workforce/contract-renewal.dmn}) decides on, read from the registry for the case's worker (a
 * business rule task maps them as its inputs: {@code ${contractRenewals.serviceYears(execution)}}), the proposal it
 * made, read back from the engine's history, and the rule that a fixed term where it proposed an open-ended contract
 * needs the worker's written request.
 */
@Component("contractRenewals")
public class ContractRenewals {

    /**
     * Whether a renewal must be open-ended: inputs {@link #SERVICE_YEARS}, {@link #CONSECUTIVE_FIXED_TERMS}, outputs
     * {@link #OPEN_ENDED_REQUIRED}, {@link #RENEWAL_GROUND}.
     */
    public static final String CONTRACT_RENEWAL = "contractRenewal";
    public static final String SERVICE_YEARS = "serviceYears";
    public static final String CONSECUTIVE_FIXED_TERMS = "consecutiveFixedTerms";
    public static final String OPEN_ENDED_REQUIRED = "openEndedRequired";
    public static final String RENEWAL_GROUND = "renewalGround";

    // A renewal's answers, as the forms of every process that renews a contract submit them.
    public static final Variable<ContractKind> CONTRACT_KIND = Variable.choice("contractKind", "续订的劳动合同类型",
            ContractKind.class);
    public static final Variable<LocalDate> NEW_CONTRACT_END = Variable.date("newContractEnd", "新的合同终止日期");
    /** The worker asked in writing for a fixed-term contract (《劳动合同法》第十四条第二款). */
    public static final Variable<Boolean> WORKER_REQUESTED_FIXED_TERM = Variable.yesOrNo("workerRequestedFixedTerm",
            "劳动者书面提出订立固定期限劳动合同");

    private static final String WORKER_ASKED = "劳动者书面提出订立固定期限劳动合同,续订固定期限劳动合同。";

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
    public record Proposal(boolean openEndedRequired, String ground, String decisionInstanceId) {

        /**
         * The ground a renewal of {@code kind} is recorded with: the table's; where it found an open-ended contract
         * required, a fixed term only at the worker's written request ({@code workerRequestedFixedTerm}), else refused
         * naming {@code kindField} (《劳动合同法》第十四条第二款).
         */
        public String groundOf(ContractKind kind, boolean workerRequestedFixedTerm, String kindField) {
            if (kind != ContractKind.FIXED_TERM || !openEndedRequired) {
                return ground;
            }
            if (!workerRequestedFixedTerm) {
                throw Refusal.of(kindField, "续订劳动合同类型:依照《劳动合同法》第十四条,本次续订应当订立无固定期限劳动合同(" + ground
                        + ")。只有劳动者书面提出订立固定期限劳动合同的,方可续订固定期限劳动合同");
            }
            return WORKER_ASKED + ground;
        }
    }

    /** The instance's latest {@value #CONTRACT_RENEWAL} decision, as the history keeps it. */
    public Proposal decided(String processInstanceId) {
        HistoricDecisionInstance decision = historyService.createHistoricDecisionInstanceQuery()
                .processInstanceId(processInstanceId).decisionDefinitionKey(CONTRACT_RENEWAL)
                .includeOutputs().orderByEvaluationTime().desc().listPage(0, 1).stream().findFirst()
                .orElseThrow(() -> new IllegalStateException("process instance " + processInstanceId
                        + " has no contract-renewal decision to renew on"));
        return new Proposal(Boolean.TRUE.equals(output(decision, OPEN_ENDED_REQUIRED)),
                String.valueOf(output(decision, RENEWAL_GROUND)), decision.getId());
    }

    private static Object output(HistoricDecisionInstance decision, String name) {
        return decision.getOutputs().stream().filter(output -> name.equals(output.getVariableName()))
                .map(HistoricDecisionOutputInstance::getValue).findFirst()
                .orElseThrow(() -> new IllegalStateException("the contract-renewal decision " + decision.getId()
                        + " gave no " + name));
    }
}
