package cn.communityworkers.assessment;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.communityworkers.system.NotFoundException;
import cn.communityworkers.workforce.DisciplinaryActions;

/**
 * Annual assessment campaigns: one per county and year; which workers are assessed; the assessments
 * started so far and how far they are.
 */
@Service
public class CampaignService {

    /**
     * The stages of one worker's assessment, in order: rules' proposal made, committee's rating confirmed and on
     * notice, notice over (the rating is final), grade and contract applied. Withdrawn: the assessment was deleted
     * before the committee confirmed it, and its street goes on without it.
     */
    public enum Stage {
        STARTED, PROPOSED, CONFIRMED, FINAL, APPLIED, WITHDRAWN
    }

    /** Workers assessed: those in the county's headcount (PROBATION workers are NOT_RATED, comment only). */
    static final List<String> ASSESSED_STATUSES = List.of("ACTIVE", "SECONDED", "PROBATION");

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;
    private final DisciplinaryActions disciplinaryActions;
    private final AssessmentProperties properties;
    private final Clock clock;

    CampaignService(JdbcClient jdbc, JdbcTemplate jdbcTemplate, DisciplinaryActions disciplinaryActions,
            AssessmentProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
        this.disciplinaryActions = disciplinaryActions;
        this.properties = properties;
        this.clock = clock;
    }

