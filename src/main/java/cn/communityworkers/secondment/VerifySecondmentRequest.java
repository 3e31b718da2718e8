package cn.communityworkers.secondment;

import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import cn.communityworkers.system.CaseVariables;
import cn.communityworkers.organisation.StartVerification;
import cn.communityworkers.organisation.UnitRole;
import cn.communityworkers.system.Case;
import cn.communityworkers.system.Cases;
import cn.communityworkers.system.ClockConfiguration;
import cn.communityworkers.system.CurrentUser;

/**
 * First step of a secondment, which a street (its party working committee or personnel office) requests for one of
 * its workers: the request must be complete and name a registered worker of the requesting street. The case holds the
 * worker's units as registered and the request as checked (the approvals are routed and the secondment is registered
 * from it); the variables tell the rules and approvers who the worker is.
 */
@Component("verifySecondmentRequest")
class VerifySecondmentRequest extends StartVerification<SecondmentService.RequestContext> {

    private final SecondmentService secondments;

    VerifySecondmentRequest(SecondmentService secondments, Cases cases, CurrentUser currentUser) {
        super(SecondmentProcess.KEY, Set.of(UnitRole.STREET_PARTY, UnitRole.STREET_HR), "为本街道的社区工作者申请借调",
                cases, currentUser);
        this.secondments = secondments;
    }

    @Override
    protected Start<SecondmentService.RequestContext> verify(DelegateExecution execution) {
        SecondmentRequest request = SecondmentRequest.read(execution.getVariables());
        SecondmentService.RequestContext context = secondments.context(request.workerId())
                .orElseThrow(() -> SecondmentProcess.WORKER_ID.refusal("不是登记的社区工作者:" + request.workerId()));
        return new Start<>(new Case.Units(context.unit().countyCode(), context.unit().streetCode(),
                context.unit().communityCode()), context.unit().streetName(), request.workerId(),
                SecondmentProcess.businessKey(request.workerId(), request.startDate()), request.variables(), context);
    }

    @Override
    protected void started(DelegateExecution execution, Case recorded, SecondmentService.RequestContext context) {
        CaseVariables.WORKER_NAME.set(execution, context.workerName());
        SecondmentProcess.WORKER_STATUS.set(execution, context.workerStatus().name());
        CaseVariables.COMMUNITY_NAME.set(execution, context.unit().communityName());
        CaseVariables.STREET_NAME.set(execution, context.unit().streetName());
        SecondmentProcess.SECONDMENT_ENDS_AT.set(execution, SecondmentProcess.END_DATE.in(recorded.request())
                .atStartOfDay(ClockConfiguration.CHINA).toOffsetDateTime().toString());
    }
}
