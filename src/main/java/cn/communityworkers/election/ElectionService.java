package cn.communityworkers.election;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import cn.communityworkers.organisation.OrgUnit;
import cn.communityworkers.organisation.OrganisationService;
import cn.communityworkers.system.Variable;
import cn.communityworkers.workforce.CareerChanges;
import cn.communityworkers.workforce.Role;
import cn.communityworkers.workforce.SecretaryTerm;
import cn.communityworkers.workforce.Worker;
import cn.communityworkers.workforce.WorkerRegistry;
import cn.communityworkers.workforce.WorkerStatus;

/**
 * The elections of the communities' two committees (tables {@code community_election}, {@code
 * community_election_post}, {@code community_election_outgoing}): checking a result, registering it in the
 * workforce registry through {@link CareerChanges}, the secretary's filing and the outgoing leaders to be audited.
 */
@Service
class ElectionService {

    static final String SECRETARY = "社区党组织书记";
    static final String DIRECTOR = "居民委员会主任";
    private static final Set<Role> COMMITTEE = Set.of(Role.SECRETARY, Role.DIRECTOR, Role.DEPUTY, Role.COMMITTEE_MEMBER);
    private static final Map<Role, String> POST_NAMES = Map.of(Role.SECRETARY, SECRETARY, Role.DIRECTOR, DIRECTOR,
            Role.DEPUTY, "副书记、副主任", Role.COMMITTEE_MEMBER, "“两委”委员", Role.STAFF, "社区专职工作人员");

    /** What checking a result found: the community's units and the elected people's names by id. */
    record Context(OrgUnit unit, ElectionResult result, Map<String, String> names) {

        String name(String workerId) {
            return names.get(workerId);
        }
    }

    /** What registering an election changed: its outgoing leaders, and every worker it elected or moved. */
    record Registered(List<Outgoing> outgoing, Set<String> workers) {
    }

    /** An outgoing secretary or director of an election, with the posts they leave. */
    record Outgoing(String workerId, String workerName, String posts) {
    }

    private final JdbcClient jdbc;
    private final OrganisationService organisation;
    private final WorkerRegistry registry;
    private final CareerChanges careers;
    private final ElectionProperties properties;
    private final Clock clock;

