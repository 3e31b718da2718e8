package cn.communityworkers.assessment;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.stereotype.Component;

import cn.communityworkers.system.Cases;
import cn.communityworkers.workforce.ContractKind;
import cn.communityworkers.workforce.CareerChanges;

/**
 * When the street renews the labour contract of the case's worker: open-ended, or fixed-term until a new end after
 * the current one. Where the table {@value AssessmentDecisions#CONTRACT_RENEWAL} found an open-ended contract
 * required (as the engine's history keeps its decision, not a variable), a fixed term is accepted only when the worker
 * asked for it in writing (《劳动合同法》第十四条第二款). The renewal is recorded with the table's ground.
 */
@Component("renewContract")
class RenewContract implements ExecutionListener {

    static final String WORKER_ASKED = "劳动者书面提出订立固定期限劳动合同,续订固定期限劳动合同。";

    private final CareerChanges workers;
    private final Cases cases;
    private final ContractRenewals renewals;

    RenewContract(CareerChanges workers, Cases cases, ContractRenewals renewals) {
        this.workers = workers;
        this.cases = cases;
        this.renewals = renewals;
    }

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.isCanceled()) {
            return;
        }
        ContractKind kind = kind(execution.getVariable(AnnualAssessment.CONTRACT_KIND));
        ContractRenewals.Proposal proposal = renewals.decided(execution.getProcessInstanceId());
        LocalDate newEnd = null;
        String ground = proposal.ground();
        if (kind == ContractKind.FIXED_TERM) {
            newEnd = newEnd(execution.getVariable(AnnualAssessment.NEW_CONTRACT_END));
            if (proposal.openEndedRequired()) {
                if (!Boolean.TRUE.equals(execution.getVariable(AnnualAssessment.WORKER_REQUESTED_FIXED_TERM))) {
                    throw new FormFieldValidationException(AnnualAssessment.CONTRACT_KIND,
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
            throw new FormFieldValidationException(AnnualAssessment.NEW_CONTRACT_END,
                    "新的合同终止日期须晚于现合同终止日期:" + e.getMessage(), e);
        }
    }

    private static ContractKind kind(Object value) {
        try {
            return ContractKind.valueOf(String.valueOf(value));
        } catch (IllegalArgumentException e) {
            throw new FormFieldValidationException(AnnualAssessment.CONTRACT_KIND,
                    "请选择续订的劳动合同类型(固定期限劳动合同或无固定期限劳动合同)", e);
        }
    }

    private static LocalDate newEnd(Object value) {
        try {
            return LocalDate.parse(String.valueOf(value).trim());
        } catch (DateTimeParseException e) {
            throw new FormFieldValidationException(AnnualAssessment.NEW_CONTRACT_END,
                    "续订固定期限劳动合同须填写新的合同终止日期(yyyy-MM-dd)", e);
        }
    }
}
