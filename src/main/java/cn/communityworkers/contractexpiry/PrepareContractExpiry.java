package cn.communityworkers.contractexpiry;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.communityworkers.organisation.OrgUnit;
import cn.communityworkers.organisation.OrganisationService;
import cn.communityworkers.system.Case;
import cn.communityworkers.system.CaseVariables;
import cn.communityworkers.system.Cases;
import cn.communityworkers.workforce.Worker;
import cn.communityworkers.workforce.WorkerRegistry;
import cn.communityworkers.workforce.WorkerStatus;

/**
 * First step of a contract expiry: records the case the daily check prepared ({@link ContractExpiryProcess#start}; an
 * instance started any other way has none and starts nothing, 403). The case's worker must be in the headcount with
 * the case's contract end, in the case's community; otherwise nothing starts. Sets whom the decision concerns.
 */
@Component("prepareContractExpiry")
class PrepareContractExpiry implements JavaDelegate {

    private final Cases cases;
    private final WorkerRegistry workers;
    private final OrganisationService organisation;

    PrepareContractExpiry(Cases cases, WorkerRegistry workers, OrganisationService organisation) {
        this.cases = cases;
        this.workers = workers;
        this.organisation = organisation;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Case recorded = cases.recordPrepared(execution, ContractExpiryProcess.KEY);
        String workerId = recorded.requireWorker();
        LocalDate contractEnd = ContractExpiryProcess.CONTRACT_END.from(
                recorded.requested(ContractExpiryProcess.CONTRACT_END.name()));
        Worker worker = workers.find(workerId)
                .orElseThrow(() -> new IllegalStateException("no worker " + workerId + " is registered"));
        if (!WorkerStatus.IN_HEADCOUNT.contains(worker.getStatus()) || !contractEnd.equals(worker.getContractEnd())
                || !worker.getCommunityCode().equals(recorded.communityCode())) {
            throw new IllegalStateException("worker " + workerId + " is " + worker.getStatus() + " with a contract"
                    + " ending " + worker.getContractEnd() + " in community " + worker.getCommunityCode()
                    + ", not in the headcount with a contract ending " + contractEnd + " in "
                    + recorded.communityCode() + ": no contract expiry starts");
        }
        OrgUnit unit = organisation.findUnitOfCommunity(worker.getCommunityCode()).orElseThrow();
        CaseVariables.setNames(execution, worker.getName(), unit.communityName(),
                unit.streetName());
    }
}
