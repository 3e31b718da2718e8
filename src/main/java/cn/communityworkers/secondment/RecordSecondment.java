package cn.communityworkers.secondment;

import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** After the county's approval: the worker becomes SECONDED, unless another secondment came first. */
@Component("recordSecondment")
class RecordSecondment implements JavaDelegate {

    private final SecondmentService secondments;

    RecordSecondment(SecondmentService secondments) {
        this.secondments = secondments;
    }

    @Override
    public void execute(DelegateExecution execution) {
        SecondmentRequest request = SecondmentRequest.read(execution.getVariables()).request();
        if (!secondments.start(execution.getProcessInstanceId(), request)) {
            throw new BpmnError(SecondmentProcess.ERROR_WORKER_UNAVAILABLE,
                    "该社区工作者已不在岗(已被借调或已离岗),本次借调不能生效");
        }
    }
}