    ElectionService(JdbcClient jdbc, OrganisationService organisation, WorkerRegistry registry, CareerChanges careers,
            ElectionProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.organisation = organisation;
        this.registry = registry;
        this.careers = careers;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Checks a result: a registered community; a day not in the future and after the community's last registered
     * election; each person a registered worker of that community still in the workforce; nobody in two posts but the
     * secretary who is also director (一肩挑); a secretary who is a party member.
     */
    Context check(ElectionResult result) {
        OrgUnit unit = organisation.findUnitOfCommunity(result.communityCode())
                .orElseThrow(() -> ElectionProcess.COMMUNITY_CODE.refusal("不是登记的社区:" + result.communityCode()));
        LocalDate today = LocalDate.now(clock);
        if (result.electionDate().isAfter(today)) {
            throw ElectionProcess.ELECTION_DATE.refusal("不能晚于今天(" + today + ")");
        }
        lastElection(result.communityCode()).filter(last -> !result.electionDate().isAfter(last)).ifPresent(last -> {
            throw ElectionProcess.ELECTION_DATE.refusal("须晚于本社区上次登记的换届选举日期(" + last + ")");
        });
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, String> postOf = new LinkedHashMap<>();
        elected(result, ElectionProcess.SECRETARY_ID, result.secretaryId(), SECRETARY, unit, names, postOf);
        if (!result.onePerson()) {
            elected(result, ElectionProcess.DIRECTOR_ID, result.directorId(), DIRECTOR, unit, names, postOf);
        }
        for (String deputy : result.deputyIds()) {
            elected(result, ElectionProcess.DEPUTY_IDS, deputy, POST_NAMES.get(Role.DEPUTY), unit, names, postOf);
        }
        for (String member : result.memberIds()) {
            elected(result, ElectionProcess.MEMBER_IDS, member, POST_NAMES.get(Role.COMMITTEE_MEMBER), unit, names,
                    postOf);
        }
        Worker secretary = registry.find(result.secretaryId()).orElseThrow();
        if (!secretary.isPartyMember()) {
            throw ElectionProcess.SECRETARY_ID.refusal("须为中共党员:" + secretary.getName() + "不是党员");
        }
        return new Context(unit, result, names);
    }

    private void elected(ElectionResult result, Variable<?> field, String workerId, String post, OrgUnit unit,
            Map<String, String> names, Map<String, String> postOf) {
        Worker worker = registry.find(workerId)
                .orElseThrow(() -> field.refusal("不是登记的社区工作者:" + workerId));
        if (!worker.getCommunityCode().equals(result.communityCode())) {
            throw field.refusal(worker.getName() + "(" + workerId + ")不是" + unit.communityName() + "的社区工作者");
        }
        if (!WorkerStatus.IN_HEADCOUNT.contains(worker.getStatus())) {
            throw field.refusal(worker.getName() + "(" + workerId + ")已不在社区工作者队伍中");
        }
        String held = postOf.putIfAbsent(workerId, post);
        if (held != null) {
            throw field.refusal(worker.getName() + "已当选" + held + ",不能同时担任" + post
                    + "(一人只能担任一个职务,书记兼任居民委员会主任即“一肩挑”的除外)");
        }
        names.put(workerId, worker.getName());
    }

    /**
     * Registers a checked result (the recorded case's): the election and its posts, the outgoing secretaries and
     * directors; each elected person's role (and with it post category, grade and pay, by the grading rules), each
     * former committee member not elected again a full-time staff member; the outgoing secretary's term ends the day
     * before, the new secretary's term starts on the day (a re-elected secretary's term ends and a new one starts).
     * Every change is logged with the ground and the process.
     */
    Registered register(String processInstanceId, ElectionResult result) {
        String community = result.communityCode();
        LocalDate day = result.electionDate();
        String ground = "社区“两委”换届选举(" + day + "),《关于加强社区工作者队伍建设的意见》第1条";
        List<Worker> before = jdbc.sql("""
                select worker_id from worker where community_code = :community and role in (:roles)
                   and status in (:statuses) order by worker_id""")
                .param("community", community).param("roles", COMMITTEE.stream().map(Enum::name).toList())
                .param("statuses", WorkerStatus.IN_HEADCOUNT.stream().map(Enum::name).toList())
                .query(String.class).list().stream().map(id -> registry.find(id).orElseThrow()).toList();
        Set<String> formerDirectors = new LinkedHashSet<>();
        before.stream().filter(w -> w.getRole() == Role.DIRECTOR).forEach(w -> formerDirectors.add(w.getWorkerId()));
        lastOnePersonSecretary(community).ifPresent(formerDirectors::add);

        jdbc.sql("""
                insert into community_election (process_instance_id, community_code, election_date, secretary_id,
                  director_id, filing_status, filing_returns)
                values (:process, :community, :day, :secretary, :director, 'PENDING', 0)""")
                .param("process", processInstanceId).param("community", community).param("day", day)
                .param("secretary", result.secretaryId()).param("director", result.directorId()).update();
        Map<String, Role> roles = new LinkedHashMap<>();
        roles.put(result.secretaryId(), Role.SECRETARY);
        roles.putIfAbsent(result.directorId(), Role.DIRECTOR);
        result.deputyIds().forEach(id -> roles.putIfAbsent(id, Role.DEPUTY));
        result.memberIds().forEach(id -> roles.putIfAbsent(id, Role.COMMITTEE_MEMBER));
        post(processInstanceId, result.secretaryId(), Role.SECRETARY);
        post(processInstanceId, result.directorId(), Role.DIRECTOR);
        result.deputyIds().forEach(id -> post(processInstanceId, id, Role.DEPUTY));
        result.memberIds().forEach(id -> post(processInstanceId, id, Role.COMMITTEE_MEMBER));

        List<Outgoing> outgoing = new ArrayList<>();
        for (Worker worker : before) {
            String id = worker.getWorkerId();
            List<String> left = new ArrayList<>();
            if (worker.getRole() == Role.SECRETARY && !id.equals(result.secretaryId())) {
                left.add(SECRETARY);
                endTerm(worker, day, ground + ",离任", processInstanceId);
            }
            if (formerDirectors.contains(id) && !id.equals(result.directorId())) {
                left.add(DIRECTOR);
            }
            if (!left.isEmpty()) {
                Outgoing leader = new Outgoing(id, worker.getName(), String.join("、", left));
                outgoing.add(leader);
                jdbc.sql("""
                        insert into community_election_outgoing (process_instance_id, worker_id, posts)
                        values (:process, :worker, :posts)""")
                        .param("process", processInstanceId).param("worker", id).param("posts", leader.posts()).update();
            }
            if (!roles.containsKey(id)) {
                careers.changeRole(id, Role.STAFF, ground + ",未再当选“两委”成员,转为社区专职工作人员", processInstanceId);
            }
        }
        Worker secretary = registry.find(result.secretaryId()).orElseThrow();
        endTerm(secretary, day, ground + ",连任,本届任期结束", processInstanceId);
        careers.startSecretaryTerm(secretary.getWorkerId(), day, ground + ",当选社区党组织书记"
                + (result.onePerson() ? "并兼任居民委员会主任(“一肩挑”)" : ""), processInstanceId);
        roles.forEach((id, role) -> {
            Worker worker = registry.find(id).orElseThrow();
            if (worker.getRole() != role) {
                careers.changeRole(id, role, ground + ",当选" + POST_NAMES.get(role), processInstanceId);
            }
        });
        Set<String> workers = new LinkedHashSet<>(roles.keySet());
        before.forEach(worker -> workers.add(worker.getWorkerId()));
        return new Registered(outgoing, workers);
    }

    private void post(String processInstanceId, String workerId, Role post) {
        jdbc.sql("insert into community_election_post (process_instance_id, worker_id, post) values (:p, :w, :post)")
                .param("p", processInstanceId).param("w", workerId).param("post", post.name()).update();
    }

    private void endTerm(Worker worker, LocalDate electionDay, String ground, String processInstanceId) {
        LocalDate end = electionDay.minusDays(1);
        Optional<SecretaryTerm> running = worker.getSecretaryTerms().stream().filter(t -> t.end() == null).findFirst();
        running.ifPresent(term -> careers.endSecretaryTerm(worker.getWorkerId(), end,
                !term.start().plus(properties.fullTermAtLeast()).isAfter(end.plusDays(1)), ground, processInstanceId));
    }

    private Optional<LocalDate> lastElection(String communityCode) {
        return jdbc.sql("select max(election_date) from community_election where community_code = :community")
                .param("community", communityCode).query(LocalDate.class).optional();
    }

    /** The secretary of the community's last registered election if they were also its director (一肩挑). */
    private Optional<String> lastOnePersonSecretary(String communityCode) {
        return jdbc.sql("""
                select secretary_id from community_election where community_code = :community
                   and secretary_id = director_id order by election_date desc""")
                .param("community", communityCode).query(String.class).list().stream().findFirst();
    }

    /** The outgoing secretaries and directors of an election, one audit branch each. */
    List<Outgoing> outgoing(String processInstanceId) {
        return jdbc.sql("""
                select o.worker_id, w.name, o.posts from community_election_outgoing o
                  join worker w on w.worker_id = o.worker_id
                 where o.process_instance_id = :process order by o.worker_id""")
                .param("process", processInstanceId)
                .query((rs, row) -> new Outgoing(rs.getString(1), rs.getString(2), rs.getString(3))).list();
    }

    /** The outgoing leader of this election, if the worker is one. */
    Optional<Outgoing> outgoing(String processInstanceId, String workerId) {
        return outgoing(processInstanceId).stream().filter(o -> o.workerId().equals(workerId)).findFirst();
    }

    /** The county organisation department's answer to the filing: filed (备案) or sent back with its reasons. */
    void recordFiling(String processInstanceId, boolean accepted, String opinion) {
        LocalDate today = LocalDate.now(clock);
        jdbc.sql("""
                update community_election set filing_status = :status, filing_opinion = :opinion,
                       filing_returns = filing_returns + :returned, filed_on = :filedOn
                 where process_instance_id = :process""")
                .param("status", accepted ? "FILED" : "RETURNED").param("opinion", opinion)
                .param("returned", accepted ? 0 : 1).param("filedOn", accepted ? today : null)
                .param("process", processInstanceId).update();
    }

    /** A line per post for the forms: who was elected to what, and who leaves. */
    String summary(ElectionResult result, List<Outgoing> outgoing) {
        StringBuilder text = new StringBuilder();
        text.append(SECRETARY).append(":").append(names(List.of(result.secretaryId())));
        text.append("\n").append(DIRECTOR).append(":").append(names(List.of(result.directorId())))
                .append(result.onePerson() ? "(书记、主任“一肩挑”)" : "");
        text.append("\n").append(POST_NAMES.get(Role.DEPUTY)).append(":").append(names(result.deputyIds()));
        text.append("\n").append(POST_NAMES.get(Role.COMMITTEE_MEMBER)).append(":").append(names(result.memberIds()));
        text.append("\n离任的书记、主任:").append(outgoing.isEmpty() ? "无" : outgoing.stream()
                .map(o -> o.workerName() + "(" + o.posts() + ")").collect(Collectors.joining("、")));
        return text.toString();
    }

    private String names(List<String> ids) {
        return ids.isEmpty() ? "无" : ids.stream().map(id -> registry.find(id).map(Worker::getName).orElse(id))
                .collect(Collectors.joining("、"));
    }
}
