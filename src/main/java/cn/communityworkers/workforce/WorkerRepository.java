package cn.communityworkers.workforce;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@link Worker} aggregate (table {@code worker}, with {@code secretary_term} and {@code assessment_record}),
 * loaded and saved whole. Saving guards against lost updates with the row's {@code version}: a worker changed by
 * someone else since it was loaded is refused ({@link OptimisticLockingFailureException}).
 */
@Repository
class WorkerRepository {

    /** The most values one query's list asks for. */
    private static final int SLICE = 1_000;

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate named;

    WorkerRepository(JdbcClient jdbc, NamedParameterJdbcTemplate named) {
        this.jdbc = jdbc;
        this.named = named;
    }

    Optional<Worker> findById(String workerId) {
        Optional<Worker> found = jdbc.sql("select * from worker where worker_id = :id").param("id", workerId)
                .query((rs, row) -> {
                    Worker worker = new Worker(rs.getString("worker_id"));
                    worker.setVersion(rs.getLong("version"));
                    worker.setName(rs.getString("name"));
                    worker.setIdCardNumber(rs.getString("id_card_number"));
                    String sex = rs.getString("sex");
                    worker.setSex(sex == null ? null : Sex.valueOf(sex));
                    worker.setBirthDate(rs.getObject("birth_date", LocalDate.class));
                    worker.setCommunityCode(rs.getString("community_code"));
                    worker.setRole(Role.valueOf(rs.getString("role")));
                    worker.setEducation(Education.valueOf(rs.getString("education")));
                    worker.setQualification(Qualification.valueOf(rs.getString("qualification")));
                    worker.setQualificationAtLastGrading(
                            Qualification.valueOf(rs.getString("qualification_at_last_grading")));
                    worker.setPartyMember(rs.getBoolean("party_member"));
                    worker.setStatus(WorkerStatus.valueOf(rs.getString("status")));
                    worker.setCommunityWorkSince(rs.getObject("community_work_since", LocalDate.class));
                    worker.setCreditedCommunityYears(rs.getInt("credited_community_years"));
                    worker.setGradeLevel(rs.getInt("grade_level"));
                    worker.setLastGradeStepYear(rs.getObject("last_grade_step_year", Integer.class));
                    worker.setEarlyGradeSteps(rs.getInt("early_grade_steps"));
                    worker.setMonthlyPay(rs.getBigDecimal("monthly_pay"));
                    worker.setContractEnd(rs.getObject("contract_end", LocalDate.class));
                    worker.setProbationEnd(rs.getObject("probation_end", LocalDate.class));
                    worker.setFixedTermContracts(rs.getInt("fixed_term_contracts"));
                    worker.setProbationPayPercent(rs.getObject("probation_pay_percent", Integer.class));
                    worker.setUnderInvestigation(rs.getBoolean("under_investigation"));
                    worker.setSocialInsuranceEnrolled(rs.getBoolean("social_insurance_enrolled"));
                    worker.setHousingFundEnrolled(rs.getBoolean("housing_fund_enrolled"));
                    return worker;
                }).optional();
        found.ifPresent(worker -> {
            worker.setSecretaryTerms(jdbc.sql("""
                    select term_start, term_end, completed from secretary_term
                     where worker_id = :id order by term_index""")
                    .param("id", workerId).query((rs, row) -> new SecretaryTerm(
                            rs.getObject(1, LocalDate.class), rs.getObject(2, LocalDate.class),
                            rs.getBoolean(3))).list());
            worker.setAssessmentHistory(new LinkedHashSet<>(jdbc.sql("""
                    select assessment_year, rating from assessment_record
                     where worker_id = :id order by assessment_year""")
                    .param("id", workerId).query((rs, row) -> new AssessmentRecord(rs.getInt(1),
                            Rating.valueOf(rs.getString(2)))).list()));
        });
        return found;
    }

    boolean existsById(String workerId) {
        return jdbc.sql("select count(*) from worker where worker_id = :id").param("id", workerId)
                .query(Integer.class).single() > 0;
    }

    /** Whether a worker with this identity number is registered. */
    boolean existsByIdCardNumber(String idCardNumber) {
        return jdbc.sql("select count(*) from worker where id_card_number = :number").param("number", idCardNumber)
                .query(Integer.class).single() > 0;
    }

    /** Of these workers' ids, those that are registered: a query per thousand. */
    Set<String> registeredIds(Collection<String> workerIds) {
        return registered("worker_id", workerIds);
    }

    /** Of these identity numbers, those that are registered: a query per thousand. */
    Set<String> registeredIdCardNumbers(Collection<String> idCardNumbers) {
        return registered("id_card_number", idCardNumbers);
    }

    private Set<String> registered(String column, Collection<String> values) {
        List<String> asked = List.copyOf(values);
        Set<String> found = new HashSet<>();
        for (int from = 0; from < asked.size(); from += SLICE) {
            found.addAll(jdbc.sql("select " + column + " from worker where " + column + " in (:values)")
                    .param("values", asked.subList(from, Math.min(asked.size(), from + SLICE)))
                    .query(String.class).list());
        }
        return found;
    }

