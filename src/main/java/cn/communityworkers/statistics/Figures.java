package cn.communityworkers.statistics;

import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import cn.communityworkers.statistics.StatisticsQueries.Logged;
import cn.communityworkers.statistics.Tally.Fact;
import cn.communityworkers.statistics.Tally.Heading;
import cn.communityworkers.training.TrainingRequirements;
import cn.communityworkers.workforce.Education;
import cn.communityworkers.workforce.LeavingCause;
import cn.communityworkers.workforce.PostCategory;
import cn.communityworkers.workforce.Qualification;
import cn.communityworkers.workforce.Rating;
import cn.communityworkers.workforce.Role;
import cn.communityworkers.workforce.Sex;
import cn.communityworkers.workforce.WorkerStatus;

/**
 * The tables of one unit as of one date (《意见》第16条), from one read of the scope's workers as they were on the date
 * ({@link AsOf}) and, for the tables that need them, one read each of the change log, the ratings, the secondments
 * and the trainings; everything is counted here. The parts are read when a table first needs them, so that a
 * drill-down into one table reads no more than that table needs.
 */
final class Figures {

    /** The keys of the tables, in the order they are shown. */
    static final List<String> KEYS = List.of("staffing", "headcount", "age", "sex", "education", "qualification",
            "party", "role", "category", "grade", "movement", "assessment", "secondment", "training");

    /** A county's staffing figures: those of today and its approved total on the date. */
    record CountyStaffing(String code, long population, long standard, long approvedTotal, Long reserved) {
    }

    private static final String IN_HEADCOUNT = "在岗指试用期、正式在岗和借调中的社区工作者,按统计日所在社区计入";
    private static final String UNLOGGED = "学历、政治面貌、性别和出生日期按当前登记(不记录变动)";

    private final Scope scope;
    private final LocalDate date;
    private final boolean today;
    private final StatisticsQueries queries;
    private final StatisticsProperties properties;
    private final Supplier<Map<Role, TrainingRequirements.Requirement>> requirements;
    private final List<CountyStaffing> staffing;
    private final Executor executor;

    private Map<String, Snapshot> registry;
    private List<Placed> inScope;
    private Map<String, List<Logged>> moves;

    Figures(Scope scope, LocalDate date, boolean today, StatisticsQueries queries, StatisticsProperties properties,
            Supplier<Map<Role, TrainingRequirements.Requirement>> requirements, List<CountyStaffing> staffing,
            Executor executor) {
        this.scope = scope;
        this.date = date;
        this.today = today;
        this.queries = queries;
        this.properties = properties;
        this.requirements = requirements;
        this.staffing = staffing;
        this.executor = executor;
    }

    Scope scope() {
        return scope;
    }

    /** The keys of this unit's tables: a street has no staffing table (its county's figures are not its own). */
    List<String> keys() {
        return scope.unit().level() == Statistics.Level.STREET ? KEYS.subList(1, KEYS.size()) : KEYS;
    }

    /**
     * Every table, counted side by side on the executor's threads (each read on a connection of its own): first the
     * registry on the date and the transfers, which most tables look up, then the tables. Nothing that runs on the
     * executor waits for another of its tasks, so that even one thread cannot deadlock.
     */
    List<Statistics.Table> tables() {
        CompletableFuture<?> movesRead = CompletableFuture.runAsync(this::moves, executor);
        inScope();
        joined(movesRead);
        List<CompletableFuture<Statistics.Table>> tables = keys().stream()
                .map(key -> CompletableFuture.supplyAsync(() -> tally(key).table(), executor)).toList();
        return tables.stream().map(Figures::joined).toList();
    }

