package cn.communityworkers.contractexpiry;

import static cn.communityworkers.contractexpiry.ContractExpiryProcess.*;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import cn.communityworkers.system.Cases;
import cn.communityworkers.system.TaskAnswer;
import cn.communityworkers.workforce.ContractKind;
import cn.communityworkers.workforce.ContractRenewals;
import cn.communityworkers.workforce.Role;
import cn.communityworkers.workforce.WorkerRegistry;

/**
 * The street personnel office's decision: renew or not. An elected member of the two committees (any role but staff)
 * leaves office by recall or election, not because the employer does not renew: for them only a renewal is taken.
 * A renewal names its kind; a fixed term its new end, after the
 * current one, and where the table {@value ContractRenewals#CONTRACT_RENEWAL} found an open-ended contract required
 * (as the engine's history keeps it), only at the worker's written request (《劳动合同法》第十四条第二款). Not renewing
 * needs the reason. Otherwise the completion is refused naming the field and the task stays open.
 */
@Component("expiryDecisionAnswer")
class ExpiryDecisionAnswer extends TaskAnswer {

    private final Cases cases;
    private final ContractRenewals renewals;
    private final WorkerRegistry workers;

    ExpiryDecisionAnswer(Cases cases, ContractRenewals renewals, WorkerRegistry workers) {
        this.cases = cases;
        this.renewals = renewals;
        this.workers = workers;
    }

    @Override
    protected void check(DelegateExecution execution) {
        boolean renew = RENEW.read(execution);
        if (!renew && workers.find(cases.of(execution).requireWorker()).orElseThrow().getRole() != Role.STAFF) {
            throw RENEW.refusal(":社区“两委”成员通过罢免或者换届选举离任,不因用人单位不续订劳动合同而离任,请选择续订");
        }
        END_REASON.readRequiredWhen(execution, !renew, "不续订劳动合同");
        if (!renew) {
            return;
        }
        ContractKind kind = CONTRACT_KIND.readRequiredWhen(execution, true, "续订劳动合同").orElseThrow();
        if (kind == ContractKind.FIXED_TERM) {
            LocalDate newEnd = NEW_CONTRACT_END.readRequiredWhen(execution, true, "续订固定期限劳动合同").orElseThrow();
            LocalDate contractEnd = CONTRACT_END.from(cases.of(execution).requested(CONTRACT_END.name()));
            if (!newEnd.isAfter(contractEnd)) {
                throw NEW_CONTRACT_END.refusal("须晚于现合同终止日期(" + contractEnd + "),填写的是:" + newEnd);
            }
        }
        renewals.decided(execution.getProcessInstanceId()).groundOf(kind,
                WORKER_REQUESTED_FIXED_TERM.readIfGiven(execution).orElse(false), CONTRACT_KIND.name());
    }
}
