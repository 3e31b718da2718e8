package cn.communityworkers.dismissal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import cn.communityworkers.dismissal.DismissalProcess.Ground;
import cn.communityworkers.organisation.StartVerification;
import cn.communityworkers.organisation.UnitRole;
import cn.communityworkers.system.Case;
import cn.communityworkers.system.CaseVariables;
import cn.communityworkers.system.Cases;
import cn.communityworkers.system.CurrentUser;
import cn.communityworkers.system.Refusal;

/**
 * First step of a dismissal, which the street's personnel office proposes for one of its workers: the proposal names a
 * registered worker of the street, one ground of Labour Contract Law Art. 39 and the facts and evidence. An elected
 * member of the two committees, a worker out of the workforce, Art. 39(1) outside probation and a second proposal
 * while one is open are refused. The case holds the worker's units and the proposal as checked.
 */
@Component("verifyDismissalProposal")
class VerifyDismissalProposal extends StartVerification<DismissalService.Context> {

    private final DismissalService dismissals;
    private final RuntimeService runtimeService;
    private final Clock clock;

    VerifyDismissalProposal(DismissalService dismissals, RuntimeService runtimeService, Clock clock, Cases cases,
            CurrentUser currentUser) {
        super(DismissalProcess.KEY, Set.of(UnitRole.STREET_HR), "为本街道的社区工作者提出解除劳动合同", cases, currentUser);
        this.dismissals = dismissals;
        this.runtimeService = runtimeService;
        this.clock = clock;
    }

    @Override
    protected Start<DismissalService.Context> verify(DelegateExecution execution) {
        String workerId = DismissalProcess.WORKER_ID.read(execution);
        Ground ground = DismissalProcess.GROUND.read(execution);
        Map<String, Object> proposal = new HashMap<>();
        DismissalProcess.WORKER_ID.put(proposal, workerId);
        DismissalProcess.GROUND.put(proposal, ground);
        DismissalProcess.FACTS.put(proposal, DismissalProcess.FACTS.read(execution));
        DismissalProcess.EVIDENCE.put(proposal, DismissalProcess.EVIDENCE.read(execution));
        DismissalService.Context worker = dismissals.context(workerId)
                .orElseThrow(() -> DismissalProcess.WORKER_ID.refusal("不是登记的社区工作者:" + workerId));
        dismissals.refusal(worker, ground).ifPresent(violation -> {
            throw Refusal.of(violation);
        });
        if (runtimeService.createProcessInstanceQuery().processDefinitionKey(DismissalProcess.KEY)
                .processInstanceBusinessKeyLike(DismissalProcess.businessKeysOf(workerId) + "%").count() > 0) {
            throw DismissalProcess.WORKER_ID.refusal("已有未办结的解除劳动合同案件:" + worker.workerName());
        }
        return new Start<>(new Case.Units(worker.unit().countyCode(), worker.unit().streetCode(),
                worker.unit().communityCode()), worker.unit().streetName(), workerId,
                DismissalProcess.businessKey(workerId, LocalDate.now(clock)), proposal, worker);
    }

    @Override
    protected void started(DelegateExecution execution, Case recorded, DismissalService.Context worker) {
        CaseVariables.setNames(execution, worker.workerName(), worker.unit().communityName(),
                worker.unit().streetName());
        dismissals.record(execution.getProcessInstanceId(), worker.workerId(),
                DismissalProcess.GROUND.from(recorded.requested(DismissalProcess.GROUND.name())));
    }
}