    /** The result of a part, or the exception it threw (a refusal keeps its answer). */
    private static <T> T joined(CompletableFuture<T> part) {
        try {
            return part.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    /** The table of a key of {@link #keys()}. */
    Tally tally(String key) {
        return switch (key) {
            case "staffing" -> staffing();
            case "headcount" -> headcount();
            case "age" -> age();
            case "sex" -> dimension(key, "性别", "性别按身份证号码;未登记身份证号码的计为未登记。" + UNLOGGED + "。",
                    List.of(new Statistics.Column(Sex.MALE.name(), Sex.MALE.label(), true),
                            new Statistics.Column(Sex.FEMALE.name(), Sex.FEMALE.label(), true),
                            new Statistics.Column("UNKNOWN", "未登记", true)),
                    worker -> worker.sex() == null ? "UNKNOWN" : worker.sex().name(), Statistics.Chart.PIE);
            case "education" -> dimension(key, "学历", "按登记的最高学历。" + UNLOGGED + "。",
                    columns(Education.values(), Education::label), worker -> worker.education().name(),
                    Statistics.Chart.PIE);
            case "qualification" -> dimension(key, "社会工作职业资格", "按统计日的社会工作职业资格。",
                    columns(Qualification.values(), Qualification::label), worker -> worker.qualification().name(),
                    Statistics.Chart.PIE);
            case "party" -> dimension(key, "政治面貌", UNLOGGED + "。",
                    List.of(new Statistics.Column("MEMBER", "中共党员", true),
                            new Statistics.Column("OTHER", "其他", true)),
                    worker -> worker.partyMember() ? "MEMBER" : "OTHER", Statistics.Chart.PIE);
            case "role" -> dimension(key, "岗位", "按统计日的岗位。", columns(Role.values(), Role::label),
                    worker -> worker.role().name(), Statistics.Chart.PIE);
            case "category" -> dimension(key, "岗位类别(三岗)", "岗位类别由统计日的岗位确定。",
                    columns(PostCategory.values(), PostCategory::label),
                    worker -> worker.role().postCategory().name(), Statistics.Chart.PIE);
            case "grade" -> grade();
            case "movement" -> movement();
            case "assessment" -> assessment();
            case "secondment" -> secondment();
            case "training" -> training();
            default -> throw new IllegalArgumentException("no table '" + key + "'");
        };
    }

    /** The workers in the registry on the date, of the scope's counties, whatever their status, by id. */
    Map<String, Snapshot> registry() {
        if (registry == null) {
            CompletableFuture<List<AsOf.Undone>> undone = CompletableFuture
                    .supplyAsync(() -> queries.changesAfter(date, today), executor);
            registry = AsOf.undo(queries.workers(scope.counties()), joined(undone));
        }
        return registry;
    }

    /** A worker of the unit in the headcount, with the community's place and the row (unit below) it counts in. */
    private record Placed(Snapshot worker, StatisticsQueries.Place place, String child) {
    }

    /** The workers of the unit in the headcount on the date, each placed once for all the tables. */
    private List<Placed> inScope() {
        if (inScope == null) {
            List<Placed> placed = new ArrayList<>();
            for (Snapshot worker : registry().values()) {
                StatisticsQueries.Place place = worker.inHeadcount() ? scope.places().get(worker.communityCode())
                        : null;
                if (place != null) {
                    placed.add(new Placed(worker, place, scope.childOf(place)));
                }
            }
            inScope = placed;
        }
        return inScope;
    }

    private List<Heading> children() {
        return scope.children().stream().map(child -> new Heading(child.code(), child.name())).toList();
    }

    private Fact fact(Snapshot worker, String column) {
        return new Fact(scope.childOf(worker.communityCode()), column, worker.workerId(), worker.communityCode());
    }

    private static Fact fact(Placed placed, String column) {
        return new Fact(placed.child(), column, placed.worker().workerId(), placed.worker().communityCode());
    }

    private Tally counted(String key, String title, String note, List<Statistics.Column> columns,
            Supplier<Stream<Fact>> facts, Statistics.Chart chart) {
        return Tally.counting(key, title, note, scope.unit().level() == Statistics.Level.CITY ? "县(市、区)"
                : scope.unit().level() == Statistics.Level.COUNTY ? "街道(乡镇)" : "社区",
                columns, children(), true, chart, facts, Map.of());
    }

    private Tally dimension(String key, String title, String note, List<Statistics.Column> columns,
            Function<Snapshot, String> column, Statistics.Chart chart) {
        return counted(key, title, IN_HEADCOUNT + ";" + note, columns,
                () -> inScope().stream().map(placed -> fact(placed, column.apply(placed.worker()))), chart);
    }

    private static <E extends Enum<E>> List<Statistics.Column> columns(E[] values, Function<E, String> label) {
        return Arrays.stream(values).map(value -> new Statistics.Column(value.name(), label.apply(value), true))
                .toList();
    }

    private Tally headcount() {
        List<Statistics.Column> columns = List.of(new Statistics.Column("total", "在岗合计", true),
                new Statistics.Column(WorkerStatus.PROBATION.name(), WorkerStatus.PROBATION.label(), true),
                new Statistics.Column(WorkerStatus.ACTIVE.name(), WorkerStatus.ACTIVE.label(), true),
                new Statistics.Column(WorkerStatus.SECONDED.name(), WorkerStatus.SECONDED.label(), true));
        return counted("headcount", "人员分布", IN_HEADCOUNT + ";状态按统计日。", columns, () -> inScope().stream()
                .flatMap(placed -> Stream.of(fact(placed, "total"), fact(placed, placed.worker().status().name()))),
                Statistics.Chart.STACKED_BAR);
    }

    private Tally age() {
        AgeBands bands = new AgeBands(properties.ageBands());
        return dimension("age", "年龄结构", "年龄按统计日计算(周岁)。", bands.columns(),
                worker -> bands.of(worker.birthDate(), date).key(), Statistics.Chart.PIE);
    }

    private Tally grade() {
        int top = Math.max(1, inScope().stream().mapToInt(placed -> placed.worker().gradeLevel()).max().orElse(1));
        List<Statistics.Column> columns = IntStream.rangeClosed(1, top)
                .mapToObj(level -> new Statistics.Column(String.valueOf(level), level + "级", true)).toList();
        return dimension("grade", "岗位等级", "按统计日的岗位等级(考核后的晋级自次年1月1日起计)。", columns,
                worker -> String.valueOf(worker.gradeLevel()), Statistics.Chart.STACKED_BAR);
    }

    private Tally staffing() {
        List<Statistics.Column> columns = List.of(new Statistics.Column("population", "城镇常住人口", false),
                new Statistics.Column("standard", "配备标准", false),
                new Statistics.Column("approvedTotal", "核定总量", false),
                new Statistics.Column("headcount", "在岗人数", true),
                new Statistics.Column("reserved", "招聘预留名额", false),
                new Statistics.Column("vacancies", "空缺", false));
        Supplier<Stream<Fact>> facts = () -> inScope().stream().map(placed -> new Fact(placed.place().countyCode(),
                "headcount", placed.worker().workerId(), placed.worker().communityCode()));
        Map<String, Long> headcounts = new HashMap<>();
        facts.get().forEach(fact -> headcounts.merge(fact.row(), 1L, Long::sum));
        Map<String, Map<String, Long>> given = new HashMap<>();
        for (CountyStaffing county : staffing) {
            long headcount = headcounts.getOrDefault(county.code(), 0L);
            Map<String, Long> figures = new HashMap<>();
            figures.put("population", county.population());
            figures.put("standard", county.standard());
            figures.put("approvedTotal", county.approvedTotal());
            figures.put("reserved", county.reserved());
            figures.put("vacancies", Math.max(0, county.approvedTotal() - headcount
                    - (county.reserved() == null ? 0 : county.reserved())));
            given.put(county.code(), figures);
        }
        List<Heading> rows = scope.unit().level() == Statistics.Level.CITY ? children()
                : List.of(new Heading(scope.unit().code(), scope.unit().name()));
        return Tally.counting("staffing", "编制与配备", "配备标准为城镇常住人口(当前登记)按每万人配备标准折算;核定总量为统计日"
                + "的核定总量;" + IN_HEADCOUNT + ";招聘预留名额为正在进行的招聘占用的名额,只有当日统计才有;空缺为核定总量"
                + "减在岗人数和招聘预留名额(往日统计不减预留名额),不足0的计为0。", "县(市、区)", columns, rows,
                scope.unit().level() == Statistics.Level.CITY, Statistics.Chart.NONE, facts, given);
    }

    /** The first day any table looks back to: the movements' first year, the year before the assessments'. */
    private LocalDate lookBack() {
        return LocalDate.of(date.getYear() - Math.max(properties.movementYears() - 1, properties.assessmentYears()), 1,
                1);
    }

    /**
     * The COMMUNITY changes of the scope's workers from the first day any table looks back to, to the date, by
     * worker, oldest first.
     */
    private Map<String, List<Logged>> moves() {
        if (moves == null) {
            Map<String, List<Logged>> byWorker = new HashMap<>();
            queries.moves(scope.counties(), lookBack(), date)
                    .forEach(entry -> byWorker.computeIfAbsent(entry.workerId(), id -> new ArrayList<>()).add(entry));
            moves = byWorker;
        }
        return moves;
    }

    /**
     * The community the worker was in on {@code day} (not after the date): before the first transfer that took effect
     * after that day, else where they were on the date; null for a worker not in the registry on the date.
     */
    private String communityOn(String workerId, LocalDate day) {
        Snapshot worker = registry().get(workerId);
        if (worker == null) {
            return null;
        }
        for (Logged move : moves().getOrDefault(workerId, List.of())) {
            if (move.effective().isAfter(day)) {
                return move.oldValue();
            }
        }
        return worker.communityCode();
    }

    private Fact factOn(String workerId, LocalDate day, String row, String column) {
        String community = communityOn(workerId, day);
        return scope.covers(community) ? new Fact(row, column, workerId, community) : null;
    }

    private Tally movement() {
        int first = date.getYear() - properties.movementYears() + 1;
        LocalDate from = LocalDate.of(first, 1, 1);
        List<Statistics.Column> columns = new ArrayList<>(List.of(new Statistics.Column("HIRED", "新录用", true),
                new Statistics.Column("REGISTERED", "登记入库", true), new Statistics.Column("CONFIRMED", "转正", true)));
        Arrays.stream(LeavingCause.values()).filter(cause -> cause != LeavingCause.PUBLIC_INSTITUTION)
                .forEach(cause -> columns.add(new Statistics.Column("LEFT_" + cause.name(),
                        "离开(" + cause.label() + ")", true)));
        columns.addAll(List.of(new Statistics.Column("PROMOTED_INSTITUTION", "聘为事业单位人员", true),
                new Statistics.Column("PROMOTED_LEADERSHIP", "选拔进入街道领导班子", true),
                new Statistics.Column("TRANSFER_IN", "调入", true), new Statistics.Column("TRANSFER_OUT", "调出", true),
                new Statistics.Column("TRANSFER_WITHIN", "内部调动", true)));
        List<Heading> rows = IntStream.rangeClosed(first, date.getYear())
                .mapToObj(year -> new Heading(String.valueOf(year), year + "年")).toList();
        return Tally.counting("movement", "人员进出", "按生效日期所在年度统计人次(统计日所在年度截至统计日),计入变动时所在"
                + "社区;新录用指以试用期登记,登记入库指以其他状态登记;离开按记载的原因,未记载原因的计为其他;调入、调出指"
                + "与本单位以外社区之间的调动。", "年度", columns, rows, true, Statistics.Chart.LINE,
                () -> Stream.of(statusFacts(from), transferFacts(first), selectionFacts(from))
                        .flatMap(Function.identity()), Map.of());
    }

    /**
     * The movements' facts of the STATUS changes from {@code from} on, in the community the worker was in when the
     * change took effect, read as a stream.
     */
    private Stream<Fact> statusFacts(LocalDate from) {
        Map<String, String> years = new HashMap<>();
        return queries.statusChanges(scope.counties(), from, date, (workerId, oldValue, newValue, effective, cause) -> {
            String column = Movements.column(oldValue, newValue, cause == null ? null : LeavingCause.valueOf(cause));
            return column == null ? null : factOn(workerId, effective,
                    years.computeIfAbsent(String.valueOf(effective.getYear()), year -> year), column);
        }).filter(Objects::nonNull);
    }

    /** The movements' facts of the transfers that took effect from the year {@code first} on. */
    private Stream<Fact> transferFacts(int first) {
        return moves().values().stream().flatMap(List::stream)
                .filter(entry -> entry.effective().getYear() >= first && registry().containsKey(entry.workerId()))
                .map(entry -> {
                    boolean from = scope.covers(entry.oldValue());
                    boolean to = scope.covers(entry.newValue());
                    return from || to ? new Fact(String.valueOf(entry.effective().getYear()),
                            from && to ? "TRANSFER_WITHIN" : to ? "TRANSFER_IN" : "TRANSFER_OUT", entry.workerId(),
                            to ? entry.newValue() : entry.oldValue()) : null;
                }).filter(Objects::nonNull);
    }

    /** The movements' facts of the selections into a street's leadership from {@code from} on. */
    private Stream<Fact> selectionFacts(LocalDate from) {
        return queries.leadershipSelections(scope.counties(), from, date).stream()
                .map(selection -> factOn(selection.workerId(), selection.on(), String.valueOf(selection.on().getYear()),
                        "PROMOTED_LEADERSHIP"))
                .filter(Objects::nonNull);
    }

    private Tally assessment() {
        int last = date.getYear() - 1;
        int first = last - properties.assessmentYears() + 1;
        List<Heading> rows = new ArrayList<>();
        for (int year = first; year <= last; year++) {
            for (Statistics.Unit child : scope.children()) {
                rows.add(new Heading(year + ":" + child.code(), year + "年 " + child.name()));
            }
        }
        Map<String, String[]> rowKeys = new HashMap<>();
        return Tally.counting("assessment", "年度考核结果", "按考核年度(统计日所在年度之前的"
                + properties.assessmentYears() + "个年度)和当年年末所在单位统计;考核结果按当前登记(考核记录不载登记日期)。",
                "年度、单位", columns(Rating.values(), Rating::label), rows, false, Statistics.Chart.STACKED_BAR,
                () -> queries.ratings(scope.counties(), first, last, (workerId, year, rating) -> {
                    String community = communityOn(workerId, LocalDate.of(year, 12, 31));
                    StatisticsQueries.Place place = community == null ? null : scope.places().get(community);
                    if (place == null) {
                        return null;
                    }
                    String child = scope.childOf(place);
                    String[] keys = rowKeys.computeIfAbsent(child, code -> new String[last - first + 1]);
                    if (keys[year - first] == null) {
                        keys[year - first] = year + ":" + child;
                    }
                    return new Fact(keys[year - first], rating, workerId, community);
                }).filter(Objects::nonNull), Map.of());
    }

    private Tally secondment() {
        LocalDate yearStart = date.withDayOfYear(1);
        List<Fact> facts = new ArrayList<>();
        for (StatisticsQueries.Seconded seconded : queries.secondments(scope.counties(), yearStart, date)) {
            Snapshot worker = registry().get(seconded.workerId());
            if (worker == null || !scope.covers(worker.communityCode())) {
                continue;
            }
            LocalDate back = seconded.returnedOn();
            if (back == null || back.isAfter(date)) {
                facts.add(fact(worker, "ACTIVE"));
            } else if (!back.isBefore(yearStart)) {
                facts.add(fact(worker, "ENDED"));
            }
        }
        return counted("secondment", "借调", "借调中指统计日在借调期间(已开始、尚未返回);本年已结束指统计日所在年度内截至"
                + "统计日返回的借调;按统计日所在社区计入。", List.of(new Statistics.Column("ACTIVE", "借调中", true),
                        new Statistics.Column("ENDED", "本年已结束", true)), facts::stream, Statistics.Chart.STACKED_BAR);
    }

    private Tally training() {
        int year = date.getYear();
        Map<Role, TrainingRequirements.Requirement> required = requirements.get();
        int back = required.values().stream().mapToInt(TrainingRequirements.Requirement::periodYears).max().orElse(1);
        Map<String, List<LocalDate>> trained = new HashMap<>();
        queries.trainings(scope.counties(), LocalDate.of(year - back + 1, 1, 1), date).forEach(training -> trained
                .computeIfAbsent(training.workerId(), id -> new ArrayList<>()).add(training.on()));
        LocalDate yearStart = date.withDayOfYear(1);
        List<Fact> facts = new ArrayList<>();
        for (Placed placed : inScope()) {
            TrainingRequirements.Requirement requirement = required.get(placed.worker().role());
            List<LocalDate> days = trained.getOrDefault(placed.worker().workerId(), List.of());
            if (requirement.isDue(days.stream().filter(day -> day.isBefore(yearStart)).toList(), year)) {
                facts.add(fact(placed, "DUE"));
                facts.add(fact(placed, requirement.isDue(days, year) ? "OUTSTANDING" : "TRAINED"));
            }
        }
        return counted("training", "培训", IN_HEADCOUNT + ";本年应培训指按统计日的岗位和培训要求(培训要求决策表),"
                + "截至上年末的培训不满足本年所在周期要求的人员;其中截至统计日已满足的计为本年已培训,其余计为尚未完成。",
                List.of(new Statistics.Column("DUE", "本年应培训", true),
                        new Statistics.Column("TRAINED", "本年已培训", true),
                        new Statistics.Column("OUTSTANDING", "尚未完成", true)), facts::stream, Statistics.Chart.STACKED_BAR);
    }

    /** The workers of facts, once each, as they were on the date, by street, community and name. */
    List<Statistics.WorkerLine> lines(Collection<Fact> facts) {
        Map<String, Fact> byWorker = new LinkedHashMap<>();
        facts.forEach(fact -> byWorker.putIfAbsent(fact.workerId(), fact));
        Collator names = Collator.getInstance(Locale.CHINA);
        Comparator<Fact> order = Comparator.<Fact, String>comparing(fact -> scope.places().get(fact.communityCode())
                .streetCode()).thenComparing(Fact::communityCode)
                .thenComparing(fact -> registry().get(fact.workerId()).name(), names);
        return byWorker.values().stream().sorted(order).map(fact -> {
            Snapshot worker = registry().get(fact.workerId());
            StatisticsQueries.Place place = scope.places().get(fact.communityCode());
            return new Statistics.WorkerLine(worker.workerId(), worker.name(), place.communityName(),
                    place.streetName(), worker.role().label(), worker.status().label());
        }).toList();
    }
}
