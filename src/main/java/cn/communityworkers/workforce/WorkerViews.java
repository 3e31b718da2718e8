package cn.communityworkers.workforce;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Component;

import cn.communityworkers.organisation.OrgUnit;

/**
 * A worker as the API shows them: the registry's record with its change log, disciplinary actions, current secondment,
 * public-institution contract, leadership selections and assessment consequences. Access is checked by the caller.
 */
@Component
class WorkerViews {

    private final ChangeLog changes;
    private final DisciplinaryActions disciplinaryActions;
    private final SecondmentLookup secondments;
    private final CareerRecords careers;
    private final Clock clock;

    WorkerViews(ChangeLog changes, DisciplinaryActions disciplinaryActions, SecondmentLookup secondments,
            CareerRecords careers, Clock clock) {
        this.changes = changes;
        this.disciplinaryActions = disciplinaryActions;
        this.secondments = secondments;
        this.careers = careers;
        this.clock = clock;
    }

    WorkerView of(Worker worker, OrgUnit unit) {
        String workerId = worker.getWorkerId();
        LocalDate today = LocalDate.now(clock);
        return WorkerView.of(worker, unit, changes.of(workerId), disciplinaryActions.of(workerId).stream()
                        .map(action -> WorkerView.DisciplinaryActionView.of(action, today)).toList(),
                secondments.currentSecondment(workerId).orElse(null),
                careers.institutionContract(workerId).orElse(null), careers.leadershipSelections(workerId),
                careers.assessmentConsequences(workerId), careers.economicAudits(workerId));
    }
}
