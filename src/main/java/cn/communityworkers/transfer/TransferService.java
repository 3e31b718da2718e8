package cn.communityworkers.transfer;

import java.util.Optional;

import org.springframework.stereotype.Service;

import cn.communityworkers.organisation.OrgUnit;
import cn.communityworkers.organisation.OrganisationService;
import cn.communityworkers.system.Case;
import cn.communityworkers.workforce.Role;
import cn.communityworkers.workforce.Worker;
import cn.communityworkers.workforce.WorkerRegistry;
import cn.communityworkers.workforce.WorkerStatus;

/** Whom a transfer or an arrival concerns, as registered: the worker and their units, and the receiving community. */
@Service
class TransferService {

    private final WorkerRegistry workers;
    private final OrganisationService organisation;

    TransferService(WorkerRegistry workers, OrganisationService organisation) {
        this.workers = workers;
        this.organisation = organisation;
    }

    /** The worker as registered, and where they are. */
    record Context(String workerName, Role role, WorkerStatus status, int creditedYears, OrgUnit unit) {

        Case.Units units() {
            return new Case.Units(unit.countyCode(), unit.streetCode(), unit.communityCode());
        }
    }

    Optional<Context> context(String workerId) {
        return workers.find(workerId).map(this::context);
    }

    private Context context(Worker worker) {
        return new Context(worker.getName(), worker.getRole(), worker.getStatus(), worker.getCreditedCommunityYears(),
                organisation.findUnitOfCommunity(worker.getCommunityCode()).orElseThrow());
    }

    Optional<OrgUnit> community(String communityCode) {
        return organisation.findUnitOfCommunity(communityCode);
    }
}
