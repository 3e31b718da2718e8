package cn.communityworkers.demo;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.Job;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.communityworkers.organisation.County;
import cn.communityworkers.organisation.CountyFigures;
import cn.communityworkers.organisation.OrganisationService;
import cn.communityworkers.election.ElectionProcess;
import cn.communityworkers.organisation.UnitGroups;
import cn.communityworkers.secondment.SecondmentProcess;
import cn.communityworkers.system.CurrentUser;
import cn.communityworkers.system.RuleViolationException;
import cn.communityworkers.workforce.CareerChanges;
import cn.communityworkers.workforce.PayAdjustmentProcess;
import cn.communityworkers.workforce.WorkerCsv;
import cn.communityworkers.workforce.WorkerRegistry;

/**
 * The demo county 示范县 with two streets, seven communities, a roster of 89 workers and one user per role
 * (password {@value #PASSWORD}). Loaded once, and never on top of real data: if any other county exists,
 * nothing is loaded.
 */
@Component
@Profile("demo")
class DemoCounty {

    static final String COUNTY = "990101";
    static final String EAST = "990101001";
    static final String WEST = "990101002";
    static final String PASSWORD = "demo";
    static final String ROSTER = "demo/roster.csv";
    static final String SECONDED_WORKER = "W025";
    /** The secretary the county organisation department has put under investigation (立案审查调查). */
    static final String INVESTIGATED_WORKER = "W112";
    /** 朝阳社区, whose two committees' election (换届) was registered through the real process. */
    static final String ELECTED_COMMUNITY = EAST + "002";
    /** 朝阳's secretary, re-elected and now also the residents' committee's director (一肩挑). */
    static final String RE_ELECTED_SECRETARY = "W002";
    /** 朝阳's director until the election, elected deputy: her economic-responsibility audit is open. */
    static final String OUTGOING_DIRECTOR = "W019";
    /** The approved total (核定总量) the county organisation department set, above the standard of 108. */
    static final long APPROVED_TOTAL = 112;
    /** This year's local average monthly wage, by which the demo's pay run recomputed every worker's pay (§12). */
    static final int AVERAGE_MONTHLY_WAGE = 9450;

    private static final Logger LOG = LoggerFactory.getLogger(DemoCounty.class);
    private static final Pattern DATE_TOKEN = Pattern.compile("\\{([YD])([+-]\\d+)?}");

    /**
     * A demo user: id, full name (Camunda's first name), unit (Camunda's last name), groups. Tasklist and Admin
     * show "first last": "黄春晖 春晖社区党委".
     */
    record DemoUser(String id, String name, String unit, List<String> groups) {
    }

    static final List<DemoUser> USERS = List.of(
            new DemoUser("countysocialwork", "李建国", "示范县委社会工作部", List.of(UnitGroups.countySocialWork(COUNTY))),
            new DemoUser("countyorganization", "王志刚", "示范县委组织部", List.of(UnitGroups.countyOrganization(COUNTY))),
            new DemoUser("countyhrss", "张丽华", "示范县人力资源和社会保障局", List.of(UnitGroups.countyHrss(COUNTY))),
            new DemoUser("countyaudit", "钱审言", "示范县审计局", List.of(UnitGroups.countyAudit(COUNTY))),
            new DemoUser("eastparty", "刘卫东", "东城街道党工委", List.of(UnitGroups.streetParty(EAST))),
            new DemoUser("easthr", "陈静", "东城街道组织人事办", List.of(UnitGroups.streetHr(EAST))),
            new DemoUser("westparty", "杨海涛", "西城街道党工委", List.of(UnitGroups.streetParty(WEST))),
            new DemoUser("westhr", "赵敏", "西城街道组织人事办", List.of(UnitGroups.streetHr(WEST))),
            new DemoUser("chunhui", "黄春晖", "春晖社区党委", List.of(UnitGroups.communityParty(EAST + "001"))),
            new DemoUser("chaoyang", "周朝阳", "朝阳社区党委", List.of(UnitGroups.communityParty(EAST + "002"))),
            new DemoUser("heping", "吴和平", "和平社区党委", List.of(UnitGroups.communityParty(EAST + "003"))),
            new DemoUser("xinhua", "徐新华", "新华社区党委", List.of(UnitGroups.communityParty(WEST + "001"))),
            new DemoUser("guangming", "孙光明", "光明社区党委", List.of(UnitGroups.communityParty(WEST + "002"))),
            new DemoUser("youyi", "马友谊", "友谊社区党委", List.of(UnitGroups.communityParty(WEST + "003"))),
            new DemoUser("xingfu", "林幸福", "幸福社区党委", List.of(UnitGroups.communityParty(WEST + "004"))),
            new DemoUser("auditor", "朱明", "示范县审计局", List.of(CurrentUser.AUDITORS)),
            new DemoUser("designer", "胡晓", "流程设计人员", List.of(CurrentUser.PROCESS_DESIGNERS)));

