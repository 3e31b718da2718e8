package cn.communityworkers.promotion;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.communityworkers.system.NotFoundException;
import cn.communityworkers.system.RuleViolationException;
import cn.communityworkers.system.SystemActions;
import cn.communityworkers.workforce.DisciplinaryActions;
import cn.communityworkers.workforce.Rating;
import cn.communityworkers.workforce.SecretaryTerm;
import cn.communityworkers.workforce.Worker;
import cn.communityworkers.workforce.WorkerStatus;

/**
 * Secretary promotion (优秀社区党组织书记择优聘用), 《意见》第13条: one per county and year; every secretary of the
 * county evaluated against the rules (the decision table keeps why), the streets' nominations among the eligible,
 * the county's review and ranking within the posts, public notice with objections, and who is finally selected.
 */
@Service
public class PromotionService {

    /** The assessment years that count for "excellent performance": the five before the promotion year. */
    static final int RATING_YEARS = 5;

    /** Where a secretary stands in a promotion. */
    enum Stage {
        EVALUATED, NOMINATED, REVIEW_PASSED, REVIEW_FAILED, SELECTED, RESERVE, OBJECTION_UPHELD, HIRED, HIRE_REFUSED
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final JdbcClient jdbc;
    private final HistoryService historyService;
    private final RuntimeService runtimeService;
    private final SystemActions systemActions;
    private final Clock clock;

    PromotionService(JdbcClient jdbc, HistoryService historyService, RuntimeService runtimeService,
            SystemActions systemActions, Clock clock) {
        this.jdbc = jdbc;
        this.historyService = historyService;
        this.runtimeService = runtimeService;
        this.systemActions = systemActions;
        this.clock = clock;
    }

