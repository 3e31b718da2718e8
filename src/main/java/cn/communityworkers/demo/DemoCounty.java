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

import cn.communityworkers.contractexpiry.ContractExpiryCheck;
import cn.communityworkers.dismissal.DismissalProcess;
import cn.communityworkers.organisation.County;
import cn.communityworkers.organisation.CountyFigures;
import cn.communityworkers.organisation.OrganisationService;
import cn.communityworkers.election.ElectionProcess;
import cn.communityworkers.organisation.UnitGroups;
import cn.communityworkers.resignation.ResignationProcess;
import cn.communityworkers.secondment.SecondmentProcess;
import cn.communityworkers.transfer.TransferProcess;
import cn.communityworkers.system.CurrentUser;
import cn.communityworkers.system.RuleViolationException;
import cn.communityworkers.training.TrainingChecks;
import cn.communityworkers.training.TrainingRecords;
import cn.communityworkers.workforce.CareerChanges;
import cn.communityworkers.workforce.LabourContractLaw;
import cn.communityworkers.workforce.PayAdjustmentProcess;
import cn.communityworkers.workforce.WorkerCsv;
import cn.communityworkers.workforce.IdCardNumber;
import cn.communityworkers.workforce.WorkerRegistry;

/**
 * The demo county 示范县 with two streets, seven communities, a roster of 89 workers and one user per role
 * (password {@value #PASSWORD}), in the demo city 示范市 with a second, small county 示例区 and the city's departments'
 * users. Loaded once, and never on top of real data: if any other county exists, nothing is loaded.
 */
@Component
@Profile("demo")
class DemoCounty {

