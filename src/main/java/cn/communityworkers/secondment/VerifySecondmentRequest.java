package cn.communityworkers.secondment;

import java.util.List;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.stereotype.Component;

import cn.communityworkers.organisation.UnitGroups;
import cn.communityworkers.system.Case;
import cn.communityworkers.system.Cases;
import cn.communityworkers.system.ClockConfiguration;
import cn.communityworkers.system.CurrentUser;
import cn.communityworkers.system.WorkflowProperties;

/**
 * First step of a secondment: the request must be complete, name a registered worker and come from that
 * worker's street (or an administrator). Sets the business key {@code S-{workerId}-{startDate}}, records the case
 * (the worker's units as registered, the request as checked: the approvals are routed and the secondment is
 * registered from it) and sets what the rules and approvers need to know.
 */
@Component("verifySecondmentRequest")
class VerifySecondmentRequest implements JavaDelegate {

    private final SecondmentService secondments;
    private final Cases cases;
    private final WorkflowProperties workflow;
    private final CurrentUser currentUser;

    VerifySecondmentRequest(SecondmentService secondments, Cases cases, WorkflowProperties workflow,
            CurrentUser currentUser) {
        this.secondments = secondments;
        this.cases = cases;
        this.workflow = workflow;
        this.currentUser = currentUser;
    }

    @Override
    public void execute(DelegateExecution execution) {
        SecondmentRequest.Read read = SecondmentRequest.read(execution.getVariables());
        if (!read.problems().isEmpty()) {
            throw new FormFieldValidationException("secondmentRequest", "借调申请不完整:" + String.join(";", read.problems()));
        }
        SecondmentRequest request = read.request();
        SecondmentService.RequestContext context = secondments.context(request.workerId())
                .orElseThrow(() -> new FormFieldValidationException(SecondmentProcess.WORKER_ID,
                        "找不到编号为 " + request.workerId() + " 的社区工作者"));

        if (!currentUser.isAdmin() && !currentUser.inAnyGroup(List.of(
                UnitGroups.streetParty(context.unit().streetCode()), UnitGroups.streetHr(context.unit().streetCode())))) {
            throw new AuthorizationException("只有" + context.unit().streetName() + "可以为本街道的社区工作者申请借调");
        }
        execution.setProcessBusinessKey("S-" + request.workerId() + "-" + request.startDate());
        cases.record(execution, SecondmentProcess.KEY, new Case.Units(context.unit().countyCode(),
                context.unit().streetCode(), context.unit().communityCode()), request.workerId(), request.variables());
        execution.setVariable(SecondmentProcess.WORKER_NAME, context.workerName());
        execution.setVariable(SecondmentProcess.WORKER_STATUS, context.workerStatus().name());
        execution.setVariable(SecondmentProcess.COMMUNITY_NAME, context.unit().communityName());
        execution.setVariable(SecondmentProcess.STREET_NAME, context.unit().streetName());
        execution.setVariable(SecondmentProcess.SECONDMENT_ENDS_AT,
                request.endDate().atStartOfDay(ClockConfiguration.CHINA).toOffsetDateTime().toString());
    }
}
