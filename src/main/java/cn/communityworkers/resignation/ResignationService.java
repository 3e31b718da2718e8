package cn.communityworkers.resignation;

import static cn.communityworkers.resignation.ResignationProcess.LAST_WORKING_DAY;
import static cn.communityworkers.resignation.ResignationProcess.NOTICE_RECEIVED_ON;
import static cn.communityworkers.resignation.ResignationProcess.REASON;
import static cn.communityworkers.resignation.ResignationProcess.WORKER_ID;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import cn.communityworkers.organisation.OrgUnit;
import cn.communityworkers.organisation.OrganisationService;
import cn.communityworkers.system.Case;
import cn.communityworkers.system.ClockConfiguration;
import cn.communityworkers.workforce.CareerChanges;
import cn.communityworkers.workforce.LabourContractLaw;
import cn.communityworkers.workforce.LeavingCause;
import cn.communityworkers.workforce.Worker;
import cn.communityworkers.workforce.WorkerRegistry;
import cn.communityworkers.workforce.WorkerStatus;

/**
 * Resignations (辞职) of community workers by written notice (Labour Contract Law Art. 37): whether a notice may be
 * registered, when the contract it gives ends, and ending it.
 */
@Service
class ResignationService {

    static final String GROUND = "劳动者提前书面通知解除劳动合同(" + LabourContractLaw.ARTICLE_37 + ")";

    private final WorkerRegistry workers;
    private final CareerChanges changes;
    private final OrganisationService organisation;
    private final RuntimeService runtimeService;
    private final JdbcClient jdbc;
    private final Clock clock;

    ResignationService(WorkerRegistry workers, CareerChanges changes, OrganisationService organisation,
            RuntimeService runtimeService, JdbcClient jdbc, Clock clock) {
        this.workers = workers;
        this.changes = changes;
        this.organisation = organisation;
        this.runtimeService = runtimeService;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The notice as registered: what the case records and the contract's end is read from. */
    record Notice(String workerId, LocalDate noticeReceivedOn, LocalDate lastWorkingDay, String reason) {

        /** The notice in the start's variables; the first field missing or wrong is refused. */
        static Notice in(Map<String, ?> variables) {
            return new Notice(WORKER_ID.in(variables), NOTICE_RECEIVED_ON.in(variables), LAST_WORKING_DAY.in(variables),
                    REASON.fromIfGiven(variables.get(REASON.name())).orElse(null));
        }

        Map<String, Object> variables() {
            Map<String, Object> variables = new LinkedHashMap<>();
            WORKER_ID.put(variables, workerId);
            NOTICE_RECEIVED_ON.put(variables, noticeReceivedOn);
            LAST_WORKING_DAY.put(variables, lastWorkingDay);
            REASON.put(variables, reason);
            return variables;
        }
    }

    /** Who resigns: the worker's name and status, and their units, as registered. */
    record Resigning(String workerName, WorkerStatus status, OrgUnit unit) {
    }

    /**
     * Checks a notice: a worker in the headcount without another resignation running, a notice received by today, a
     * last working day no earlier than Art. 37 allows. The worker's row is locked until the start commits, so that a
     * second registration of the same worker at the same moment waits for the first and then finds it running.
     */
    Resigning check(Notice notice) {
        Worker worker = lock(notice.workerId())
                .orElseThrow(() -> WORKER_ID.refusal("不是登记的社区工作者:" + notice.workerId()));
        WorkerStatus status = worker.getStatus();
        if (!WorkerStatus.IN_HEADCOUNT.contains(status)) {
            throw WORKER_ID.refusal("该社区工作者已不在社区工作者队伍中(" + status + "),不能登记辞职");
        }
        running(notice.workerId()).ifPresent(businessKey -> {
            throw WORKER_ID.refusal("该社区工作者已有正在办理的辞职(" + businessKey + "),不能重复登记");
        });
        LocalDate today = LocalDate.now(clock);
        if (notice.noticeReceivedOn().isAfter(today)) {
            throw NOTICE_RECEIVED_ON.refusal("不能晚于今天(" + today + ")");
        }
        boolean onProbation = status == WorkerStatus.PROBATION;
        LocalDate earliest = LabourContractLaw.earliestResignationEnd(notice.noticeReceivedOn(), onProbation);
        if (notice.lastWorkingDay().isBefore(earliest)) {
            throw LAST_WORKING_DAY.refusal("不能早于" + earliest + ":依照" + LabourContractLaw.ARTICLE_37 + ",劳动者"
                    + (onProbation ? "在试用期内提前" + LabourContractLaw.RESIGNATION_NOTICE_DAYS_IN_PROBATION
                            : "提前" + LabourContractLaw.RESIGNATION_NOTICE_DAYS)
                    + "日以书面形式通知用人单位,可以解除劳动合同;书面通知于" + notice.noticeReceivedOn() + "收到");
        }
        return new Resigning(worker.getName(), status,
                organisation.findUnitOfCommunity(worker.getCommunityCode()).orElseThrow());
    }

    private Optional<Worker> lock(String workerId) {
        return jdbc.sql("select worker_id from worker where worker_id = :id for update").param("id", workerId)
                .query(String.class).optional().flatMap(workers::find);
    }

    /** The business key of a resignation of the worker still running, if any. */
    private Optional<String> running(String workerId) {
        String prefix = ResignationProcess.businessKeyPrefix(workerId);
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(ResignationProcess.KEY)
                .processInstanceBusinessKeyLike(prefix + "%").list().stream()
                .map(instance -> instance.getBusinessKey()).filter(key -> key.startsWith(prefix)).findFirst();
    }

    /** The moment the contract of the case's notice has ended: 00:00 (China time) after the last working day. */
    Instant contractEndedAt(Case recorded) {
        return LAST_WORKING_DAY.in(recorded.request()).plusDays(1).atStartOfDay(ClockConfiguration.CHINA).toInstant();
    }

    /**
     * The contract of the case's worker ends on the last working day of the notice as registered: TERMINATED, the
     * contract's end that day, in the change log with Art. 37 and the process; the worker leaves the headcount. A
     * worker who left the headcount meanwhile by another case (dismissed, hired into a public institution) is left as
     * they are: {@link ResignationProcess#ERROR_WORKER_ALREADY_LEFT}.
     */
    void endContract(String processInstanceId, Case recorded) {
        WorkerStatus now = workers.find(recorded.requireWorker()).orElseThrow().getStatus();
        if (!WorkerStatus.IN_HEADCOUNT.contains(now)) {
            throw new BpmnError(ResignationProcess.ERROR_WORKER_ALREADY_LEFT, "该社区工作者在辞职生效前已因其他事由离开社区工作者队伍("
                    + now + "),本次辞职不再解除劳动合同");
        }
        Notice notice = Notice.in(recorded.request());
        long days = ChronoUnit.DAYS.between(notice.noticeReceivedOn(), notice.lastWorkingDay());
        changes.endContract(recorded.requireWorker(), notice.lastWorkingDay(), LeavingCause.RESIGNATION, GROUND,
                "书面辞职通知于" + notice.noticeReceivedOn() + "收到,提前" + days + "日;最后工作日" + notice.lastWorkingDay()
                        + (notice.reason() == null ? "" : ";辞职理由:" + notice.reason()),
                processInstanceId);
    }
}
