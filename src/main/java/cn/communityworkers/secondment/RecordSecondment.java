package cn.communityworkers.secondment;

import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.communityworkers.system.Cases;
import cn.communityworkers.system.Refusal;

/**
 * After the county's approval: the worker becomes SECONDED, unless another secondment came first. What is registered
 * is the request as checked at the start (the recorded case), whatever the process variables say by now.
 */
@Component("recordSecondment")
class RecordSecondment implements JavaDelegate {

    private final SecondmentService secondments;
    private final Cases cases;

    RecordSecondment(SecondmentService secondments, Cases cases) {
        this.secondments = secondments;
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        SecondmentRequest request;
        try {
            request = SecondmentRequest.read(cases.of(execution).request());
        } catch (Refusal notARequest) {
            throw new IllegalStateException("the recorded request of " + execution.getProcessInstanceId()
                    + " is not a request: " + notARequest.getMessage(), notARequest);
        }
        if (!secondments.start(execution.getProcessInstanceId(), request)) {
            throw new BpmnError(SecondmentProcess.ERROR_WORKER_UNAVAILABLE,
                    "该社区工作者已不在岗(已被借调或已离岗),本次借调不能生效");
        }
    }
}
