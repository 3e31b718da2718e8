package cn.communityworkers.bench;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import cn.communityworkers.workforce.ChangeAttribute;
import cn.communityworkers.workforce.Education;
import cn.communityworkers.workforce.LeavingCause;
import cn.communityworkers.workforce.PostCategory;
import cn.communityworkers.workforce.Qualification;
import cn.communityworkers.workforce.Rating;
import cn.communityworkers.workforce.Role;
import cn.communityworkers.workforce.Sex;
import cn.communityworkers.workforce.WorkerStatus;

/**
 * Ten years of synthetic careers in a city's communities, the set-up of {@link StatisticsBench}. Person {@code p}'s
 * career is drawn from a random source seeded by {@code p} alone, so it can be drawn again, the same, as often as
 * needed (the change log is written year by year in the order it would have been recorded, and the expected
 * figures are counted from the same careers). The proportions are in the benchmark's README.
 *
 * <p>The first {@code workers} persons are in the headcount today, spread evenly over the communities (each
 * community's first worker its party secretary, the second the committee's director, two deputies, four committee
 * members, the rest staff); the others left during the ten years and stay in the registry as ex-workers.
 */
final class SyntheticCareers {

    static final int YEARS = 10;
    /** Ex-workers per worker in the headcount: about 4.5 % of the headcount leaves a year. */
    static final double LEAVERS_PER_WORKER = 0.45;
    /** The year of the last community elections (换届), every five years (《意见》第3条; 2021 nationwide). */
    static final int ELECTION_YEAR = 2021;
    /** The share of workers whose grade goes up a step in a year's grade adjustment (after the assessment). */
    static final double STEP_CHANCE = 0.5;
    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    /** One row of {@code worker_change}, as {@code ChangeLog} writes it. */
    record Change(String workerId, ChangeAttribute attribute, String oldValue, String newValue, LocalDate effective,
            String reason, LeavingCause cause, Timestamp changedAt) {
    }

    /** One person: the registry's row as it stands today and the rows of the history behind it. */
    static final class Career {
        final String workerId;
        Object[] worker;
        final List<Change> changes = new ArrayList<>();
        final List<Object[]> assessments = new ArrayList<>();
        final List<Object[]> trainings = new ArrayList<>();
        final List<Object[]> secondments = new ArrayList<>();

        Career(String workerId) {
            this.workerId = workerId;
        }

        /** The status on {@code date} by the statistics' rule: the changes in effect and recorded by then. */
        WorkerStatus statusOn(LocalDate date) {
            Timestamp recordedBy = Timestamp.from(date.plusDays(1).atStartOfDay(CHINA).toInstant());
            String status = null;
            for (Change change : changes) {
                if (change.attribute == ChangeAttribute.STATUS && !change.effective.isAfter(date)
                        && change.changedAt.before(recordedBy)) {
                    status = change.newValue;
                }
            }
            return status == null ? null : WorkerStatus.valueOf(status);
        }
    }

    private static final String[] SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗".split("");
    private static final String[] GIVEN = "秀英华玉兰桂芳娟敏静丽强军平伟明磊洋勇艳杰涛超霞红梅琳燕婷".split("");
    private static final String[] COURSES = {"社区治理能力提升培训", "社会工作专业能力培训", "基层党建业务培训",
            "为民服务技能培训", "应急管理与安全生产培训"};

    private final String prefix;
    private final List<String> communities;
    private final List<List<Integer>> streetsCommunities = new ArrayList<>();
    private final List<List<Integer>> countiesCommunities = new ArrayList<>();
    private final int[] streetOf;
    private final int[] countyOf;
    private final int workers;
    private final int leavers;
    private final LocalDate today;
    private final Timestamp now;
    private final LocalDate start;

    /**
     * @param prefix      the workers' ids start with it
     * @param communities the city's communities, a county's and a street's together (codes: county, then three
     *                    digits for the street, three for the community)
     */
    SyntheticCareers(String prefix, List<String> communities, int workers, LocalDate today, Timestamp now) {
        this.prefix = prefix;
        this.communities = communities;
        this.workers = workers;
        this.leavers = (int) Math.round(workers * LEAVERS_PER_WORKER);
        this.today = today;
        this.now = now;
        this.start = today.minusYears(YEARS);
        streetOf = new int[communities.size()];
        countyOf = new int[communities.size()];
        Map<String, Integer> streets = new HashMap<>();
        Map<String, Integer> counties = new HashMap<>();
        for (int c = 0; c < communities.size(); c++) {
            String street = communities.get(c).substring(0, communities.get(c).length() - 3);
            String county = street.substring(0, street.length() - 3);
            streetOf[c] = index(streets, streetsCommunities, street, c);
            countyOf[c] = index(counties, countiesCommunities, county, c);
        }
    }