    /** Registers the promotion; false if the county already has one for that year (nothing starts twice). */
    @Transactional
    boolean register(String processInstanceId, String countyCode, int year, int posts) {
        try {
            jdbc.sql("""
                    insert into promotion (process_instance_id, county_code, promotion_year, posts, created_at)
                    values (:id, :county, :year, :posts, :now)""")
                    .param("id", processInstanceId).param("county", countyCode).param("year", year)
                    .param("posts", posts).param("now", java.sql.Timestamp.from(Instant.now(clock))).update();
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    /** The county's community party secretaries in the community-worker headcount, in id order. */
    List<String> secretaries(String countyCode) {
        return jdbc.sql("""
                select w.worker_id from worker w
                  join community c on c.code = w.community_code
                  join street s on s.code = c.street_code
                 where s.county_code = :county and w.role = 'SECRETARY' and w.status in (:statuses)
                 order by w.worker_id""")
                .param("county", countyCode)
                .param("statuses", WorkerStatus.IN_HEADCOUNT.stream().map(Enum::name).toList())
                .query(String.class).list();
    }

    /** The day eligibility is judged on: 1 January of the promotion year. */
    static LocalDate asOf(int year) {
        return LocalDate.of(year, 1, 1);
    }

    /** What the decision table is given about one secretary, as of 1 January of the promotion year. */
    record EligibilityInputs(int continuousYears, int completedTerms, int excellentYears, int belowQualifiedYears,
            boolean underDisciplinaryAction, int age, int yearsToRetirement, boolean underInvestigation) {
    }

    /**
     * Counts, as of 1 January of {@code year}: whole years of continuous community work since
     * {@code continuousSince} (the registry's {@code continuousCommunityWorkSince}: {@code communityWorkSince}, or earlier
     * where periods credited from elsewhere in the province lead up to it without a gap; credited years with a gap do
     * not count, the Opinions say 连续); secretary terms
     * completed by then; EXCELLENT ratings and ratings below QUALIFIED in the {@value #RATING_YEARS} assessment years
     * before {@code year}; age in whole years and years to {@code retirementAge}; whether a disciplinary action has
     * effect on any day from then up to {@code judgedOn} (the day the table judges; an action decided since 1 January
     * counts too); whether the worker is under investigation now. The thresholds are the decision table's.
     */
    static EligibilityInputs inputs(Worker worker, LocalDate continuousSince, Map<Integer, Rating> ratings,
            List<DisciplinaryActions.Action> actions, int retirementAge, int year, LocalDate judgedOn) {
        LocalDate asOf = asOf(year);
        int continuous = continuousSince.isAfter(asOf) ? 0 : Period.between(continuousSince, asOf).getYears();
        int completed = 0;
        for (SecretaryTerm term : worker.getSecretaryTerms()) {
            if (term.completed() && term.end() != null && term.end().isBefore(asOf)) {
                completed++;
            }
        }
        int excellent = 0;
        int belowQualified = 0;
        for (int y = year - RATING_YEARS; y < year; y++) {
            Rating rating = ratings.get(y);
            if (rating == Rating.EXCELLENT) {
                excellent++;
            } else if (rating == Rating.BASICALLY_QUALIFIED || rating == Rating.UNQUALIFIED) {
                belowQualified++;
            }
        }
        int age = Period.between(worker.getBirthDate(), asOf).getYears();
        boolean disciplined = DisciplinaryActions.strongestBetween(actions, asOf,
                judgedOn.isBefore(asOf) ? asOf : judgedOn).isPresent();
        return new EligibilityInputs(continuous, completed, excellent, belowQualified, disciplined, age,
                retirementAge - age, worker.isUnderInvestigation());
    }

    /** One rule of the decision table for one secretary: passed or not, and why. */
    public record Reason(String rule, boolean passed, String reason) {
    }

    /** Eligible when the decision gave at least one rule and every rule passed. */
    static boolean eligible(List<Reason> reasons) {
        return !reasons.isEmpty() && reasons.stream().allMatch(Reason::passed);
    }

    /** Keeps the decision's result for one secretary, with the activity instance that evaluated it. */
    @Transactional
    void recordEligibility(String processInstanceId, String workerId, List<Reason> reasons, String activityInstanceId) {
        jdbc.sql("""
                insert into promotion_secretary (promotion_id, worker_id, street_code, eligible, reasons,
                  activity_instance_id, stage)
                select :promotion, w.worker_id, c.street_code, :eligible, :reasons, :activity, 'EVALUATED'
                  from worker w join community c on c.code = w.community_code where w.worker_id = :worker""")
                .param("promotion", processInstanceId).param("eligible", eligible(reasons))
                .param("reasons", write(reasons)).param("activity", activityInstanceId).param("worker", workerId)
                .update();
    }

    /** The streets that have eligible secretaries in the promotion. */
    List<String> streetsWithEligible(String processInstanceId) {
        return jdbc.sql("select distinct street_code from promotion_secretary where promotion_id = :p and eligible "
                        + "order by street_code")
                .param("p", processInstanceId).query(String.class).list();
    }

    /** A secretary in a promotion, as the tasks and the API show them. */
    public record Secretary(String workerId, String workerName, String communityName, String streetCode,
            String streetName, boolean eligible, String reasons, String activityInstanceId, String stage,
            BigDecimal assessmentScore, Integer rankNo) {

        public List<Reason> reasonList() {
            return read(reasons);
        }

        /** The reasons in one line, e.g. for a refusal. */
        String failedReasons() {
            return String.join(";", reasonList().stream().filter(r -> !r.passed()).map(Reason::reason).toList());
        }
    }

    private static final String SECRETARY_SELECT = """
            select p.worker_id, w.name as worker_name, c.name as community_name, p.street_code, s.name as street_name,
                   p.eligible, p.reasons, p.activity_instance_id, p.stage, p.assessment_score, p.rank_no
              from promotion_secretary p
              join worker w on w.worker_id = p.worker_id
              join community c on c.code = w.community_code
              join street s on s.code = p.street_code
            """;

    List<Secretary> secretariesOf(String processInstanceId) {
        return jdbc.sql(SECRETARY_SELECT + " where p.promotion_id = :p order by p.street_code, p.worker_id")
                .param("p", processInstanceId).query(Secretary.class).list();
    }

    Optional<Secretary> secretary(String processInstanceId, String workerId) {
        return jdbc.sql(SECRETARY_SELECT + " where p.promotion_id = :p and p.worker_id = :w")
                .param("p", processInstanceId).param("w", workerId).query(Secretary.class).optional();
    }

    List<Secretary> eligibleOfStreet(String processInstanceId, String streetCode) {
        return secretariesOf(processInstanceId).stream()
                .filter(s -> s.eligible() && s.streetCode().equals(streetCode)).toList();
    }

    /**
     * Why each nominee may not be nominated by the street: not a secretary evaluated in this promotion, of another
     * street, not eligible (with the failed rules), or named twice. Empty when the nomination stands.
     */
    List<String> nominationProblems(String processInstanceId, String streetCode, List<String> nominees) {
        List<String> problems = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (String workerId : nominees) {
            Optional<Secretary> secretary = secretary(processInstanceId, workerId);
            if (seen.contains(workerId)) {
                problems.add(workerId + " 重复推荐");
            } else if (secretary.isEmpty()) {
                problems.add(workerId + " 不是本次择优聘用中的社区党组织书记");
            } else if (!secretary.get().streetCode().equals(streetCode)) {
                problems.add(secretary.get().workerName() + "(" + workerId + ")不是本街道的社区党组织书记");
            } else if (!secretary.get().eligible()) {
                problems.add(secretary.get().workerName() + "(" + workerId + ")不符合择优聘用条件:"
                        + secretary.get().failedReasons());
            }
            seen.add(workerId);
        }
        return problems;
    }

    /** The street's nominees (checked by {@link #nominationProblems}) go on to the county's review. */
    @Transactional
    void nominate(String processInstanceId, List<String> nominees) {
        for (String workerId : nominees) {
            move(processInstanceId, workerId, Stage.EVALUATED, Stage.NOMINATED);
        }
    }

    List<String> nominated(String processInstanceId) {
        return workersAt(processInstanceId, Stage.NOMINATED);
    }

    /** The county organisation department's review (考察) of one nominee of this promotion; anyone else is an error. */
    @Transactional
    void review(String processInstanceId, String workerId, boolean passed, BigDecimal score) {
        int reviewed = jdbc.sql("update promotion_secretary set stage = :to, assessment_score = :score "
                        + "where promotion_id = :p and worker_id = :w and stage = 'NOMINATED'")
                .param("to", (passed ? Stage.REVIEW_PASSED : Stage.REVIEW_FAILED).name()).param("score", score)
                .param("p", processInstanceId).param("w", workerId).update();
        if (reviewed != 1) {
            throw new IllegalStateException("secretary " + workerId + " is not NOMINATED in promotion " + processInstanceId);
        }
    }

    /**
     * Ranks the nominees who passed the review by assessment score (ties: the longer community work, then worker
     * id): the first {@code posts} are selected for the public notice, the rest are the reserve. Returns how many
     * were selected.
     */
    @Transactional
    int rank(String processInstanceId) {
        List<String> ranked = jdbc.sql("""
                select p.worker_id from promotion_secretary p join worker w on w.worker_id = p.worker_id
                 where p.promotion_id = :p and p.stage = 'REVIEW_PASSED'
                 order by p.assessment_score desc, w.community_work_since, p.worker_id""")
                .param("p", processInstanceId).query(String.class).list();
        int posts = posts(processInstanceId);
        for (int i = 0; i < ranked.size(); i++) {
            jdbc.sql("update promotion_secretary set rank_no = :rank, stage = :stage where promotion_id = :p and worker_id = :w")
                    .param("rank", i + 1).param("stage", (i < posts ? Stage.SELECTED : Stage.RESERVE).name())
                    .param("p", processInstanceId).param("w", ranked.get(i)).update();
        }
        return Math.min(posts, ranked.size());
    }

    /** Whether an objection can concern this secretary: selected and on notice in this promotion. */
    boolean onNotice(String processInstanceId, String workerId) {
        return secretary(processInstanceId, workerId).filter(s -> Stage.SELECTED.name().equals(s.stage())).isPresent();
    }

    /** An objection was upheld: the secretary is out of this promotion. */
    @Transactional
    void upholdObjection(String processInstanceId, String workerId) {
        move(processInstanceId, workerId, Stage.SELECTED, Stage.OBJECTION_UPHELD);
    }

    /**
     * After the notice: each post left empty by an upheld objection goes to the next on the reserve in rank order
     * (递补). Returns who moved up; they are on notice in turn.
     */
    @Transactional
    List<String> fillVacatedPosts(String processInstanceId) {
        int vacant = posts(processInstanceId) - workersAt(processInstanceId, Stage.SELECTED).size();
        List<String> reserve = jdbc.sql("select worker_id from promotion_secretary where promotion_id = :p "
                        + "and stage = 'RESERVE' order by rank_no")
                .param("p", processInstanceId).query(String.class).list();
        List<String> movedUp = reserve.subList(0, Math.max(0, Math.min(vacant, reserve.size())));
        movedUp.forEach(workerId -> move(processInstanceId, workerId, Stage.RESERVE, Stage.SELECTED));
        return List.copyOf(movedUp);
    }

    List<String> selected(String processInstanceId) {
        return jdbc.sql("select worker_id from promotion_secretary where promotion_id = :p and stage = 'SELECTED' "
                        + "order by rank_no")
                .param("p", processInstanceId).query(String.class).list();
    }

    /**
     * That the secretary stands at {@code stage} in this promotion, as it recorded them (e.g. a branch per selected
     * secretary acts for one of them only); an error otherwise.
     */
    void requireStage(String processInstanceId, String workerId, Stage stage) {
        if (secretary(processInstanceId, workerId).filter(s -> stage.name().equals(s.stage())).isEmpty()) {
            throw new IllegalStateException("secretary " + workerId + " is not " + stage + " in promotion "
                    + processInstanceId);
        }
    }

    /** The county HRSS's decision on the hire of a selected secretary. */
    @Transactional
    void recordHireDecision(String processInstanceId, String workerId, boolean approved) {
        move(processInstanceId, workerId, Stage.SELECTED, approved ? Stage.HIRED : Stage.HIRE_REFUSED);
    }

    Optional<String> promotionOf(String countyCode, int year) {
        return jdbc.sql("select process_instance_id from promotion where county_code = :county and promotion_year = :year")
                .param("county", countyCode).param("year", year).query(String.class).optional();
    }

    /** One secretary's evaluation: the rules' outcomes and the decision instance (in Cockpit) that gave them. */
    record Eligibility(String workerId, String workerName, String communityName, String streetName, boolean eligible,
            List<Reason> reasons, String stage, String decisionInstanceId) {
    }

    /** The eligibility of every secretary evaluated in the county's promotion of a year, with its decision. */
    List<Eligibility> eligibility(String countyCode, int year) {
        String promotion = promotionOf(countyCode, year)
                .orElseThrow(() -> new NotFoundException("书记选拔", countyCode + "/" + year));
        Map<String, String> decisionByActivity = new HashMap<>();
        systemActions.run(() -> historyService.createHistoricDecisionInstanceQuery().processInstanceId(promotion)
                .decisionDefinitionKey(PromotionProcess.ELIGIBILITY_DECISION).list())
                .forEach(decision -> decisionByActivity.put(decision.getActivityInstanceId(), decision.getId()));
        return secretariesOf(promotion).stream().map(s -> new Eligibility(s.workerId(), s.workerName(),
                s.communityName(), s.streetName(), s.eligible(), s.reasonList(), s.stage(),
                decisionByActivity.get(s.activityInstanceId()))).toList();
    }

    /** An objection received, and the promotion whose investigation it opened. */
    record ObjectionReceipt(String workerId, String workerName, String processInstanceId) {
    }

    /**
     * An objection to a secretary on public notice in the county's promotion of a year: it opens the investigation
     * (message {@value PromotionProcess#MESSAGE_OBJECTION}). 404 without such a promotion, 409 when the secretary is
     * not on notice or the notice is over.
     */
    ObjectionReceipt object(String countyCode, int year, String workerId, String objection) {
        String promotion = promotionOf(countyCode, year)
                .orElseThrow(() -> new NotFoundException("书记选拔", countyCode + "/" + year));
        boolean noticeOpen = systemActions.run(() -> runtimeService.createExecutionQuery().processInstanceId(promotion)
                .messageEventSubscriptionName(PromotionProcess.MESSAGE_OBJECTION).count()) > 0;
        if (!noticeOpen || !onNotice(promotion, workerId)) {
            throw RuleViolationException.conflict(PromotionProcess.WORKER_ID.name(), "on-notice",
                    "社区工作者" + workerId + " 不在本次选拔的公示名单中");
        }
        Map<String, Object> message = new HashMap<>();
        PromotionProcess.WORKER_ID.put(message, workerId);
        PromotionProcess.OBJECTION.put(message, objection);
        systemActions.run(() -> runtimeService.createMessageCorrelation(PromotionProcess.MESSAGE_OBJECTION)
                .processInstanceId(promotion).setVariables(message).correlateWithResult());
        return new ObjectionReceipt(workerId, secretary(promotion, workerId).orElseThrow().workerName(), promotion);
    }

    private int posts(String processInstanceId) {
        return jdbc.sql("select posts from promotion where process_instance_id = :p").param("p", processInstanceId)
                .query(Integer.class).single();
    }

    private List<String> workersAt(String processInstanceId, Stage stage) {
        return jdbc.sql("select worker_id from promotion_secretary where promotion_id = :p and stage = :stage "
                        + "order by worker_id")
                .param("p", processInstanceId).param("stage", stage.name()).query(String.class).list();
    }

    private void move(String processInstanceId, String workerId, Stage from, Stage to) {
        int moved = jdbc.sql("update promotion_secretary set stage = :to where promotion_id = :p and worker_id = :w "
                        + "and stage = :from")
                .param("to", to.name()).param("p", processInstanceId).param("w", workerId).param("from", from.name())
                .update();
        if (moved != 1) {
            throw new IllegalStateException("secretary " + workerId + " is not " + from + " in promotion " + processInstanceId);
        }
    }

    private static String write(List<Reason> reasons) {
        try {
            return JSON.writeValueAsString(reasons);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Reason> read(String reasons) {
        try {
            return JSON.readValue(reasons, new TypeReference<>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
