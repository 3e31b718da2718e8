package cn.communityworkers.probation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.communityworkers.organisation.OrgUnit;
import cn.communityworkers.organisation.OrganisationService;
import cn.communityworkers.system.ClockConfiguration;
import cn.communityworkers.workforce.Rating;
import cn.communityworkers.workforce.CareerChanges;
import cn.communityworkers.workforce.LeavingCause;
import cn.communityworkers.workforce.WorkerRegistry;
import cn.communityworkers.workforce.WorkerStatus;

/**
 * Probation screening (试用期筛选) of newly hired workers: when the community evaluates, and what each outcome
 * does to the worker. A worker who passes, or whose probation runs out without a decision, becomes ACTIVE
 * (转正); one shown not to meet the hiring conditions is dismissed during the probation (《劳动合同法》第三十九条第(一)项,
 * with the reasons, 第二十一条).
 */
@Service
public class ProbationService {

    /** The ratings a probation evaluation can give: 优秀, 合格, 不合格. */
    static final Set<Rating> RATINGS = EnumSet.of(Rating.EXCELLENT, Rating.QUALIFIED, Rating.UNQUALIFIED);
    /** The longest reason for a dismissal, so that the recorded change with its legal ground fits the change log. */
    static final int MAX_REASON_LENGTH = 400;

    static final String CONFIRMED = "试用期考核合格,转正";
    static final String CONFIRMED_BY_LAPSE = "试用期满未作出决定,依法视为转正";
    static final String DISMISSAL_GROUND = "《劳动合同法》第三十九条第(一)项:在试用期间被证明不符合录用条件";

    private final WorkerRegistry workers;
    private final CareerChanges changes;
    private final OrganisationService organisation;
    private final ProbationProperties properties;
    private final Clock clock;

    ProbationService(WorkerRegistry workers, CareerChanges changes, OrganisationService organisation,
            ProbationProperties properties, Clock clock) {
        this.workers = workers;
        this.changes = changes;
        this.organisation = organisation;
        this.properties = properties;
        this.clock = clock;
    }

    /** The worker on probation, as registered: name, status, end of probation and units. */
    record Probationer(String workerName, WorkerStatus status, LocalDate probationEnd, OrgUnit unit) {
    }

    Optional<Probationer> probationer(String workerId) {
        return workers.find(workerId).map(worker -> new Probationer(worker.getName(), worker.getStatus(),
                worker.getProbationEnd(), organisation.findUnitOfCommunity(worker.getCommunityCode()).orElseThrow()));
    }

    /**
     * When the probation ends: at 00:00 China time of {@code probationEnd}; and when the community evaluates:
     * the evaluation lead (14 days) before that, or now if that moment has passed (a short probation).
     */
    record Schedule(OffsetDateTime evaluationDueAt, OffsetDateTime probationEndsAt) {
    }

    Schedule schedule(LocalDate probationEnd) {
        ZonedDateTime endsAt = probationEnd.atStartOfDay(ClockConfiguration.CHINA);
        ZonedDateTime dueAt = probationEnd.minus(properties.evaluationLead()).atStartOfDay(ClockConfiguration.CHINA);
        ZonedDateTime now = ZonedDateTime.now(clock).withZoneSameInstant(ClockConfiguration.CHINA)
                .truncatedTo(ChronoUnit.SECONDS);
        if (dueAt.isBefore(now)) {
            dueAt = now;
        }
        return new Schedule(dueAt.toOffsetDateTime(), endsAt.toOffsetDateTime());
    }

    /** The street decided that the worker passed: PROBATION becomes ACTIVE (转正). */
    @Transactional
    void confirm(String workerId, String processInstanceId) {
        makeRegular(workerId, CONFIRMED, processInstanceId);
    }

    /**
     * The street decided that the worker does not meet the hiring conditions: PROBATION becomes TERMINATED,
     * recorded with the reason given and the legal ground.
     */
    @Transactional
    void endContract(String workerId, String reason, String processInstanceId) {
        if (reason == null || reason.isBlank() || reason.strip().length() > MAX_REASON_LENGTH) {
            throw new IllegalArgumentException("a dismissal during probation needs a reason of 1 to "
                    + MAX_REASON_LENGTH + " characters");
        }
        String ground = "试用期考核不合格,解除劳动合同。理由:" + reason.strip() + "。依据:" + DISMISSAL_GROUND;
        requireProbation(changes.leaveHeadcount(workerId, WorkerStatus.PROBATION, WorkerStatus.TERMINATED,
                LeavingCause.PROBATION_NOT_CONFIRMED, ground, processInstanceId), workerId, WorkerStatus.TERMINATED,
                ground);
    }

    /** The probation ended without a decision: the worker is regular by law, PROBATION becomes ACTIVE. */
    @Transactional
    void confirmByLapse(String workerId, String processInstanceId) {
        makeRegular(workerId, CONFIRMED_BY_LAPSE, processInstanceId);
    }

    private void makeRegular(String workerId, String reason, String processInstanceId) {
        requireProbation(changes.changeStatus(workerId, WorkerStatus.PROBATION, WorkerStatus.ACTIVE, reason,
                processInstanceId), workerId, WorkerStatus.ACTIVE, reason);
    }

    /** Refuses an outcome of the probation that found the worker no longer in PROBATION ({@code changed} false). */
    private void requireProbation(boolean changed, String workerId, WorkerStatus to, String reason) {
        if (!changed) {
            throw new IllegalStateException("worker " + workerId + " is not in PROBATION any more, so the outcome of"
                    + " the probation (" + to + ": " + reason + ") cannot be recorded; check the worker's status");
        }
    }
}