    static final String CITY = "9901";
    static final String COUNTY = "990101";
    /** 示例区, the demo city's second county: one street, two communities, the workers of {@value #SECOND_ROSTER}. */
    static final String SECOND_COUNTY = "990102";
    static final String SOUTH = "990102001";
    static final String EAST = "990101001";
    static final String WEST = "990101002";
    static final String PASSWORD = "demo";
    static final String ROSTER = "demo/roster.csv";
    static final String SECOND_ROSTER = "demo/roster-990102.csv";
    static final String SECONDED_WORKER = "W025";
    /** Being transferred from 朝阳社区 to 春晖社区 (东城街道), its first opinion open. */
    static final String TRANSFERRED_WORKER = "W029";
    /** The staff member of 春晖社区 who has handed in a written resignation notice (辞职), its handover open. */
    static final String RESIGNING_WORKER = "W016";
    /** The secretary the county organisation department has put under investigation (立案审查调查). */
    static final String INVESTIGATED_WORKER = "W112";
    /** The staff member of 光明社区 whose dismissal (严重违反用人单位的规章制度) the street personnel office proposed. */
    static final String DISMISSAL_WORKER = "W063";
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
    /** An identity number to be made from the row's birth date: {@code {ID:area code:sequence}}. */
    private static final Pattern ID_CARD_TOKEN = Pattern.compile("\\{ID:(\\d{6}):(\\d{3})}");

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
            new DemoUser("eastunion", "何建华", "东城街道工会委员会", List.of(UnitGroups.streetUnion(EAST))),
            new DemoUser("westunion", "郭秀英", "西城街道工会委员会", List.of(UnitGroups.streetUnion(WEST))),
            new DemoUser("chunhui", "黄春晖", "春晖社区党委", List.of(UnitGroups.communityParty(EAST + "001"))),
            new DemoUser("chaoyang", "周朝阳", "朝阳社区党委", List.of(UnitGroups.communityParty(EAST + "002"))),
            new DemoUser("heping", "吴和平", "和平社区党委", List.of(UnitGroups.communityParty(EAST + "003"))),
            new DemoUser("xinhua", "徐新华", "新华社区党委", List.of(UnitGroups.communityParty(WEST + "001"))),
            new DemoUser("guangming", "孙光明", "光明社区党委", List.of(UnitGroups.communityParty(WEST + "002"))),
            new DemoUser("youyi", "马友谊", "友谊社区党委", List.of(UnitGroups.communityParty(WEST + "003"))),
            new DemoUser("xingfu", "林幸福", "幸福社区党委", List.of(UnitGroups.communityParty(WEST + "004"))),
            new DemoUser("auditor", "朱明", "示范县审计局", List.of(CurrentUser.AUDITORS)),
            new DemoUser("designer", "胡晓", "流程设计人员", List.of(CurrentUser.PROCESS_DESIGNERS)));

    /** The demo city's departments, which read the figures of its two counties. */
    static final List<DemoUser> CITY_USERS = List.of(
            new DemoUser("citysocialwork", "邓振华", "示范市委社会工作部", List.of(UnitGroups.citySocialWork(CITY))),
            new DemoUser("cityorganization", "蒋立群", "示范市委组织部", List.of(UnitGroups.cityOrganization(CITY))));

    /** The departments of the second county 示例区 and of its street 南湖街道, which read their own figures. */
    static final List<DemoUser> SECOND_COUNTY_USERS = List.of(
            new DemoUser("shiliqusocialwork", "郑秋萍", "示例区委社会工作部",
                    List.of(UnitGroups.countySocialWork(SECOND_COUNTY))),
            new DemoUser("nanhuparty", "谢国强", "南湖街道党工委", List.of(UnitGroups.streetParty(SOUTH))),
            new DemoUser("nanhuhr", "韩梅", "南湖街道组织人事办", List.of(UnitGroups.streetHr(SOUTH))));

    private final OrganisationService organisation;
    private final CountyFigures figures;
    private final WorkerRegistry workers;
    private final CareerChanges changes;
    private final WorkerCsv csv;
    private final IdentityService identityService;
    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final ManagementService managementService;
    private final ContractExpiryCheck contractExpiries;
    private final Clock clock;
    private final TrainingRecords trainings;
    private final TrainingChecks trainingChecks;

    DemoCounty(OrganisationService organisation, CountyFigures figures, WorkerRegistry workers,
            CareerChanges changes, WorkerCsv csv, IdentityService identityService, RuntimeService runtimeService,
            TaskService taskService, ManagementService managementService, ContractExpiryCheck contractExpiries,
            Clock clock, TrainingRecords trainings, TrainingChecks trainingChecks) {
        this.organisation = organisation;
        this.figures = figures;
        this.workers = workers;
        this.changes = changes;
        this.csv = csv;
        this.identityService = identityService;
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.managementService = managementService;
        this.contractExpiries = contractExpiries;
        this.clock = clock;
        this.trainings = trainings;
        this.trainingChecks = trainingChecks;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(10)
    @Transactional
    public void load() throws IOException {
        List<County> counties = organisation.allCounties();
        if (counties.stream().anyMatch(county -> county.code().equals(COUNTY))) {
            if (organisation.findCity(CITY).isPresent()) {
                LOG.info("Demo county {} is already there", COUNTY);
                saveMissingUsers(SECOND_COUNTY_USERS);
            } else {
                loadCity(LocalDate.now(clock));
                LOG.info("Demo city {} added above the demo county {} loaded before it", CITY, COUNTY);
            }
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
        saveUsers(USERS);
        List<String> ids = importRoster(ROSTER, LocalDate.now(clock));
        secondOneWorker(LocalDate.now(clock));
        requestTransfer(LocalDate.now(clock));
        registerOneResignation(LocalDate.now(clock));
        changes.changeInvestigation(INVESTIGATED_WORKER,
                new CareerChanges.InvestigationRequest(true, "县纪委监委对其涉嫌违纪问题立案审查调查(示范数据)"));
        figures.changeApprovedTotal(COUNTY, APPROVED_TOTAL,
                "按每万城镇常住人口18人的标准,结合本县社区数量和服务人口,经县委组织部研究核定(示范数据)");
        adjustPay(LocalDate.now(clock));
        recordTrainings(LocalDate.now(clock));
        // W082's contract ends in 40 days: the daily check opens its decision at once (劳动合同到期处理).
        contractExpiries.openDue();
        proposeDismissal();
        registerElection(LocalDate.now(clock));
        loadCity(LocalDate.now(clock));
        LOG.info("Demo county {} loaded: {} workers, {} users; city {}", COUNTY, ids.size(), USERS.size(), CITY);
    }

    /**
     * The demo city 示范市 above the demo county, its second county 示例区 (5,000 urban residents, the default wage) with
     * 南湖街道, its two communities and the workers of {@value #SECOND_ROSTER}, the city's users and those of 示例区 and
     * 南湖街道. Also at the start of a demo loaded before there were cities.
     */
    private void loadCity(LocalDate today) throws IOException {
        organisation.putCity(CITY, "示范市");
        County demo = organisation.county(COUNTY);
        organisation.putCounty(COUNTY, demo.name(), CITY, demo.urbanResidentPopulation(), demo.averageMonthlyWage());
        organisation.putCounty(SECOND_COUNTY, "示例区", CITY, 5_000, null);
        organisation.putStreet(SOUTH, "南湖街道", SECOND_COUNTY);
        organisation.putCommunity(SOUTH + "001", "湖滨社区", SOUTH);
        organisation.putCommunity(SOUTH + "002", "长青社区", SOUTH);
        saveUsers(CITY_USERS);
        saveUsers(SECOND_COUNTY_USERS);
        importRoster(SECOND_ROSTER, today);
    }

    /** The users of a list a demo loaded before them does not have yet. */
    private void saveMissingUsers(List<DemoUser> users) {
        saveUsers(users.stream()
                .filter(user -> identityService.createUserQuery().userId(user.id()).count() == 0).toList());
    }

    private void saveUsers(List<DemoUser> users) {
        for (DemoUser demoUser : users) {
            User user = identityService.newUser(demoUser.id());
            user.setFirstName(demoUser.name());
            user.setLastName(demoUser.unit());
            user.setPassword(PASSWORD);
            user.setEmail(demoUser.id() + "@demo.invalid");
            identityService.saveUser(user);
            demoUser.groups().forEach(group -> identityService.createMembership(demoUser.id(), group));
        }
    }

    /** Registers the workers of a demo roster ({@link #roster}); returns their ids. */
    private List<String> importRoster(String resource, LocalDate today) throws IOException {
        try {
            return workers.importRoster(csv.read(new ByteArrayInputStream(roster(resource, today))));
        } catch (RuleViolationException e) {
            throw new IllegalStateException("The demo roster " + resource + " breaks the registry's rules: "
                    + e.violations(), e);
        }
    }

    /**
     * Trainings of a few workers (《意见》第8条), so that this year's training check finds some due and some not: the
     * secretaries W001 and W004 and the director W007 trained this year, W002 and W043 last year (due); the deputies
     * W008 and W044 two years ago, W014 last year (not due); W013 three years ago (due).
     */
    private void recordTrainings(LocalDate today) {
        LocalDate thisYear = LocalDate.of(today.getYear(), 3, 15);
        thisYear = thisYear.isAfter(today) ? today : thisYear;
        record("W001", "社区党组织书记履职能力示范培训班", "COUNTY", 24, thisYear);
        record("W004", "全省社区党组织书记示范培训", "PROVINCE", 40, thisYear);
        record("W007", "居民委员会主任依法履职专题培训", "COUNTY", 16, thisYear);
        record("W002", "社区党组织书记履职能力示范培训班", "COUNTY", 24, LocalDate.of(today.getYear() - 1, 4, 20));
        record("W043", "居民委员会主任依法履职专题培训", "COUNTY", 16, LocalDate.of(today.getYear() - 1, 5, 10));
        record("W008", "社区矛盾调解实务培训", "CITY", 12, LocalDate.of(today.getYear() - 2, 9, 1));
        record("W044", "社区矛盾调解实务培训", "CITY", 12, LocalDate.of(today.getYear() - 2, 9, 1));
        record("W014", "街道社区工作者全员培训", "STREET", 8, LocalDate.of(today.getYear() - 1, 10, 12));
        record("W013", "街道社区工作者全员培训", "STREET", 8, LocalDate.of(today.getYear() - 3, 10, 12));
    }

    private void record(String workerId, String course, String level, int hours, LocalDate completedOn) {
        trainings.record(workerId, new TrainingRecords.TrainingRequest(course, level, hours, completedOn.toString()));
    }

    /**
     * This year's training check of the demo county (《意见》第8条), started once the demo county is there, at every
     * start that finds it without one (whatever the day: the street tasks are open in Tasklist after a first start),
     * in a transaction of its own after the load's has committed.
     */
    @EventListener(ApplicationReadyEvent.class)
    @Order(11)
    public void startTrainingCheck() {
        if (organisation.findCounty(COUNTY).isPresent()) {
            trainingChecks.startOnce(COUNTY, LocalDate.now(clock).getYear());
        }
    }

    /**
     * One staff member ({@value #TRANSFERRED_WORKER} 蔡艳, 朝阳社区) is being transferred to 春晖社区 within 东城街道,
     * requested through the real process: 朝阳社区's opinion is open in Tasklist.
     */
    private void requestTransfer(LocalDate today) {
        runtimeService.startProcessInstanceByKey(TransferProcess.KEY, Map.of(
                TransferProcess.WORKER_ID.name(), TRANSFERRED_WORKER,
                TransferProcess.TARGET_COMMUNITY.name(), EAST + "001",
                TransferProcess.TRANSFER_DATE.name(), today.plusDays(14).toString(),
                TransferProcess.REASON.name(), "春晖社区老年人口多、服务任务重,街道统筹调配一名专职工作人员(示范数据)"));
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
     * One worker of the roster ({@value #RESIGNING_WORKER}) handed in a written resignation notice five days ago, the
     * contract ending 30 days after it (Labour Contract Law Art. 37): registered through the real process, so that
     * 春晖社区党委 has the handover (工作交接) and 东城街道组织人事办 the confirmation before it ends in Tasklist.
     */
    private void registerOneResignation(LocalDate today) {
        LocalDate received = today.minusDays(5);
        runtimeService.startProcessInstanceByKey(ResignationProcess.KEY, Map.of(
                ResignationProcess.WORKER_ID.name(), RESIGNING_WORKER,
                ResignationProcess.NOTICE_RECEIVED_ON.name(), received.toString(),
                ResignationProcess.LAST_WORKING_DAY.name(),
                LabourContractLaw.earliestResignationEnd(received, false).toString(),
                ResignationProcess.REASON.name(), "考取外地事业单位,个人原因辞职(示范数据)"));
    }

    /**
     * The dismissal of {@value #DISMISSAL_WORKER} for a serious breach of the street's rules (Labour Contract Law Art.
     * 39(2)), proposed by 西城街道组织人事办 through the real process: the worker's statement is to be recorded.
     */
    private void proposeDismissal() {
        runtimeService.startProcessInstanceByKey(DismissalProcess.KEY, Map.of(
                DismissalProcess.WORKER_ID.name(), DISMISSAL_WORKER,
                DismissalProcess.GROUND.name(), DismissalProcess.Ground.SERIOUS_BREACH_OF_RULES.name(),
                DismissalProcess.FACTS.name(), "本年内无故旷工累计十二个工作日,经两次书面警告仍未改正(示范数据)",
                DismissalProcess.EVIDENCE.name(), "考勤记录、两次书面警告及签收回执、西城街道社区工作者考勤管理办法及其公示记录(示范数据)"));
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
     * A demo roster (a class-path resource) with its dates made concrete: {@code {Y-10}} is the year ten years before
     * this one, {@code {D+30}} the date thirty days from today, so that the roster's edge cases stay edges; then each
     * {@code {ID:990101:003}} becomes the identity number of that area code and sequence (whose parity is the sex)
     * with the row's birth date and its check character, so that the number agrees with the relative birth date.
     */
    static byte[] roster(String resource, LocalDate today) throws IOException {
        String template;
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
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
        return withIdCardNumbers(concrete.toString()).getBytes(StandardCharsets.UTF_8);
    }

    private static String withIdCardNumbers(String roster) {
        String[] lines = roster.split("\n", -1);
        int birthDate = List.of(lines[0].split(",", -1)).indexOf("birthDate");
        StringBuilder result = new StringBuilder(lines[0]);
        for (int i = 1; i < lines.length; i++) {
            LocalDate born = lines[i].isBlank() ? null : LocalDate.parse(lines[i].split(",", -1)[birthDate]);
            result.append('\n').append(ID_CARD_TOKEN.matcher(lines[i]).replaceAll(token ->
                    IdCardNumber.compose(token.group(1), born, Integer.parseInt(token.group(2)))));
        }
        return result.toString();
    }
}
