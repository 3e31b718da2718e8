package cn.communityworkers.workforce;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Component;

import cn.communityworkers.organisation.OrgUnit;
import cn.communityworkers.system.CurrentUser;

/**
 * A worker as the API shows them: the registry's record with its change log, disciplinary actions, current secondment,
 * public-institution contract, leadership selections and assessment consequences. Access is checked by the caller;
 * the identity number is shown whole only to the personnel offices that keep the worker's records (the street's
 * organisation and personnel office, the county's social work and human resources departments:
 * {@link OrgUnit#personnelGroups()}) and administrators, masked to everyone else who may see the worker (the
 * community, the street's party committee, the county organisation department, auditors).
 */
@Component
class WorkerViews {

    private final ChangeLog changes;
    private final DisciplinaryActions disciplinaryActions;
    private final SecondmentLookup secondments;
    private final CareerRecords careers;
    private final CurrentUser currentUser;
    private final Clock clock;

    WorkerViews(ChangeLog changes, DisciplinaryActions disciplinaryActions, SecondmentLookup secondments,
            CareerRecords careers, CurrentUser currentUser, Clock clock) {
        this.currentUser = currentUser;
        this.changes = changes;
        this.disciplinaryActions = disciplinaryActions;
        this.secondments = secondments;
        this.careers = careers;
        this.clock = clock;
    }

    WorkerView of(Worker worker, OrgUnit unit) {
        String workerId = worker.getWorkerId();
        LocalDate today = LocalDate.now(clock);
        return WorkerView.of(worker, unit, readsIdCardNumber(unit), changes.of(workerId), disciplinaryActions.of(workerId).stream()
                        .map(action -> WorkerView.DisciplinaryActionView.of(action, today)).toList(),
                secondments.currentSecondment(workerId).orElse(null),
                careers.institutionContract(workerId).orElse(null), careers.leadershipSelections(workerId),
                careers.assessmentConsequences(workerId), careers.creditedWork(workerId),
                careers.economicAudits(workerId));
    }

    /** Whether the current user reads the identity numbers of the unit's workers whole: its personnel offices. */
    boolean readsIdCardNumber(OrgUnit unit) {
        return currentUser.isAdmin() || currentUser.inAnyGroup(unit.personnelGroups());
    }

    /** The worker's identity number as the current user may read it. */
    String idCardNumberFor(Worker worker, OrgUnit unit) {
        return readsIdCardNumber(unit) ? worker.getIdCardNumber() : IdCardNumber.mask(worker.getIdCardNumber());
    }
}