    /** Registers the campaign; false if the county already has one for that year (nothing starts twice). */
    @Transactional
    boolean register(String processInstanceId, String countyCode, int year, int excellentQuotaPercent) {
        try {
            jdbc.sql("""
                    insert into assessment_campaign (process_instance_id, county_code, assessment_year,
                      excellent_quota_percent, created_at) values (:id, :county, :year, :quota, :now)""")
                    .param("id", processInstanceId).param("county", countyCode).param("year", year)
                    .param("quota", excellentQuotaPercent).param("now", java.sql.Timestamp.from(Instant.now(clock)))
                    .update();
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    /**
     * A worker still to be assessed in a campaign, with what the assessment shows of the worker, whether the worker is
     * in probation, and the strongest disciplinary action in effect on any day of the assessment year (null if none).
     */
    record Assessee(String workerId, String name, String status, String communityCode, String communityName,
            String streetCode, String streetName, DisciplinaryActions.Action disciplinaryAction) {

        Assessee withAction(DisciplinaryActions.Action action) {
            return new Assessee(workerId, name, status, communityCode, communityName, streetCode, streetName, action);
        }
    }

    /** A street's next batch: the workers to start now, and whether the street has none left after them. */
    record Batch(List<Assessee> assessees, boolean last) {
    }

    /**
     * Takes the street's next workers still to start (in id order, in the community they were in when the campaign
     * started) away from those still to start, in one query and one delete (and one query for their disciplinary
     * actions), in the caller's transaction: a crash half-way gives them back. A worker who has left the headcount
     * since the campaign started is taken but not returned: no assessment. The query reads within the street only,
     * whatever the database's estimates (see migration V29).
     */
    Batch nextBatch(String campaignId, String streetCode, int limit, int year) {
        List<Assessee> taken = jdbc.sql("""
                select p.worker_id, w.name, w.status, c.code community_code, c.name community_name,
                       s.code street_code, s.name street_name
                  from assessment_pending p
                  join worker w on w.worker_id = p.worker_id
                  join community c on c.code = p.community_code
                  join street s on s.code = c.street_code
                 where p.campaign_id = :campaign and p.street_code = :street
                 order by p.worker_id
                 limit :limit""")
                .param("street", streetCode).param("campaign", campaignId).param("limit", limit)
                .query((rs, row) -> new Assessee(rs.getString("worker_id"), rs.getString("name"),
                        rs.getString("status"), rs.getString("community_code"), rs.getString("community_name"),
                        rs.getString("street_code"), rs.getString("street_name"), null)).list();
        if (taken.isEmpty()) {
            return new Batch(List.of(), true);
        }
        jdbc.sql("delete from assessment_pending where campaign_id = :campaign and street_code = :street "
                        + "and worker_id <= :last")
                .param("campaign", campaignId).param("street", streetCode)
                .param("last", taken.get(taken.size() - 1).workerId()).update();
        List<Assessee> assessees = taken.stream().filter(a -> ASSESSED_STATUSES.contains(a.status())).toList();
        Map<String, List<DisciplinaryActions.Action>> actions = disciplinaryActions.ofWorkers(
                assessees.stream().map(Assessee::workerId).toList());
        LocalDate yearStart = LocalDate.of(year, 1, 1);
        LocalDate yearEnd = LocalDate.of(year, 12, 31);
        return new Batch(assessees.stream().map(assessee -> assessee.withAction(DisciplinaryActions.strongestBetween(
                actions.getOrDefault(assessee.workerId(), List.of()), yearStart, yearEnd).orElse(null))).toList(),
                taken.size() < limit);
    }

    /** Records that the workers' assessments exist, in one batch (same transaction as their start). */
    void recordStarted(String campaignId, int year, List<Assessee> assessees) {
        jdbcTemplate.batchUpdate("""
                insert into assessment (business_key, campaign_id, worker_id, street_code, stage)
                values (?, ?, ?, ?, 'STARTED')""", assessees, assessees.size(), (statement, assessee) -> {
            statement.setString(1, AnnualAssessmentProcess.businessKey(year, assessee.workerId()));
            statement.setString(2, campaignId);
            statement.setString(3, assessee.workerId());
            statement.setString(4, assessee.streetCode());
        });
    }

    /**
     * Records the workers the campaign assesses, the county's headcount now, each in its street and community (one
     * statement), and returns their streets.
     */
    List<String> recordWorkersToAssess(String campaignId, String countyCode) {
        jdbc.sql("""
                insert into assessment_pending (campaign_id, street_code, community_code, worker_id)
                select :campaign, c.street_code, c.code, w.worker_id
                  from worker w
                  join community c on c.code = w.community_code
                  join street s on s.code = c.street_code
                 where s.county_code = :county and w.status in (:statuses)""")
                .param("campaign", campaignId).param("county", countyCode).param("statuses", ASSESSED_STATUSES)
                .update();
        return jdbc.sql("select distinct street_code from assessment_pending where campaign_id = :campaign "
                        + "order by street_code")
                .param("campaign", campaignId).query(String.class).list();
    }

    /**
     * Progress of a campaign: workers to assess (those started and those of its start's headcount still in it and not
     * started yet), assessments started, and how many are at each stage.
     */
    public record Progress(String countyCode, int year, String processInstanceId, long total, long started,
            Map<String, Long> stages) {
    }

    public Progress progress(String countyCode, int year) {
        Map<String, Object> campaign = jdbc.sql("""
                select process_instance_id from assessment_campaign where county_code = :county and assessment_year = :year""")
                .param("county", countyCode).param("year", year).query().listOfRows().stream().findFirst()
                .orElseThrow(() -> new NotFoundException("年度考核", countyCode + "/" + year));
        String campaignId = (String) campaign.values().iterator().next();
        Map<String, Long> stages = new LinkedHashMap<>();
        for (Stage stage : Stage.values()) {
            stages.put(stage.name(), 0L);
        }
        jdbc.sql("select stage, count(*) as n from assessment where campaign_id = :campaign group by stage")
                .param("campaign", campaignId).query((rs, row) -> Map.entry(rs.getString(1), rs.getLong(2))).list()
                .forEach(entry -> stages.put(entry.getKey(), entry.getValue()));
        long started = stages.values().stream().mapToLong(Long::longValue).sum();
        long notYet = jdbc.sql("""
                select count(*) from assessment_pending p join worker w on w.worker_id = p.worker_id
                 where p.campaign_id = :campaign and w.status in (:statuses)""")
                .param("statuses", ASSESSED_STATUSES).param("campaign", campaignId).query(Long.class).single();
        return new Progress(countyCode, year, campaignId, started + notYet, started, stages);
    }

    /** Whether every assessment of a street in the campaign has its proposed rating. */
    boolean allProposed(String campaignId, String streetCode) {
        return jdbc.sql("select count(*) from assessment where campaign_id = :campaign and street_code = :street and stage = 'STARTED'")
                .param("campaign", campaignId).param("street", streetCode).query(Long.class).single() == 0;
    }

    /** The rules' proposal for one worker, with the scores behind its total and its reason (when it has one). */
    record Proposal(BigDecimal politicalScore, BigDecimal performanceScore, BigDecimal satisfactionScore,
            BigDecimal totalScore, String rating, String reason) {
    }

    @Transactional
    void recordProposal(String businessKey, Proposal proposal) {
        jdbc.sql("""
                update assessment set stage = 'PROPOSED', political_score = :political, performance_score = :performance,
                       satisfaction_score = :satisfaction, total_score = :total, proposed_rating = :rating,
                       proposal_reason = :reason
                 where business_key = :key and stage = 'STARTED'""")
                .param("political", proposal.politicalScore()).param("performance", proposal.performanceScore())
                .param("satisfaction", proposal.satisfactionScore()).param("total", proposal.totalScore())
                .param("rating", proposal.rating()).param("reason", proposal.reason()).param("key", businessKey).update();
    }

    /** One line of a street's ratings, ranked by total score. */
    public record StreetRating(String businessKey, String workerId, String workerName, String communityName,
            BigDecimal politicalScore, BigDecimal performanceScore, BigDecimal satisfactionScore, BigDecimal totalScore,
            String proposedRating, String proposalReason, String confirmedRating, String overrideReason) {

        StreetRating proposing(String rating, String reason) {
            return new StreetRating(businessKey, workerId, workerName, communityName, politicalScore, performanceScore,
                    satisfactionScore, totalScore, rating, reason, confirmedRating, overrideReason);
        }

        StreetRating confirming(String rating, String reason) {
            return new StreetRating(businessKey, workerId, workerName, communityName, politicalScore, performanceScore,
                    satisfactionScore, totalScore, proposedRating, proposalReason, rating, reason);
        }
    }

    List<StreetRating> streetRatings(String campaignId, String streetCode) {
        return jdbc.sql("""
                select a.business_key, a.worker_id, w.name as worker_name, c.name as community_name, a.political_score,
                       a.performance_score, a.satisfaction_score, a.total_score, a.proposed_rating, a.proposal_reason,
                       a.confirmed_rating, a.override_reason
                  from assessment a join worker w on w.worker_id = a.worker_id
                  join community c on c.code = w.community_code
                 where a.campaign_id = :campaign and a.street_code = :street and a.stage <> 'WITHDRAWN'
                 order by a.total_score desc nulls last, a.worker_id""")
                .param("campaign", campaignId).param("street", streetCode).query(StreetRating.class).list();
    }

    /** Workers of the street whose assessment was withdrawn (a committee's form opened before may still list them). */
    List<String> withdrawnWorkers(String campaignId, String streetCode) {
        return jdbc.sql("""
                select worker_id from assessment
                 where campaign_id = :campaign and street_code = :street and stage = 'WITHDRAWN'""")
                .param("campaign", campaignId).param("street", streetCode).query(String.class).list();
    }

    int excellentQuotaPercent(String campaignId) {
        return jdbc.sql("select excellent_quota_percent from assessment_campaign where process_instance_id = :id")
                .param("id", campaignId).query(Integer.class).single();
    }

    /** The EXCELLENT quota of a street of the campaign with {@code ratedWorkers} rated workers. */
    int excellentQuota(String campaignId, int ratedWorkers) {
        return excellentQuota(excellentQuotaPercent(campaignId), ratedWorkers, properties.oneExcellentFrom());
    }

    /**
     * The EXCELLENT quota: floor of percent × rated workers, at least 1 when {@code oneExcellentFrom} or more are rated
     * (property {@code assessment.one-excellent-from}).
     */
    static int excellentQuota(int percent, int ratedWorkers, int oneExcellentFrom) {
        int quota = percent * ratedWorkers / 100;
        return ratedWorkers >= oneExcellentFrom ? Math.max(1, quota) : quota;
    }

    /**
     * The committee's ratings, as confirmed (published for notice), with the street's proposal they were confirmed
     * against (the rules' proposal within the street's quota, {@link StreetProposal}).
     */
    @Transactional
    void confirm(List<StreetRating> confirmed) {
        for (StreetRating rating : confirmed) {
            jdbc.sql("""
                    update assessment set stage = 'CONFIRMED', proposed_rating = :proposed, proposal_reason = :proposalReason,
                           confirmed_rating = :rating, override_reason = :reason
                     where business_key = :key""")
                    .param("proposed", rating.proposedRating()).param("proposalReason", rating.proposalReason())
                    .param("rating", rating.confirmedRating()).param("reason", rating.overrideReason())
                    .param("key", rating.businessKey()).update();
        }
    }

    /** A rating changed on review of an objection during the notice. */
    @Transactional
    void review(String businessKey, String rating, String reason) {
        jdbc.sql("update assessment set confirmed_rating = :rating, override_reason = :reason where business_key = :key")
                .param("rating", rating).param("reason", reason).param("key", businessKey).update();
    }

    /**
     * Takes a deleted assessment out of its street's ratings if the committee has not confirmed them yet; false if
     * it had (a confirmed rating has been published for notice and stays as it is).
     */
    @Transactional
    boolean withdraw(String businessKey) {
        return jdbc.sql("update assessment set stage = 'WITHDRAWN' where business_key = :key "
                        + "and stage in ('STARTED', 'PROPOSED')")
                .param("key", businessKey).update() == 1;
    }

    /** The street's notice is over: its confirmed ratings are final. */
    @Transactional
    void finalise(String campaignId, String streetCode) {
        jdbc.sql("update assessment set stage = 'FINAL' where campaign_id = :campaign and street_code = :street "
                        + "and stage = 'CONFIRMED'")
                .param("campaign", campaignId).param("street", streetCode).update();
    }

    /** The rating confirmed for an assessment (by the street committee, or on review of an objection). */
    String confirmedRating(String businessKey) {
        return jdbc.sql("select confirmed_rating from assessment where business_key = :key").param("key", businessKey)
                .query(String.class).optional()
                .orElseThrow(() -> new IllegalStateException("no confirmed rating for assessment " + businessKey));
    }

    boolean isFinal(String businessKey) {
        return jdbc.sql("select stage from assessment where business_key = :key").param("key", businessKey)
                .query(String.class).single().equals(Stage.FINAL.name());
    }

    @Transactional
    void markApplied(String businessKey) {
        jdbc.sql("update assessment set stage = 'APPLIED' where business_key = :key").param("key", businessKey).update();
    }

    Optional<String> campaignOfAssessment(String businessKey) {
        return jdbc.sql("select campaign_id from assessment where business_key = :key").param("key", businessKey)
                .query(String.class).optional();
    }

    Optional<String> campaignOf(String countyCode, int year) {
        return jdbc.sql("select process_instance_id from assessment_campaign where county_code = :county and assessment_year = :year")
                .param("county", countyCode).param("year", year).query(String.class).optional();
    }
}
