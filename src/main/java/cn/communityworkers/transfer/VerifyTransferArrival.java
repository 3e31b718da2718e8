package cn.communityworkers.transfer;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import cn.communityworkers.organisation.StartVerification;
import cn.communityworkers.organisation.UnitRole;
import cn.communityworkers.system.Case;
import cn.communityworkers.system.CaseVariables;
import cn.communityworkers.system.Cases;
import cn.communityworkers.system.CurrentUser;
import cn.communityworkers.workforce.CareerChanges;
import cn.communityworkers.workforce.WorkerStatus;
import cn.communityworkers.workforce.WorkerView;

/**
 * First step of an arrival (省内调入): the receiving street's personnel office registers, for a worker of the street who
 * came from community work elsewhere in the province, one period of that work: its dates, the county or city, the unit
 * and the proof. The period must end before the worker's community work here began and overlap none credited already;
 * the case holds the request as checked, from which the years are credited once confirmed.
 */
@Component("verifyTransferArrival")
class VerifyTransferArrival extends StartVerification<TransferService.Context> {

    private final TransferService transfers;
    private final CareerChanges changes;
    private final Clock clock;

    VerifyTransferArrival(TransferService transfers, CareerChanges changes, Cases cases, CurrentUser currentUser,
            Clock clock) {
        super(TransferArrivalProcess.KEY, Set.of(UnitRole.STREET_HR), "为本街道调入的社区工作者申请认定省内社区工作年限",
                cases, currentUser);
        this.transfers = transfers;
        this.changes = changes;
        this.clock = clock;
    }

    @Override
    protected Start<TransferService.Context> verify(DelegateExecution execution) {
        String workerId = TransferArrivalProcess.WORKER_ID.read(execution);
        TransferService.Context worker = transfers.context(workerId)
                .orElseThrow(() -> TransferArrivalProcess.WORKER_ID.refusal("不是登记的社区工作者:" + workerId));
        if (!WorkerStatus.IN_HEADCOUNT.contains(worker.status())) {
            throw TransferArrivalProcess.WORKER_ID.refusal("已不在社区工作者队伍中(" + worker.status() + ")");
        }
        LocalDate from = TransferArrivalProcess.PREVIOUS_FROM.read(execution);
        LocalDate to = TransferArrivalProcess.PREVIOUS_TO.read(execution);
        if (to.isBefore(from)) {
            throw TransferArrivalProcess.PREVIOUS_TO.refusal("不能早于原社区工作开始日期(" + from + ")");
        }
        LocalDate today = LocalDate.now(clock);
        if (!to.isBefore(today)) {
            throw TransferArrivalProcess.PREVIOUS_TO.refusal("须早于今天(" + today + ")");
        }
        changes.creditRefusal(workerId, from, to).ifPresent(problem -> {
            throw TransferArrivalProcess.PREVIOUS_TO.refusal(problem);
        });
        Map<String, Object> request = new LinkedHashMap<>();
        TransferArrivalProcess.WORKER_ID.put(request, workerId);
        TransferArrivalProcess.PREVIOUS_FROM.put(request, from);
        TransferArrivalProcess.PREVIOUS_TO.put(request, to);
        TransferArrivalProcess.PREVIOUS_PLACE.put(request, TransferArrivalProcess.PREVIOUS_PLACE.read(execution));
        TransferArrivalProcess.PREVIOUS_UNIT.put(request, TransferArrivalProcess.PREVIOUS_UNIT.read(execution));
        TransferArrivalProcess.PROOF.put(request, TransferArrivalProcess.PROOF.read(execution));
        return new Start<>(worker.units(), worker.unit().streetName(), workerId,
                TransferArrivalProcess.businessKey(workerId, from), request, worker);
    }

    @Override
    protected void started(DelegateExecution execution, Case recorded, TransferService.Context worker) {
        CaseVariables.setNames(execution, worker.workerName(), worker.unit().communityName(),
                worker.unit().streetName());
        TransferArrivalProcess.CREDITED_YEARS.set(execution, worker.creditedYears());
        TransferArrivalProcess.PERIOD_YEARS.set(execution, WorkerView.CreditedCommunityWork.wholeYears(List.of(
                CreditCommunityWork.period(recorded, null))));
    }
}
