package cn.communityworkers.recruitment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;

import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.communityworkers.organisation.County;
import cn.communityworkers.organisation.CountyFigures;
import cn.communityworkers.organisation.OrganisationService;
import cn.communityworkers.system.ClockConfiguration;
import cn.communityworkers.system.NotFoundException;
import cn.communityworkers.system.RuleViolationException;
import cn.communityworkers.workforce.Education;
import cn.communityworkers.workforce.LabourContractProperties;
import cn.communityworkers.workforce.Qualification;
import cn.communityworkers.workforce.Role;
import cn.communityworkers.workforce.WorkerRecord;
import cn.communityworkers.workforce.IdCardNumber;
import cn.communityworkers.workforce.WorkerRegistry;
import cn.communityworkers.workforce.WorkerStatus;

/**
 * Open recruitment of community full-time staff: the approved total, applications, ranking, filling
 * the seats in rank order with the reserve list, and hiring under a labour contract.
 */
@Service
public class RecruitmentService {

    /** The end of the applications, as the refusal of a late one says it: China's time, to the minute. */
    private static final DateTimeFormatter CLOSING = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ClockConfiguration.CHINA);

    private final RecruitmentRepository recruitments;
    private final ApplicantRepository applicants;
    private final OrganisationService organisation;
    private final CountyFigures figures;
    private final WorkerRegistry workers;
    private final JdbcAggregateTemplate aggregates;
    private final JdbcClient jdbc;
    private final LabourContractProperties contractTerms;
    private final Clock clock;

    RecruitmentService(RecruitmentRepository recruitments, ApplicantRepository applicants,
            OrganisationService organisation, CountyFigures figures, WorkerRegistry workers,
            JdbcAggregateTemplate aggregates, JdbcClient jdbc, LabourContractProperties contractTerms, Clock clock) {
        this.recruitments = recruitments;
        this.applicants = applicants;
        this.organisation = organisation;
        this.figures = figures;
        this.workers = workers;
        this.aggregates = aggregates;
        this.jdbc = jdbc;
        this.contractTerms = contractTerms;
        this.clock = clock;
    }

    /**
     * The figures of the staffing check, and whether the recruitment fits within the approved total (核定总量, set by the
     * county organisation department from the standard of {@code workersPerTenThousand} per 10,000 urban residents).
     */
    record QuotaCheck(boolean available, long approvedTotal, long standardHeadcount, int workersPerTenThousand,
            long headcount, int reservedElsewhere, int positions) {

        String reason() {
            long total = headcount + reservedElsewhere + positions;
            return ("超出核定总量:本县(市、区)社区工作者核定总量为%d人(编制标准%d人,按每万城镇常住人口%d人计),现有在编%d人,"
                    + "其他招聘已预留%d个名额,本次申请%d个名额,合计%d人,超出%d人")
                    .formatted(approvedTotal, standardHeadcount, workersPerTenThousand, headcount, reservedElsewhere,
                            positions, total, total - approvedTotal);
        }
    }

    /**
     * Checks the county's approved total and, if the seats fit, reserves them for this recruitment.
     * The county row is locked meanwhile, so two recruitments racing for the last seats are checked one
     * after the other and cannot both get them.
     */
    @Transactional
    QuotaCheck reserveSeats(String processInstanceId, String countyCode, String streetCode, String communityCode,
            int positions, int contractYears, BigDecimal writtenWeight) {
        jdbc.sql("select code from county where code = :code for update").param("code", countyCode)
                .query(String.class).single();
        County county = organisation.county(countyCode);
        long headcount = workers.headcount(countyCode);
        int reserved = recruitments.reservedSeats(countyCode);
        long approvedTotal = figures.approvedTotal(county);
        boolean available = headcount + reserved + positions <= approvedTotal;
        if (available) {
            aggregates.insert(new Recruitment(processInstanceId, countyCode, streetCode, communityCode, positions,
                    contractYears, writtenWeight, Recruitment.OPEN, null, Instant.now(clock)));
        }
        return new QuotaCheck(available, approvedTotal, figures.standardHeadcount(county),
                figures.workersPerTenThousand(), headcount, reserved, positions);
    }

    /** The seats no longer count against the standard (plan rejected, or the recruitment ended). */
    @Transactional
    void releaseSeats(String processInstanceId) {
        jdbc.sql("update recruitment set status = 'CLOSED' where process_instance_id = :id")
                .param("id", processInstanceId).update();
    }

    @Transactional
    void openApplications(String processInstanceId, Instant closeAt) {
        jdbc.sql("update recruitment set applications_close_at = :closeAt where process_instance_id = :id")
                .param("closeAt", java.sql.Timestamp.from(closeAt)).param("id", processInstanceId).update();
    }

    /** Closes the application window now (the timer may fire a moment after the announced time). */
    @Transactional
    List<String> closeApplications(String processInstanceId) {
        jdbc.sql("update recruitment set applications_close_at = :now where process_instance_id = :id "
                        + "and (applications_close_at is null or applications_close_at > :now)")
                .param("now", java.sql.Timestamp.from(Instant.now(clock))).param("id", processInstanceId).update();
        return applicants.findByRecruitmentIdOrderByAppliedAtAsc(processInstanceId).stream()
                .map(Applicant::applicantId).toList();
    }

    /** An application as submitted; the eligibility proposal comes from the decision table. */
    record Application(IdCardNumber idCardNumber, String name, LocalDate birthDate, Education education, Qualification qualification,
            boolean partyMember, boolean veteran, boolean socialWorkMajor, boolean criminalRecord) {
    }

    Recruitment recruitment(String processInstanceId) {
        return recruitments.findById(processInstanceId)
                .orElseThrow(() -> new NotFoundException("招聘", processInstanceId));
    }

    /** Refuses (409) an application outside the application window. */
    void requireWindowOpen(Recruitment recruitment) {
        Instant now = Instant.now(clock);
        if (recruitment.applicationsCloseAt() == null || !Recruitment.OPEN.equals(recruitment.status())) {
            throw RuleViolationException.conflict("processInstanceId", "application-window",
                    "本次招聘不在报名期内(报名尚未开始或招聘已结束)");
        }
        if (!now.isBefore(recruitment.applicationsCloseAt())) {
            throw RuleViolationException.conflict("processInstanceId", "application-window",
                    "报名时间已于 " + CLOSING.format(recruitment.applicationsCloseAt()) + " 截止");
        }
    }

    @Transactional
    Applicant apply(Recruitment recruitment, Application application, List<String> proposalReasons) {
        requireWindowOpen(recruitment);
        workers.refuseRegisteredIdCardNumber(application.idCardNumber(), "idCardNumber");
        if (applicants.existsByRecruitmentIdAndIdCardNumber(recruitment.processInstanceId(),
                application.idCardNumber().value())) {
            throw RuleViolationException.conflict("idCardNumber", "unique", "身份证号码(idCardNumber)"
                    + application.idCardNumber().masked() + "已报名本次招聘,同一人不能重复报名");
        }
        Applicant applicant = new Applicant("A" + UUID.randomUUID().toString().replace("-", "").substring(0, 12)
                .toUpperCase(Locale.ROOT), recruitment.processInstanceId(), application.idCardNumber().value(),
                application.name().trim(),
                application.birthDate(), application.education().name(), application.qualification().name(),
                application.partyMember(), application.veteran(), application.socialWorkMajor(),
                application.criminalRecord(), Instant.now(clock), proposalReasons.isEmpty(),
                proposalReasons.isEmpty() ? null : String.join(";", proposalReasons), null, null, null, null, null,
                null, ApplicantStatus.APPLIED.name(), null, null, null);
        return aggregates.insert(applicant);
    }

    /** Age in full years on a date, as the eligibility rules count it. */
    static int age(LocalDate birthDate, LocalDate on) {
        return Period.between(birthDate, on).getYears();
    }

    Applicant applicant(String applicantId) {
        return applicants.findById(applicantId).orElseThrow(() -> new NotFoundException("报名人", applicantId));
    }

    @Transactional
    void recordEligibility(String processInstanceId, String applicantId, boolean eligible, String reason) {
        move(processInstanceId, applicantId, ApplicantStatus.APPLIED, eligible ? ApplicantStatus.ELIGIBLE : ApplicantStatus.INELIGIBLE,
                "eligible = :eligible, ineligible_reason = :reason", "eligible", eligible, "reason", reason);
    }

    List<String> eligibleApplicantIds(String processInstanceId) {
        return applicants.findByRecruitmentIdAndStatus(processInstanceId, ApplicantStatus.ELIGIBLE.name()).stream()
                .sorted(Comparator.comparing(Applicant::appliedAt)).map(Applicant::applicantId).toList();
    }

    @Transactional
    void recordScores(String processInstanceId, String applicantId, BigDecimal written, BigDecimal interview) {
        move(processInstanceId, applicantId, ApplicantStatus.ELIGIBLE, ApplicantStatus.SCORED,
                "written_score = :written, interview_score = :interview", "written", written, "interview", interview);
    }

    /** Weighted total of the two scores, to three decimals. */
    static BigDecimal total(BigDecimal written, BigDecimal interview, BigDecimal writtenWeight) {
        return written.multiply(writtenWeight).add(interview.multiply(BigDecimal.ONE.subtract(writtenWeight)))
                .setScale(3, RoundingMode.HALF_UP);
    }

    /** The order of merit: weighted total, then interview score, then who applied first. */
    static final Comparator<Applicant> MERIT = Comparator.comparing(Applicant::totalScore).reversed()
            .thenComparing(Comparator.comparing(Applicant::interviewScore).reversed())
            .thenComparing(Applicant::appliedAt);

    /**
     * Ranks the scored applicants: the first {@code positions} are provisional hires, the rest the reserve
     * list. Returns the seats to fill (1..positions).
     */
    @Transactional
    List<Integer> rank(String processInstanceId) {
        Recruitment recruitment = recruitment(processInstanceId);
        List<Applicant> scored = new ArrayList<>();
        for (Applicant a : applicants.findByRecruitmentIdAndStatus(processInstanceId, ApplicantStatus.SCORED.name())) {
            scored.add(withTotal(a, total(a.writtenScore(), a.interviewScore(), recruitment.writtenWeight())));
        }
        scored.sort(MERIT);
        for (int i = 0; i < scored.size(); i++) {
            Applicant a = scored.get(i);
            jdbc.sql("update applicant set total_score = :total, rank_no = :rank, status = :status where applicant_id = :id")
                    .param("total", a.totalScore()).param("rank", i + 1)
                    .param("status", (i < recruitment.positions() ? ApplicantStatus.PROVISIONAL : ApplicantStatus.RESERVE).name())
                    .param("id", a.applicantId()).update();
        }
        return IntStream.rangeClosed(1, recruitment.positions()).boxed().toList();
    }

    /**
     * The next applicant in rank order for a seat: provisional hires first, then the reserve list. Empty when
     * nobody is left: the seat stays unfilled. A seat that is not one of the recruitment's (1 to its positions) is an
     * error.
     */
    @Transactional
    Optional<String> takeNextCandidate(String processInstanceId, int seat) {
        int positions = recruitment(processInstanceId).positions();
        if (seat < 1 || seat > positions) {
            throw new IllegalStateException("seat " + seat + " is not one of the " + positions + " of recruitment "
                    + processInstanceId);
        }
        List<Applicant> waiting = new ArrayList<>(applicants.findByRecruitmentIdAndStatus(processInstanceId,
                ApplicantStatus.PROVISIONAL.name()));
        waiting.sort(Comparator.comparing(Applicant::rankNo));
        List<Applicant> reserve = new ArrayList<>(applicants.findByRecruitmentIdAndStatus(processInstanceId,
                ApplicantStatus.RESERVE.name()));
        reserve.sort(Comparator.comparing(Applicant::rankNo));
        waiting.addAll(reserve);
        for (Applicant applicant : waiting) {
            if (applicants.takeForSeat(applicant.applicantId(), seat) == 1) {
                return Optional.of(applicant.applicantId());
            }
        }
        return Optional.empty();
    }

    @Transactional
    void recordVetting(String processInstanceId, String applicantId, boolean passed, String note) {
        move(processInstanceId, applicantId, ApplicantStatus.CANDIDATE, passed ? ApplicantStatus.CANDIDATE : ApplicantStatus.VETTING_FAILED,
                "vetting_note = :note", "note", note, null, null);
    }

    @Transactional
    void recordMedicalExam(String processInstanceId, String applicantId, boolean passed) {
        move(processInstanceId, applicantId, ApplicantStatus.CANDIDATE, passed ? ApplicantStatus.SELECTED : ApplicantStatus.MEDICAL_FAILED,
                null, null, null, null, null);
    }

    /** Whether an objection can concern this applicant: one selected, on notice, in this recruitment. */
    boolean onNotice(String processInstanceId, String applicantId) {
        return applicants.findById(applicantId)
                .filter(a -> a.recruitmentId().equals(processInstanceId))
                .filter(a -> ApplicantStatus.SELECTED.name().equals(a.status()))
                .isPresent();
    }

    @Transactional
    void upholdObjection(String processInstanceId, String applicantId) {
        move(processInstanceId, applicantId, ApplicantStatus.SELECTED, ApplicantStatus.OBJECTION_UPHELD, null, null, null, null, null);
    }

    /** Seats whose selected applicant was excluded after an objection and that nobody holds now. */
    List<Integer> vacatedSeats(String processInstanceId) {
        List<Applicant> all = applicants.findByRecruitmentIdOrderByAppliedAtAsc(processInstanceId);
        return all.stream().filter(a -> ApplicantStatus.OBJECTION_UPHELD.name().equals(a.status()))
                .map(Applicant::seat)
                .filter(seat -> all.stream().noneMatch(a -> seat.equals(a.seat())
                        && (ApplicantStatus.SELECTED.name().equals(a.status())
                                || ApplicantStatus.CANDIDATE.name().equals(a.status()))))
                .distinct().sorted().toList();
    }

    /** A hire: the new worker and the end of their probation. */
    record Hire(String workerId, LocalDate probationEnd) {
    }

    record Hired(List<Hire> hires, int unfilledPositions) {
    }

    /**
     * The street signs a labour contract with every selected applicant: each becomes a worker in PROBATION,
     * role STAFF, enrolled in social insurance and the housing fund, graded by the initial-grading rules. The
     * contract is fixed-term for the recruitment's {@code contractYears}; the probation is the local length for that
     * term (at most Art. 19's maximum, {@link LabourContractProperties}), its pay the local percentage (Art. 20).
     * The recruitment's seats stop counting as reserved (the workers count now).
     */
    @Transactional
    Hired hire(String processInstanceId) {
        Recruitment recruitment = recruitment(processInstanceId);
        LocalDate today = LocalDate.now(clock);
        LocalDate contractEnd = today.plusYears(recruitment.contractYears()).minusDays(1);
        LocalDate probationEnd = today.plus(contractTerms.probationFor(today, contractEnd)).minusDays(1);
        List<Hire> hires = new ArrayList<>();
        List<Applicant> selected = new ArrayList<>(applicants.findByRecruitmentIdAndStatus(processInstanceId,
                ApplicantStatus.SELECTED.name()));
        selected.sort(Comparator.comparing(Applicant::rankNo));
        for (Applicant a : selected) {
            String workerId = workers.register(new WorkerRecord(null, a.idCardNumber(), a.name(), a.birthDate(),
                    recruitment.communityCode(), Role.STAFF, Education.valueOf(a.education()),
                    Qualification.valueOf(a.qualification()), a.partyMember(), WorkerStatus.PROBATION, today, 0,
                    null, contractEnd, probationEnd, false, null, true, true, List.of(), List.of())).workerId();
            jdbc.sql("update applicant set status = 'HIRED', worker_id = :worker where applicant_id = :id")
                    .param("worker", workerId).param("id", a.applicantId()).update();
            hires.add(new Hire(workerId, probationEnd));
        }
        releaseSeats(processInstanceId);
        return new Hired(hires, recruitment.positions() - hires.size());
    }

    /**
     * Moves an applicant of this recruitment from one status to the next; an applicant of another recruitment, or
     * not in {@code from}, is an error and nothing changes.
     */
    private void move(String processInstanceId, String applicantId, ApplicantStatus from, ApplicantStatus to,
            String set, String name1, Object value1, String name2, Object value2) {
        var statement = jdbc.sql("update applicant set status = :to" + (set == null ? "" : ", " + set)
                + " where applicant_id = :id and recruitment_id = :recruitment and status = :from")
                .param("to", to.name()).param("id", applicantId).param("recruitment", processInstanceId)
                .param("from", from.name());
        if (name1 != null) {
            statement = statement.param(name1, value1);
        }
        if (name2 != null) {
            statement = statement.param(name2, value2);
        }
        if (statement.update() != 1) {
            throw new IllegalStateException("applicant " + applicantId + " is not " + from + " in recruitment "
                    + processInstanceId);
        }
    }

    private static Applicant withTotal(Applicant a, BigDecimal total) {
        return new Applicant(a.applicantId(), a.recruitmentId(), a.idCardNumber(), a.name(), a.birthDate(), a.education(),
                a.qualification(), a.partyMember(), a.veteran(), a.socialWorkMajor(), a.criminalRecord(),
                a.appliedAt(), a.proposedEligible(), a.proposalReasons(), a.eligible(), a.ineligibleReason(),
                a.writtenScore(), a.interviewScore(), total, a.rankNo(), a.status(), a.seat(), a.vettingNote(),
                a.workerId());
    }
}
