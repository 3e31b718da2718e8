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
import cn.communityworkers.workforce.ContractRenewals;
import cn.communityworkers.workforce.CareerChanges;

/**
 * When the street renews the labour contract of the case's worker: open-ended, or fixed-term until a new end after
 * the current one. Where the table {@value ContractRenewals#CONTRACT_RENEWAL} found an open-ended contract
 * required (as the engine's history keeps its decision, not a variable), a fixed term is accepted only when the worker
 * asked for it in writing (《劳动合同法》第十四条第二款). The renewal is recorded with the table's ground.
 */
@Component("contractRenewalAnswer")
class ContractRenewalAnswer extends TaskAnswer {

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
        LocalDate newEnd = kind == ContractKind.FIXED_TERM ? NEW_CONTRACT_END.read(execution) : null;
        String ground = proposal.groundOf(kind, WORKER_REQUESTED_FIXED_TERM.readIfGiven(execution).orElse(false),
                CONTRACT_KIND.name());
        try {
            workers.renewContract(cases.of(execution).requireWorker(), kind, newEnd, ground,
                    execution.getProcessInstanceId(), proposal.decisionInstanceId());
        } catch (IllegalStateException e) {
            throw Refusal.of(NEW_CONTRACT_END.name(), "新的合同终止日期须晚于现合同终止日期:" + e.getMessage(), e);
        }
    }
}