    /**
     * Inserts new workers (no version yet) at version 0 with their terms and ratings, a batch per table (a roster's
     * registrations).
     */
    void insertAll(List<Worker> added) {
        if (added.isEmpty()) {
            return;
        }
        List<Map<String, Object>> rows = added.stream().map(WorkerRepository::columns).toList();
        Set<String> columns = rows.get(0).keySet();
        named.batchUpdate("insert into worker (" + String.join(", ", columns) + ", version) values (:"
                + String.join(", :", columns) + ", 0)", rows.stream().map(MapSqlParameterSource::new)
                .toArray(SqlParameterSource[]::new));
        added.forEach(worker -> worker.setVersion(0L));
        insertTermsAndRatings(added);
    }

    /**
     * Stores a loaded worker: updated, and its version moves on, only if the row still has the version it was loaded
     * with. Its terms and ratings are written anew. (New workers are inserted by {@link #insertAll}.)
     */
    void save(Worker worker) {
        Map<String, Object> columns = columns(worker);
        List<String> assignments = columns.keySet().stream().filter(column -> !column.equals("worker_id"))
                .map(column -> column + " = :" + column).toList();
        int updated = jdbc.sql("update worker set " + String.join(", ", assignments)
                        + ", version = version + 1 where worker_id = :worker_id and version = :version")
                .params(columns).param("version", worker.getVersion()).update();
        if (updated != 1) {
            throw new OptimisticLockingFailureException("worker '" + worker.getWorkerId()
                    + "' was changed by someone else since it was read");
        }
        worker.setVersion(worker.getVersion() + 1);
        jdbc.sql("delete from secretary_term where worker_id = :id").param("id", worker.getWorkerId()).update();
        jdbc.sql("delete from assessment_record where worker_id = :id").param("id", worker.getWorkerId()).update();
        insertTermsAndRatings(List.of(worker));
    }

    private void insertTermsAndRatings(List<Worker> stored) {
        List<SqlParameterSource> terms = new ArrayList<>();
        List<SqlParameterSource> ratings = new ArrayList<>();
        for (Worker worker : stored) {
            List<SecretaryTerm> held = worker.getSecretaryTerms();
            for (int i = 0; i < held.size(); i++) {
                terms.add(new MapSqlParameterSource().addValue("id", worker.getWorkerId()).addValue("index", i)
                        .addValue("start", held.get(i).start()).addValue("end", held.get(i).end())
                        .addValue("completed", held.get(i).completed()));
            }
            for (AssessmentRecord rated : worker.getAssessmentHistory()) {
                ratings.add(new MapSqlParameterSource().addValue("id", worker.getWorkerId())
                        .addValue("year", rated.year()).addValue("rating", rated.rating().name()));
            }
        }
        if (!terms.isEmpty()) {
            named.batchUpdate("""
                    insert into secretary_term (worker_id, term_index, term_start, term_end, completed)
                    values (:id, :index, :start, :end, :completed)""", terms.toArray(SqlParameterSource[]::new));
        }
        if (!ratings.isEmpty()) {
            named.batchUpdate("insert into assessment_record (worker_id, assessment_year, rating) values (:id, :year, :rating)",
                    ratings.toArray(SqlParameterSource[]::new));
        }
    }

    private static Map<String, Object> columns(Worker worker) {
        Map<String, Object> columns = new LinkedHashMap<>();
        columns.put("worker_id", worker.getWorkerId());
        columns.put("name", worker.getName());
        columns.put("id_card_number", worker.getIdCardNumber());
        columns.put("sex", worker.getSex() == null ? null : worker.getSex().name());
        columns.put("birth_date", worker.getBirthDate());
        columns.put("community_code", worker.getCommunityCode());
        columns.put("role", worker.getRole().name());
        columns.put("education", worker.getEducation().name());
        columns.put("qualification", worker.getQualification().name());
        columns.put("qualification_at_last_grading", worker.getQualificationAtLastGrading().name());
        columns.put("party_member", worker.isPartyMember());
        columns.put("status", worker.getStatus().name());
        columns.put("community_work_since", worker.getCommunityWorkSince());
        columns.put("credited_community_years", worker.getCreditedCommunityYears());
        columns.put("grade_level", worker.getGradeLevel());
        columns.put("last_grade_step_year", worker.getLastGradeStepYear());
        columns.put("early_grade_steps", worker.getEarlyGradeSteps());
        columns.put("monthly_pay", worker.getMonthlyPay());
        columns.put("contract_end", worker.getContractEnd());
        columns.put("probation_end", worker.getProbationEnd());
        columns.put("fixed_term_contracts", worker.getFixedTermContracts());
        columns.put("probation_pay_percent", worker.getProbationPayPercent());
        columns.put("under_investigation", worker.isUnderInvestigation());
        columns.put("social_insurance_enrolled", worker.isSocialInsuranceEnrolled());
        columns.put("housing_fund_enrolled", worker.isHousingFundEnrolled());
        return columns;
    }

    /**
     * Moves a worker from one status to another in one statement: of two concurrent moves from the same
     * status, only the first finds the row still in that status.
     */
    int changeStatus(String workerId, String from, String to) {
        return jdbc.sql("""
                update worker set status = :to, version = version + 1
                 where worker_id = :id and status = :from""")
                .param("to", to).param("id", workerId).param("from", from).update();
    }

    long countInCounty(String countyCode, Collection<String> statuses) {
        return jdbc.sql("""
                select count(*) from worker w
                  join community c on c.code = w.community_code
                  join street s on s.code = c.street_code
                 where s.county_code = :countyCode and w.status in (:statuses)""")
                .param("countyCode", countyCode).param("statuses", statuses).query(Long.class).single();
    }
}
