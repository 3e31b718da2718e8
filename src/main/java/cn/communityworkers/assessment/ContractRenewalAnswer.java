package cn.communityworkers.assessment;

import static cn.communityworkers.assessment.AnnualAssessmentProcess.CONTRACT_KIND;
import static cn.communityworkers.assessment.AnnualAssessmentProcess.NEW_CONTRACT_END;
import static cn.communityworkers.assessment.AnnualAssessmentProcess.WORKER_REQUESTED_FIXED_TERM;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import cn.communityworkers.system.Cases;
import cn.communityworkers.system.Refusal;
import cn.communityworkers.system.TaskAnswer;
import cn.communityworkers.workforce.ContractKind;
import cn.communityworkers.workforce.CareerChanges;

/**
 * When the street renews the labour contract of the case's worker: open-ended, or fixed-term until a new end after
 * the current one. Where the table {@value AssessmentDecisions#CONTRACT_RENEWAL} found an open-ended contract
 * required (as the engine's history keeps its decision, not a variable), a fixed term is accepted only when the worker
 * asked for it in writing (《劳动合同法》第十四条第二款). The renewal is recorded with the table's ground.
 */
@Component("contractRenewalAnswer")
class ContractRenewalAnswer extends TaskAnswer {

    private static final String WORKER_ASKED = "劳动者书面提出订立固定期限劳动合同,续订固定期限劳动合同。";

    private final CareerChanges workers;
    private final Cases cases;
    private final ContractRenewals renewals;

    ContractRenewalAnswer(CareerChanges workers, Cases cases, ContractRenewals renewals) {
        this.workers = workers;
        this.cases = cases;
        this.renewals = renewals;
    }

    @Override
    protected void check(DelegateExecution execution) {
        ContractKind kind = CONTRACT_KIND.read(execution);
        ContractRenewals.Proposal proposal = renewals.decided(execution.getProcessInstanceId());
        LocalDate newEnd = null;
        String ground = proposal.ground();
        if (kind == ContractKind.FIXED_TERM) {
            newEnd = NEW_CONTRACT_END.read(execution);
            if (proposal.openEndedRequired()) {
                if (!WORKER_REQUESTED_FIXED_TERM.readIfGiven(execution).orElse(false)) {
                    throw Refusal.of(CONTRACT_KIND.name(),
                            "续订劳动合同类型:依照《劳动合同法》第十四条,本次续订应当订立无固定期限劳动合同(" + proposal.ground()
                                    + ")。只有劳动者书面提出订立固定期限劳动合同的,方可续订固定期限劳动合同");
                }
                ground = WORKER_ASKED + proposal.ground();
            }
        }
        try {
            workers.renewContract(cases.of(execution).requireWorker(), kind, newEnd, ground,
                    execution.getProcessInstanceId(), proposal.decisionInstanceId());
        } catch (IllegalStateException e) {
            throw Refusal.of(NEW_CONTRACT_END.name(), "新的合同终止日期须晚于现合同终止日期:" + e.getMessage(), e);
        }
    }
}
