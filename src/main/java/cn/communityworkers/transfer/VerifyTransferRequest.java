package cn.communityworkers.transfer;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import cn.communityworkers.organisation.OrgUnit;
import cn.communityworkers.organisation.StartVerification;
import cn.communityworkers.organisation.UnitRole;
import cn.communityworkers.system.Case;
import cn.communityworkers.system.CaseVariables;
import cn.communityworkers.system.Cases;
import cn.communityworkers.system.CurrentUser;
import cn.communityworkers.workforce.Role;
import cn.communityworkers.workforce.WorkerStatus;

/**
 * First step of a transfer, which the personnel office of the worker's street requests: a registered worker of the
 * street, at the post (ACTIVE) as a full-time staff member (社区专职工作人员: the Opinions' 统筹调配 is of them; a 两委
 * member holds an elected post, which does not travel: the post is left through an election first), another community
 * of the same county, a transfer date from today on. The case holds the worker's units and the request as checked,
 * with the receiving community and its street ({@link Case#TARGET_COMMUNITY}, {@link Case#TARGET_STREET}): the
 * opinions are routed, the path chosen and the worker moved by it.
 */
@Component("verifyTransferRequest")
class VerifyTransferRequest extends StartVerification<VerifyTransferRequest.Found> {

    private final TransferService transfers;
    private final Clock clock;

    VerifyTransferRequest(TransferService transfers, Cases cases, CurrentUser currentUser, Clock clock) {
        super(TransferProcess.KEY, Set.of(UnitRole.STREET_HR), "为本街道的社区工作者申请调动", cases, currentUser);
        this.transfers = transfers;
        this.clock = clock;
    }

    /** The worker and the receiving community as registered. */
    record Found(TransferService.Context worker, OrgUnit target) {
    }

    @Override
    protected Start<Found> verify(DelegateExecution execution) {
        String workerId = TransferProcess.WORKER_ID.read(execution);
        TransferService.Context worker = transfers.context(workerId)
                .orElseThrow(() -> TransferProcess.WORKER_ID.refusal("不是登记的社区工作者:" + workerId));
        if (worker.status() != WorkerStatus.ACTIVE) {
            throw TransferProcess.WORKER_ID.refusal("只有在岗(ACTIVE)的社区工作者可以调动,该社区工作者现为"
                    + worker.status());
        }
        if (worker.role() != Role.STAFF) {
            throw TransferProcess.WORKER_ID.refusal("街道统筹调配的是社区专职工作人员;该社区工作者任“两委”职务("
                    + worker.role() + "),选举产生的职务不随人调动,须先依规定卸任再申请调动");
        }
        String targetCode = TransferProcess.TARGET_COMMUNITY.read(execution);
        OrgUnit target = transfers.community(targetCode)
                .orElseThrow(() -> TransferProcess.TARGET_COMMUNITY.refusal("不是登记的社区:" + targetCode));
        if (!target.countyCode().equals(worker.unit().countyCode())) {
            throw TransferProcess.TARGET_COMMUNITY.refusal("须是本县(" + worker.unit().countyName() + ")的社区,"
                    + target.communityName() + "属于" + target.countyName());
        }
        if (target.communityCode().equals(worker.unit().communityCode())) {
            throw TransferProcess.TARGET_COMMUNITY.refusal("不能是该社区工作者现在所在的社区(" + target.communityName() + ")");
        }
        LocalDate date = TransferProcess.TRANSFER_DATE.read(execution);
        LocalDate today = LocalDate.now(clock);
        if (date.isBefore(today)) {
            throw TransferProcess.TRANSFER_DATE.refusal("不能早于今天(" + today + ")");
        }
        String reason = TransferProcess.REASON.read(execution);
        Map<String, Object> request = new LinkedHashMap<>();
        TransferProcess.WORKER_ID.put(request, workerId);
        TransferProcess.TARGET_COMMUNITY.put(request, target.communityCode());
        request.put(Case.TARGET_STREET, target.streetCode());
        TransferProcess.TRANSFER_DATE.put(request, date);
        TransferProcess.REASON.put(request, reason);
        return new Start<>(worker.units(), worker.unit().streetName(), workerId,
                TransferProcess.businessKey(workerId, date), request, new Found(worker, target));
    }

    @Override
    protected void started(DelegateExecution execution, Case recorded, Found found) {
        CaseVariables.setNames(execution, found.worker().workerName(), found.worker().unit().communityName(),
                found.worker().unit().streetName());
        TransferProcess.TARGET_COMMUNITY_NAME.set(execution, found.target().communityName());
        TransferProcess.TARGET_STREET_NAME.set(execution, found.target().streetName());
    }
}