    private static int index(Map<String, Integer> indexes, List<List<Integer>> members, String code, int community) {
        int index = indexes.computeIfAbsent(code, key -> {
            members.add(new ArrayList<>());
            return members.size() - 1;
        });
        members.get(index).add(community);
        return index;
    }

    /** Persons in all: the workers in the headcount today, then the ex-workers. */
    int persons() {
        return workers + leavers;
    }

    /** The first day of the registry's history. */
    LocalDate start() {
        return start;
    }

    Career career(int person) {
        SplittableRandom random = new SplittableRandom(0x5EEDL * 1_000_003L + person);
        Career career = new Career(prefix + "-" + String.format("%07d", person));
        boolean current = person < workers;
        int community = current ? person % communities.size() : random.nextInt(communities.size());
        Role role = current ? roleOfSlot(person / communities.size() % 20) : leaverRole(random);

        // Registered when the registry began (登记入库, already at work for years) or hired since (新录用, probation).
        boolean initial = random.nextDouble() < (current ? 0.45 : 0.35);
        LocalDate registered = initial ? between(random, start, start.plusDays(364))
                : current ? between(random, start.plusDays(365), today.minusDays(1))
                        : between(random, start, today.minusDays(60));
        LocalDate since = initial ? registered.minusDays(random.nextLong(365, 15 * 365)) : registered;
        LocalDate leaving = current ? null : between(random, registered.plusDays(30), today.minusDays(1));
        LocalDate last = current ? today : leaving.minusDays(1);
        LocalDate confirmed = initial ? registered : registered.plusMonths(6);
        boolean everConfirmed = !confirmed.isAfter(last);

        List<Change> changes = new ArrayList<>();
        change(changes, career, ChangeAttribute.STATUS, null, initial ? "ACTIVE" : "PROBATION", registered,
                initial ? "社区工作者登记入库" : "公开招聘录用,试用期六个月", null, random);
        if (!initial && everConfirmed) {
            change(changes, career, ChangeAttribute.STATUS, "PROBATION", "ACTIVE", confirmed, "试用期满考核合格转正",
                    null, random);
        }
        WorkerStatus status = everConfirmed ? WorkerStatus.ACTIVE : WorkerStatus.PROBATION;
        LocalDate secondedSince = null;
        if (current && everConfirmed && confirmed.isBefore(today.minusDays(60)) && random.nextDouble() < 0.02) {
            secondedSince = between(random, max(confirmed.plusDays(30), today.minusDays(300)), today.minusDays(7));
            secondment(changes, career, secondedSince, null, random);
            status = WorkerStatus.SECONDED;
        }
        if (everConfirmed && random.nextDouble() < 0.05) {
            LocalDate until = (secondedSince == null ? last : secondedSince).minusDays(400);
            if (confirmed.plusDays(30).isBefore(until)) {
                LocalDate from = between(random, confirmed.plusDays(30), until);
                secondment(changes, career, from, from.plusDays(random.nextLong(180, 366)), random);
            }
        }
        LeavingCause cause = null;
        if (!current) {
            cause = leavingCause(random, !everConfirmed);
            WorkerStatus to = cause == LeavingCause.PUBLIC_INSTITUTION ? WorkerStatus.PUBLIC_INSTITUTION_STAFF
                    : WorkerStatus.TERMINATED;
            change(changes, career, ChangeAttribute.STATUS, status.name(), to.name(), leaving, cause.label(), cause,
                    random);
            status = to;
        }

        // An election brought some to their role; some were transferred; some gained a qualification.
        Role before = previousRole(random, role);
        LocalDate elected = before == null ? null : election(random, registered.plusDays(30), last);
        if (elected != null) {
            change(changes, career, ChangeAttribute.ROLE, before.name(), role.name(), elected, "社区“两委”换届选举",
                    null, random);
        }
        if (random.nextDouble() < (current ? 0.15 : 0.08) && registered.plusDays(365).isBefore(last.minusDays(30))) {
            LocalDate moved = between(random, registered.plusDays(365), last.minusDays(30));
            change(changes, career, ChangeAttribute.COMMUNITY, communities.get(formerCommunity(random, community)),
                    communities.get(community), moved, "统筹调配(《意见》第3条)", null, random);
        }
        Qualification qualification = qualification(random);
        if (qualification != Qualification.NONE && random.nextDouble() < 0.6
                && registered.plusDays(180).isBefore(last)) {
            change(changes, career, ChangeAttribute.QUALIFICATION, Qualification.values()[qualification.ordinal() - 1].name(),
                    qualification.name(), between(random, registered.plusDays(180), last), "取得社会工作职业资格证书",
                    null, random);
        }
        int[] grade = grades(changes, career, random, registered, since, last, confirmed, before, elected, role);
        changes.sort((a, b) -> a.effective.compareTo(b.effective));
        Timestamp previous = null;
        for (Change change : changes) {
            // Recorded in the order they took effect, as the undoing of changes by id expects of one worker.
            Timestamp at = previous != null && change.changedAt.before(previous) ? previous : change.changedAt;
            career.changes.add(at == change.changedAt ? change : new Change(change.workerId, change.attribute,
                    change.oldValue, change.newValue, change.effective, change.reason, change.cause, at));
            previous = at;
        }

        assessments(career, random, registered, last, confirmed, cause);
        trainings(career, random, person, registered, last, before, elected, role);

        int ageAtRegistration = initial ? 25 + random.nextInt(26) : 22 + random.nextInt(21);
        LocalDate birth = registered.minusYears(ageAtRegistration).minusDays(random.nextInt(365));
        if (current && birth.plusYears(60).isBefore(today.plusDays(1))) {
            birth = today.minusYears(59).plusDays(1 + random.nextInt(364));
        }
        double sex = random.nextDouble();
        career.worker = new Object[] {career.workerId, name(random), birth, communities.get(community), role.name(),
                education(random).name(), qualification.name(), qualification.name(),
                role.postCategory() != PostCategory.C || random.nextDouble() < 0.45,
                status.name(), since, grade[0], pay(grade[0]),
                current ? LocalDate.of(today.getYear() + 1 + random.nextInt(3), 12, 31) : leaving,
                status == WorkerStatus.PROBATION ? confirmed : null,
                sex < 0.01 ? null : sex < 0.70 ? Sex.FEMALE.name() : Sex.MALE.name(), grade[1] == 0 ? null : grade[1]};
        return career;
    }

