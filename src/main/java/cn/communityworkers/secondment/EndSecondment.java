package cn.communityworkers.secondment;

import java.time.Clock;
import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
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
        LocalDate today = LocalDate.now(clock);
        LocalDate returnedOn = SecondmentProcess.RETURNED_ON.readIfGiven(execution).orElse(today);
        if (returnedOn.isAfter(today)) {
            throw SecondmentProcess.RETURNED_ON.refusal("不能晚于今天");
        }
        secondments.end(execution.getProcessInstanceId(), returnedOn);
    }
}
