package cn.communityworkers.dismissal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.communityworkers.dismissal.DismissalProcess.Ground;
import cn.communityworkers.dismissal.DismissalProcess.StatementKind;
import cn.communityworkers.organisation.OrgUnit;
import cn.communityworkers.organisation.OrganisationService;
import cn.communityworkers.system.Violation;
import cn.communityworkers.workforce.CareerChanges;
import cn.communityworkers.workforce.Role;
import cn.communityworkers.workforce.WorkerRegistry;
import cn.communityworkers.workforce.WorkerStatus;

/**
 * The rules and records of a dismissal for cause (解除劳动合同, Labour Contract Law Art. 39): who may be dismissed on
 * which ground, the worker's statement, the union's opinion (Art. 43), the decision and the ending of the contract
 * ({@link CareerChanges#endContract}). Each proposal is a row of the table {@code dismissal}; the steps read the
 * answers from there, never from process variables.
 */
@Service
class DismissalService {

    /** Art. 39 ends the contract without severance: Art. 46 grants none for it. */
    static final String NO_SEVERANCE = "依《劳动合同法》第四十六条,依第三十九条解除劳动合同的,用人单位不支付经济补偿";
    static final String ARTICLE_43 = "《劳动合同法》第四十三条";

    private static final Map<Role, String> ELECTED_POSTS = Map.of(Role.SECRETARY, "社区党组织书记",
            Role.DIRECTOR, "居民委员会主任", Role.DEPUTY, "社区党组织副书记或居民委员会副主任",
            Role.COMMITTEE_MEMBER, "社区“两委”委员");

    private final WorkerRegistry workers;
    private final OrganisationService organisation;
    private final CareerChanges changes;
    private final JdbcClient jdbc;
    private final Clock clock;