    /**
     * The grade at registration (the post category's lowest, plus one for each three years of earlier community
     * work, at most three), raised into the new category's range by an election, and in each year's adjustment on
     * 1 March after the assessment a step for half of them (not in probation; up to the category's highest), each
     * with the pay that follows it.
     * Returns today's grade and the year of the last step (0: none).
     */
    private int[] grades(List<Change> changes, Career career, SplittableRandom random, LocalDate registered,
            LocalDate since, LocalDate last, LocalDate confirmed, Role before, LocalDate elected, Role role) {
        Role roleThen = elected == null ? role : before;
        int grade = lowest(roleThen) + Math.min(3, (int) (ChronoUnit.YEARS.between(since, registered) / 3));
        int stepYear = 0;
        for (int year = registered.getYear() + 1; year <= last.getYear(); year++) {
            LocalDate step = LocalDate.of(year, 3, 1);
            if (elected != null && elected.isBefore(step) && roleThen != role) {
                roleThen = role;
                if (grade < lowest(role)) {
                    grade = grade(changes, career, random, grade, lowest(role), elected, "换届后岗位类别变化,岗位等级相应调整");
                }
            }
            if (!step.isAfter(last) && !step.isBefore(confirmed) && grade < highest(roleThen)
                    && random.nextDouble() < STEP_CHANCE) {
                grade = grade(changes, career, random, grade, grade + 1, step, "年度考核后岗位等级晋升一级");
                stepYear = year;
            }
        }
        if (roleThen != role && grade < lowest(role)) {
            grade = grade(changes, career, random, grade, lowest(role), elected, "换届后岗位类别变化,岗位等级相应调整");
        }
        return new int[] {grade, stepYear};
    }

    private int grade(List<Change> changes, Career career, SplittableRandom random, int from, int to, LocalDate on,
            String reason) {
        change(changes, career, ChangeAttribute.GRADE, Integer.toString(from), Integer.toString(to), on, reason, null, random);
        change(changes, career, ChangeAttribute.PAY, pay(from).toPlainString(), pay(to).toPlainString(), on,
                "岗位等级调整后薪酬相应调整", null, random);
        return to;
    }

