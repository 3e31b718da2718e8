package cn.communityworkers.assessment;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.stereotype.Component;

import cn.communityworkers.system.Cases;
import cn.communityworkers.workforce.WorkerService;

/** When the street renews the labour contract of the case's worker: a valid new end date, after the current one. */
@Component("renewContract")
class RenewContract implements ExecutionListener {

    private final WorkerService workers;
    private final Cases cases;

    RenewContract(WorkerService workers, Cases cases) {
        this.workers = workers;
        this.cases = cases;
    }

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.isCanceled()) {
            return;
        }
        Object value = execution.getVariable(AnnualAssessment.NEW_CONTRACT_END);
        LocalDate newEnd;
        try {
            newEnd = LocalDate.parse(String.valueOf(value).trim());
        } catch (DateTimeParseException e) {
            throw new FormFieldValidationException(AnnualAssessment.NEW_CONTRACT_END,
                    "新的合同终止日期(newContractEnd)须为 yyyy-MM-dd 格式的日期", e);
        }
        try {
            workers.renewContract(cases.of(execution).requireWorker(), newEnd,
                    execution.getProcessInstanceId());
        } catch (IllegalStateException e) {
            throw new FormFieldValidationException(AnnualAssessment.NEW_CONTRACT_END,
                    "新的合同终止日期须晚于现合同终止日期:" + e.getMessage(), e);
        }
    }
}
