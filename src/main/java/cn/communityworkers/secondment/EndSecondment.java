package cn.communityworkers.secondment;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.stereotype.Component;

/** The street confirmed the return: the secondment ends and the worker is ACTIVE at the post again. */
@Component("endSecondment")
class EndSecondment implements JavaDelegate {

    private final SecondmentService secondments;
    private final Clock clock;

    EndSecondment(SecondmentService secondments, Clock clock) {
        this.secondments = secondments;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        secondments.end(execution.getProcessInstanceId(), returnedOn(execution.getVariable(SecondmentProcess.RETURNED_ON)));
    }

    private LocalDate returnedOn(Object value) {
        if (value == null || (value instanceof String text && text.isBlank())) {
            return LocalDate.now(clock);
        }
        try {
            LocalDate date = LocalDate.parse(value.toString().trim());
            if (date.isAfter(LocalDate.now(clock))) {
                throw new FormFieldValidationException(SecondmentProcess.RETURNED_ON, "返岗日期不能晚于今天");
            }
            return date;
        } catch (DateTimeParseException e) {
            throw new FormFieldValidationException(SecondmentProcess.RETURNED_ON,
                    "返岗日期须为 yyyy-MM-dd 格式的日期", e);
        }
    }
}