    /** One assessment a year for the years the worker was in the registry at its end (不定等次 in probation). */
    private void assessments(Career career, SplittableRandom random, LocalDate registered, LocalDate last,
            LocalDate confirmed, LeavingCause cause) {
        int lastYear = Math.min(today.getYear() - 1, last.getMonthValue() == 12 && last.getDayOfMonth() == 31
                ? last.getYear() : last.getYear() - 1);
        for (int year = registered.getYear(); year <= lastYear; year++) {
            Rating rating;
            if (confirmed.isAfter(LocalDate.of(year, 12, 31))) {
                rating = Rating.NOT_RATED;
            } else if (year == lastYear && cause == LeavingCause.INCOMPETENCE) {
                rating = Rating.UNQUALIFIED;
            } else {
                double draw = random.nextDouble();
                rating = draw < 0.15 ? Rating.EXCELLENT : draw < 0.95 ? Rating.QUALIFIED
                        : draw < 0.985 ? Rating.BASICALLY_QUALIFIED : Rating.UNQUALIFIED;
            }
            career.assessments.add(new Object[] {career.workerId, year, rating.name()});
        }
    }

    /**
     * Trainings as the requirement asks (secretaries and directors every year, the others once in three years),
     * mostly kept, and now and then one more.
     */
    private void trainings(Career career, SplittableRandom random, int person, LocalDate registered, LocalDate last,
            Role before, LocalDate elected, Role role) {
        for (int year = registered.getYear(); year <= last.getYear(); year++) {
            LocalDate from = max(registered, LocalDate.of(year, 1, 1));
            LocalDate to = min(last.isAfter(today.minusDays(1)) ? today.minusDays(1) : last, LocalDate.of(year, 12, 31));
            if (from.isAfter(to)) {
                continue;
            }
            Role then = elected != null && elected.isAfter(to) ? before : role;
            boolean yearly = then == Role.SECRETARY || then == Role.DIRECTOR;
            double chance = yearly ? 0.95 : Math.floorMod(person + year, 3) == 0 ? 0.9 : 0.1;
            if (random.nextDouble() < chance) {
                LocalDate completed = between(random, from, to);
                double level = random.nextDouble();
                career.trainings.add(new Object[] {career.workerId, COURSES[random.nextInt(COURSES.length)],
                        level < 0.45 ? "STREET" : level < 0.8 ? "COUNTY" : level < 0.95 ? "CITY"
                                : level < 0.99 ? "PROVINCE" : "NATIONAL",
                        8 * (1 + random.nextInt(5)), completed, "bench", recorded(completed, random)});
            }
        }
    }

    /** A secondment from {@code from}, ended on {@code returned} or still running if that is null. */
    private void secondment(List<Change> changes, Career career, LocalDate from, LocalDate returned,
            SplittableRandom random) {
        String organisation = random.nextBoolean() ? "市民政局" : "区委社会工作部";
        change(changes, career, ChangeAttribute.STATUS, "ACTIVE", "SECONDED", from, "借调至" + organisation, null, random);
        if (returned != null) {
            change(changes, career, ChangeAttribute.STATUS, "SECONDED", "ACTIVE", returned,
                    "结束在" + organisation + "的借调,于" + returned + "返岗", null, random);
        }
        career.secondments.add(new Object[] {career.workerId, "bench-" + career.workerId + "-" + from,
                organisation, random.nextBoolean() ? "CITY" : "COUNTY", "PARTY_GOVERNMENT_ORGAN", from,
                from.plusYears(1).minusDays(1), "协助开展基层治理工作", returned == null ? "ACTIVE" : "ENDED", returned});
    }

    private void change(List<Change> changes, Career career, ChangeAttribute attribute, String from, String to,
            LocalDate effective, String reason, LeavingCause cause, SplittableRandom random) {
        changes.add(new Change(career.workerId, attribute, from, to, effective, reason, cause, recorded(effective, random)));
    }

    /** Recorded at 10:00 (China) on the day it took effect, now and then a day or two later; never after now. */
    private Timestamp recorded(LocalDate effective, SplittableRandom random) {
        double draw = random.nextDouble();
        int lag = draw < 0.8 ? 0 : draw < 0.95 ? 1 : 2;
        Timestamp at = Timestamp.from(effective.plusDays(lag).atTime(10, 0).atZone(CHINA).toInstant());
        return at.after(now) ? now : at;
    }