    private final OrganisationService organisation;
    private final CountyFigures figures;
    private final WorkerRegistry workers;
    private final CareerChanges changes;
    private final WorkerCsv csv;
    private final IdentityService identityService;
    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final ManagementService managementService;
    private final Clock clock;

    DemoCounty(OrganisationService organisation, CountyFigures figures, WorkerRegistry workers,
            CareerChanges changes, WorkerCsv csv, IdentityService identityService, RuntimeService runtimeService,
            TaskService taskService, ManagementService managementService, Clock clock) {
        this.organisation = organisation;
        this.figures = figures;
        this.workers = workers;
        this.changes = changes;
        this.csv = csv;
        this.identityService = identityService;
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.managementService = managementService;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(10)
    @Transactional
    public void load() throws IOException {
        List<County> counties = organisation.allCounties();
        if (counties.stream().anyMatch(county -> county.code().equals(COUNTY))) {
            LOG.info("Demo county {} is already there", COUNTY);
            return;
        }
        if (!counties.isEmpty()) {
            LOG.warn("Not loading the demo county: the registry already holds {} real count(ies)", counties.size());
            return;
        }
        organisation.putCounty(COUNTY, "示范县", 60_000, null);
        organisation.putStreet(EAST, "东城街道", COUNTY);
        organisation.putStreet(WEST, "西城街道", COUNTY);
        List<String> eastNames = List.of("春晖社区", "朝阳社区", "和平社区");
        List<String> westNames = List.of("新华社区", "光明社区", "友谊社区", "幸福社区");
        for (int i = 0; i < eastNames.size(); i++) {
            organisation.putCommunity(EAST + "00" + (i + 1), eastNames.get(i), EAST);
        }
        for (int i = 0; i < westNames.size(); i++) {
            organisation.putCommunity(WEST + "00" + (i + 1), westNames.get(i), WEST);
        }
        for (DemoUser demoUser : USERS) {
            User user = identityService.newUser(demoUser.id());
            user.setFirstName(demoUser.name());
            user.setLastName(demoUser.unit());
            user.setPassword(PASSWORD);
            user.setEmail(demoUser.id() + "@demo.invalid");
            identityService.saveUser(user);
            demoUser.groups().forEach(group -> identityService.createMembership(demoUser.id(), group));
        }
        List<String> ids;
        try {
            ids = workers.importRoster(csv.read(new ByteArrayInputStream(roster(LocalDate.now(clock)))));
        } catch (RuleViolationException e) {
            throw new IllegalStateException("The demo roster " + ROSTER + " breaks the registry's rules: "
                    + e.violations(), e);
        }
        secondOneWorker(LocalDate.now(clock));
        changes.changeInvestigation(INVESTIGATED_WORKER,
                new CareerChanges.InvestigationRequest(true, "县纪委监委对其涉嫌违纪问题立案审查调查(示范数据)"));
        figures.changeApprovedTotal(COUNTY, APPROVED_TOTAL,
                "按每万城镇常住人口18人的标准,结合本县社区数量和服务人口,经县委组织部研究核定(示范数据)");
        adjustPay(LocalDate.now(clock));
        registerElection(LocalDate.now(clock));
        LOG.info("Demo county {} loaded: {} workers, {} users", COUNTY, ids.size(), USERS.size());
    }

    /**
     * One worker of the roster ({@value #SECONDED_WORKER}) is on secondment, approved through the real process,
     * so that the county's ledger, the worker's record and the engine agree.
     */
    private void secondOneWorker(LocalDate today) {
        String instance = runtimeService.startProcessInstanceByKey(SecondmentProcess.KEY, Map.of(
                SecondmentProcess.WORKER_ID.name(), SECONDED_WORKER,
                SecondmentProcess.BORROWING_ORGANIZATION.name(), "东城街道平安建设办公室",
                SecondmentProcess.BORROWING_ORG_LEVEL.name(), "STREET",
                SecondmentProcess.BORROWING_ORG_TYPE.name(), "PARTY_GOVERNMENT_ORGAN",
                SecondmentProcess.START_DATE.name(), today.minusDays(30).toString(),
                SecondmentProcess.END_DATE.name(), today.plusDays(60).toString(),
                SecondmentProcess.PURPOSE.name(), "平安建设专项工作")).getId();
        for (SecondmentProcess.ApprovalLevel level : SecondmentProcess.ApprovalLevel.values()) {
            String task = taskService.createTaskQuery().processInstanceId(instance)
                    .taskDefinitionKey(level.taskId()).singleResult().getId();
            taskService.complete(task, Map.of(level.answer().name(), true, level.opinion().name(), "同意(演示数据)"));
        }
    }

    /**
     * 朝阳社区's two committees were elected three days ago and the street registered the result through the real
     * process: {@value #RE_ELECTED_SECRETARY} re-elected secretary and elected director too (一肩挑), the director
     * {@value #OUTGOING_DIRECTOR} elected deputy; the county organisation department's filing and the audit office's
     * audit of the outgoing director are open.
     */
    private void registerElection(LocalDate today) {
        Map<String, Object> result = new HashMap<>();
        ElectionProcess.COMMUNITY_CODE.put(result, ELECTED_COMMUNITY);
        ElectionProcess.ELECTION_DATE.put(result, today.minusDays(3));
        ElectionProcess.SECRETARY_ID.put(result, RE_ELECTED_SECRETARY);
        ElectionProcess.DIRECTOR_ID.put(result, RE_ELECTED_SECRETARY);
        ElectionProcess.DEPUTY_IDS.put(result, List.of(OUTGOING_DIRECTOR, "W020", "W021"));
        ElectionProcess.MEMBER_IDS.put(result, List.of("W022", "W023"));
        ElectionProcess.ELECTION_NOTE.put(result, "社区党员大会选举产生社区党委,居民代表会议选举产生居民委员会(示范数据)");
        runtimeService.startProcessInstanceByKey(ElectionProcess.KEY, result);
    }

    /**
     * This year's average wage applied by a pay run through the real process (§12), its batches run here, in the
     * load's transaction, so that every worker's pay and change log show the adjustment as soon as the demo is there.
     */
    private void adjustPay(LocalDate today) {
        String run = runtimeService.startProcessInstanceByKey(PayAdjustmentProcess.KEY, Map.of(
                PayAdjustmentProcess.COUNTY_CODE.name(), COUNTY,
                PayAdjustmentProcess.AVERAGE_MONTHLY_WAGE.name(), AVERAGE_MONTHLY_WAGE,
                PayAdjustmentProcess.EFFECTIVE_DATE.name(), LocalDate.of(today.getYear(), 1, 1).toString(),
                PayAdjustmentProcess.GROUND.name(), "示范县统计局公布的上年度全口径城镇单位就业人员月平均工资(示范数据)")).getId();
        for (Job batch = nextBatch(run); batch != null; batch = nextBatch(run)) {
            managementService.executeJob(batch.getId());
        }
    }

    private Job nextBatch(String payRun) {
        return managementService.createJobQuery().processInstanceId(payRun).singleResult();
    }

    /**
     * The roster with its dates made concrete: {@code {Y-10}} is the year ten years before this one,
     * {@code {D+30}} the date thirty days from today, so that the roster's edge cases stay edges.
     */
    static byte[] roster(LocalDate today) throws IOException {
        String template;
        try (InputStream in = new ClassPathResource(ROSTER).getInputStream()) {
            template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Matcher matcher = DATE_TOKEN.matcher(template);
        StringBuilder concrete = new StringBuilder();
        while (matcher.find()) {
            int offset = matcher.group(2) == null ? 0 : Integer.parseInt(matcher.group(2));
            String value = matcher.group(1).equals("Y") ? String.valueOf(today.getYear() + offset)
                    : today.plusDays(offset).toString();
            matcher.appendReplacement(concrete, value);
        }
        matcher.appendTail(concrete);
        return concrete.toString().getBytes(StandardCharsets.UTF_8);
    }
}