    DismissalService(WorkerRegistry workers, OrganisationService organisation, CareerChanges changes, JdbcClient jdbc,
            Clock clock) {
        this.workers = workers;
        this.organisation = organisation;
        this.changes = changes;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The proposed worker as registered, with their units. */
    record Context(String workerId, String workerName, Role role, WorkerStatus status, OrgUnit unit) {
    }

    Optional<Context> context(String workerId) {
        return workers.find(workerId).map(worker -> new Context(worker.getWorkerId(), worker.getName(),
                worker.getRole(), worker.getStatus(),
                organisation.findUnitOfCommunity(worker.getCommunityCode()).orElseThrow()));
    }

    /**
     * Why the proposal cannot be made, if it cannot: a worker no longer in the workforce; an elected member of the two
     * committees, who leaves office by recall (罢免) or election, not by the street ending a contract (《意见》第1条;
     * 《城市居民委员会组织法》); Art. 39(1) for a worker not in probation.
     */
    Optional<Violation> refusal(Context worker, Ground ground) {
        String field = DismissalProcess.WORKER_ID.name();
        if (!WorkerStatus.IN_HEADCOUNT.contains(worker.status())) {
            return Optional.of(Violation.of(field, "in-workforce", "不予受理:" + worker.workerName()
                    + "已不在社区工作者队伍中,没有可以解除的劳动合同"));
        }
        String post = ELECTED_POSTS.get(worker.role());
        if (post != null) {
            return Optional.of(Violation.of(field, "not-elected", "不予受理:" + worker.workerName() + "是" + post
                    + ",属选举产生的社区“两委”成员,应依法罢免或经选举更替,不能由街道以解除劳动合同的方式辞退;"
                    + "如其严重违纪违法,请向县委组织部门提出罢免建议"));
        }
        if (ground == Ground.PROBATION_UNFIT && worker.status() != WorkerStatus.PROBATION) {
            return Optional.of(Violation.of(DismissalProcess.GROUND.name(), "in-probation", "不予受理:"
                    + "《劳动合同法》第三十九条第(一)项只适用于试用期内的劳动者,而" + worker.workerName() + "不在试用期内"));
        }
        return Optional.empty();
    }

    /** The proposal as the case recorded it, kept for the answers that follow. */
    @Transactional
    void record(String processInstanceId, String workerId, Ground ground) {
        jdbc.sql("""
                insert into dismissal (process_instance_id, worker_id, ground, proposed_on)
                values (:process, :worker, :ground, :on)""")
                .param("process", processInstanceId).param("worker", workerId).param("ground", ground.name())
                .param("on", today()).update();
    }

    /** The worker's statement, or the written record that they declined to make one. */
    @Transactional
    void recordStatement(String processInstanceId, StatementKind kind, LocalDate on, String statement) {
        requireOne(jdbc.sql("""
                update dismissal set statement_kind = :kind, statement_on = :on, statement = :statement
                 where process_instance_id = :process""")
                .param("process", processInstanceId).param("kind", kind.name()).param("on", on)
                .param("statement", statement).update(), processInstanceId);
    }

    /** The street trade union's opinion, given today. */
    @Transactional
    void recordUnionOpinion(String processInstanceId, boolean agrees, String opinion) {
        requireOne(jdbc.sql("""
                update dismissal set union_agrees = :agrees, union_opinion = :opinion, union_answered_on = :on
                 where process_instance_id = :process""")
                .param("process", processInstanceId).param("agrees", agrees).param("opinion", opinion)
                .param("on", today()).update(), processInstanceId);
    }

    /** Whether the union objected to the proposal; an error if it has not answered. */
    boolean unionObjected(String processInstanceId) {
        Boolean agrees = jdbc.sql("select union_agrees from dismissal where process_instance_id = :process")
                .param("process", processInstanceId).query(Boolean.class).optional().orElse(null);
        if (agrees == null) {
            throw new IllegalStateException("dismissal " + processInstanceId + " has no opinion of the union");
        }
        return !agrees;
    }

    /** Whether the worker of the dismissal can still be dismissed (is still in the workforce). */
    boolean workerStillEmployed(String processInstanceId) {
        String workerId = of(processInstanceId).workerId();
        return workers.find(workerId).map(worker -> WorkerStatus.IN_HEADCOUNT.contains(worker.getStatus()))
                .orElse(false);
    }

    /** The street party working committee's decision, taken today, with its written reply to the union. */
    @Transactional
    void recordDecision(String processInstanceId, boolean dismissed, String opinion, String replyToUnion) {
        requireOne(jdbc.sql("""
                update dismissal set dismissed = :dismissed, decision_opinion = :opinion, reply_to_union = :reply,
                       decided_on = :on
                 where process_instance_id = :process""")
                .param("process", processInstanceId).param("dismissed", dismissed).param("opinion", opinion)
                .param("reply", replyToUnion).param("on", today()).update(), processInstanceId);
    }

    /** A dismissal as recorded. */
    record Dismissal(String workerId, Ground ground, LocalDate proposedOn, StatementKind statementKind,
            LocalDate statementOn, Boolean unionAgrees, LocalDate unionAnsweredOn, Boolean dismissed,
            String replyToUnion, LocalDate decidedOn, LocalDate contractEndedOn) {
    }

    Dismissal of(String processInstanceId) {
        return jdbc.sql("""
                select worker_id, ground, proposed_on, statement_kind, statement_on, union_agrees, union_answered_on,
                       dismissed, reply_to_union, decided_on, contract_ended_on
                  from dismissal where process_instance_id = :process""")
                .param("process", processInstanceId)
                .query((rs, i) -> new Dismissal(rs.getString(1), Ground.valueOf(rs.getString(2)),
                        rs.getObject(3, LocalDate.class),
                        rs.getString(4) == null ? null : StatementKind.valueOf(rs.getString(4)),
                        rs.getObject(5, LocalDate.class), (Boolean) rs.getObject(6), rs.getObject(7, LocalDate.class),
                        (Boolean) rs.getObject(8), rs.getString(9), rs.getObject(10, LocalDate.class),
                        rs.getObject(11, LocalDate.class)))
                .optional().orElseThrow(() -> new IllegalStateException("no dismissal " + processInstanceId));
    }

    /**
     * Ends the contract of the dismissal's worker as the street party working committee decided: TERMINATED from the
     * day of the decision, the change log's ground naming the item of Art. 39, the statement, the union's notification
     * (Art. 43) and that no severance is paid (Art. 46).
     *
     * @throws IllegalStateException without a decision to dismiss, a recorded statement or the union's opinion
     */
    @Transactional
    LocalDate endContract(String processInstanceId) {
        Dismissal dismissal = of(processInstanceId);
        if (!Boolean.TRUE.equals(dismissal.dismissed()) || dismissal.statementKind() == null
                || dismissal.unionAgrees() == null) {
            throw new IllegalStateException("dismissal " + processInstanceId
                    + " has no decision to dismiss, recorded statement or opinion of the union");
        }
        LocalDate end = dismissal.decidedOn();
        String ground = "依" + dismissal.ground().citation() + ",解除劳动合同;"
                + (dismissal.statementKind() == StatementKind.STATED ? dismissal.statementOn() + "已听取本人陈述、申辩"
                        : dismissal.statementOn() + "本人经告知后书面放弃陈述、申辩")
                + ";" + dismissal.unionAnsweredOn() + "前已事先将理由通知工会(" + ARTICLE_43 + "),"
                + (dismissal.unionAgrees() ? "工会无异议" : "工会提出异议,街道党工委已研究并书面答复工会")
                + ";" + NO_SEVERANCE + "。";
        String details = "ground=" + dismissal.ground().name() + ", proposedOn=" + dismissal.proposedOn()
                + ", statementKind=" + dismissal.statementKind() + ", statementOn=" + dismissal.statementOn()
                + ", unionAgrees=" + dismissal.unionAgrees() + ", unionAnsweredOn=" + dismissal.unionAnsweredOn()
                + ", decidedOn=" + end + ", severance=0";
        changes.endContract(dismissal.workerId(), end, dismissal.ground().cause(), ground, details,
                processInstanceId);
        requireOne(jdbc.sql("update dismissal set contract_ended_on = :end where process_instance_id = :process")
                .param("process", processInstanceId).param("end", end).update(), processInstanceId);
        return end;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static void requireOne(int updated, String processInstanceId) {
        if (updated != 1) {
            throw new IllegalStateException("no dismissal " + processInstanceId);
        }
    }
}