    private int formerCommunity(SplittableRandom random, int community) {
        double draw = random.nextDouble();
        List<Integer> candidates = draw < 0.6 ? streetsCommunities.get(streetOf[community])
                : draw < 0.9 ? countiesCommunities.get(countyOf[community]) : null;
        for (int tries = 0; tries < 5; tries++) {
            int former = candidates == null ? random.nextInt(communities.size())
                    : candidates.get(random.nextInt(candidates.size()));
            if (former != community) {
                return former;
            }
        }
        return (community + 1) % communities.size();
    }

    /** The latest election day (January to April of an election year) after {@code after} and on or before {@code last}. */
    private static LocalDate election(SplittableRandom random, LocalDate after, LocalDate last) {
        int year = last.getYear() - Math.floorMod(last.getYear() - ELECTION_YEAR, 5);
        LocalDate day = LocalDate.of(year, 1, 10).plusDays(random.nextInt(110));
        if (day.isAfter(last)) {
            day = day.minusYears(5);
        }
        return day.isAfter(after) ? day : null;
    }

    private static Role roleOfSlot(int slot) {
        return slot == 0 ? Role.SECRETARY : slot == 1 ? Role.DIRECTOR : slot < 4 ? Role.DEPUTY
                : slot < 8 ? Role.COMMITTEE_MEMBER : Role.STAFF;
    }

    private static Role leaverRole(SplittableRandom random) {
        double draw = random.nextDouble();
        return draw < 0.75 ? Role.STAFF : draw < 0.9 ? Role.COMMITTEE_MEMBER : draw < 0.97 ? Role.DEPUTY
                : draw < 0.985 ? Role.SECRETARY : Role.DIRECTOR;
    }

    /** The role an election moved the worker from, or null if the worker has held the role since registration. */
    private static Role previousRole(SplittableRandom random, Role role) {
        double draw = random.nextDouble();
        return switch (role) {
            case SECRETARY, DIRECTOR -> draw < 0.5 ? Role.DEPUTY : null;
            case DEPUTY -> draw < 0.5 ? Role.COMMITTEE_MEMBER : null;
            case COMMITTEE_MEMBER -> draw < 0.4 ? Role.STAFF : null;
            case STAFF -> draw < 0.03 ? Role.COMMITTEE_MEMBER : null;
        };
    }

    private static LeavingCause leavingCause(SplittableRandom random, boolean inProbation) {
        double draw = random.nextDouble();
        if (inProbation) {
            return draw < 0.6 ? LeavingCause.PROBATION_NOT_CONFIRMED : LeavingCause.RESIGNATION;
        }
        return draw < 0.55 ? LeavingCause.RESIGNATION : draw < 0.70 ? LeavingCause.CONTRACT_EXPIRY
                : draw < 0.80 ? LeavingCause.PUBLIC_INSTITUTION : draw < 0.85 ? LeavingCause.INCOMPETENCE
                        : draw < 0.88 ? LeavingCause.DISMISSAL : LeavingCause.OTHER;
    }

    private static Qualification qualification(SplittableRandom random) {
        double draw = random.nextDouble();
        return draw < 0.55 ? Qualification.NONE : draw < 0.85 ? Qualification.ASSISTANT_SOCIAL_WORKER
                : draw < 0.98 ? Qualification.SOCIAL_WORKER : Qualification.SENIOR_SOCIAL_WORKER;
    }

    private static Education education(SplittableRandom random) {
        double draw = random.nextDouble();
        return draw < 0.08 ? Education.HIGH_SCHOOL : draw < 0.45 ? Education.JUNIOR_COLLEGE
                : draw < 0.95 ? Education.BACHELOR : Education.MASTER;
    }

    private static String name(SplittableRandom random) {
        return SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)]
                + (random.nextBoolean() ? GIVEN[random.nextInt(GIVEN.length)] : "");
    }

    /** The post grades (processes/workforce/post-grades.dmn): A 7–18, B 4–15, C 1–12. */
    private static int lowest(Role role) {
        return switch (role.postCategory()) {
            case A -> 7;
            case B -> 4;
            case C -> 1;
        };
    }

    private static int highest(Role role) {
        return lowest(role) + 11;
    }

    private static BigDecimal pay(int grade) {
        return BigDecimal.valueOf(4000 + 300L * grade).setScale(2);
    }

    private static LocalDate between(SplittableRandom random, LocalDate from, LocalDate to) {
        long days = to.toEpochDay() - from.toEpochDay();
        return days <= 0 ? from : from.plusDays(random.nextLong(days + 1));
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
