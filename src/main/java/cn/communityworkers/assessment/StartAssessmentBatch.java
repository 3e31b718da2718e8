package cn.communityworkers.assessment;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.communityworkers.system.Case;
import cn.communityworkers.system.Cases;
import cn.communityworkers.workforce.WorkerStatus;

/**
 * One pass of starting a street's assessments: the street's next batch of workers without an assessment in the
 * campaign get one, in one transaction with their records. A crash rolls the batch back; the retried job starts
 * the same workers. The streets' passes run side by side (each street is a lane of its own, one of the streets
 * recorded with the campaign's case).
 * <p>
 * The batch's workers are read in one query and recorded in one insert, and each assessment starts with all its
 * variables and the case prepared for it (worker, community, street, county, campaign and year: its routing and
 * registry writes go by it), which its first step records: one more insert per assessment, written with the batch's
 * others in one round trip. Only what the model, its forms and Tasklist read is stored as variables: every variable
 * is a row, its history row and a detail row, and a campaign starts a whole county's.
 */
@Component("startAssessmentBatch")
class StartAssessmentBatch implements JavaDelegate {

    private final CampaignService campaigns;
    private final Cases cases;
    private final RuntimeService runtimeService;
    private final AssessmentProperties properties;

    StartAssessmentBatch(CampaignService campaigns, Cases cases, RuntimeService runtimeService,
            AssessmentProperties properties) {
        this.campaigns = campaigns;
        this.cases = cases;
        this.runtimeService = runtimeService;
        this.properties = properties;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Case campaign = cases.of(execution);
        String campaignId = campaign.processInstanceId();
        int year = campaign.requestedNumber(AssessmentProcess.YEAR);
        String streetCode = cases.street(execution);
        List<CampaignService.Assessee> batch = campaigns.nextAssessees(campaignId, streetCode, properties.batchSize(),
                year);
        campaigns.recordStarted(campaignId, year, batch);
        for (CampaignService.Assessee assessee : batch) {
            String businessKey = AnnualAssessment.businessKey(year, assessee.workerId());
            Map<String, Object> request = new LinkedHashMap<>();
            request.put(AnnualAssessment.CAMPAIGN_ID, campaignId);
            request.put(AssessmentProcess.YEAR, year);
            if (assessee.disciplinaryAction() != null) {
                // The year's strongest action as the registry has it now: the rating table is given it from the case
                // (RatingInputs), whatever is recorded later or written into a variable.
                request.put(AnnualAssessment.DISCIPLINARY_ACTION_TYPE, assessee.disciplinaryAction().type().name());
                request.put(AnnualAssessment.DISCIPLINARY_ACTION_DECIDED_ON,
                        assessee.disciplinaryAction().decidedOn().toString());
            }
            cases.prepare(AssessmentProcess.ASSESSMENT_KEY, businessKey, new Case.Units(campaign.requireCounty(),
                    assessee.streetCode(), assessee.communityCode()), assessee.workerId(), request);
            runtimeService.startProcessInstanceByKey(AssessmentProcess.ASSESSMENT_KEY, businessKey,
                    variables(assessee, year));
        }
        execution.setVariable(AssessmentProcess.ALL_STARTED, batch.size() < properties.batchSize());
    }

    /** Who is assessed, in which units (names), and whether in probation: what the model, its forms and Tasklist read. */
    private Map<String, Object> variables(CampaignService.Assessee assessee, int year) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(AnnualAssessment.WORKER_ID, assessee.workerId());
        variables.put(AssessmentProcess.YEAR, year);
        variables.put(AnnualAssessment.WORKER_NAME, assessee.name());
        variables.put(AnnualAssessment.COMMUNITY_NAME, assessee.communityName());
        variables.put(AnnualAssessment.STREET_NAME, assessee.streetName());
        boolean inProbation = WorkerStatus.valueOf(assessee.status()) == WorkerStatus.PROBATION;
        variables.put(AnnualAssessment.IN_PROBATION, inProbation);
        if (inProbation) {
            // Not rated: the rating rules still read the scores, which nobody gives.
            variables.put(AnnualAssessment.POLITICAL_SCORE, null);
            variables.put(AnnualAssessment.PERFORMANCE_SCORE, null);
            variables.put(AnnualAssessment.SATISFACTION_SCORE, null);
        } else {
            variables.put(AnnualAssessment.SATISFACTION_DEADLINE, properties.satisfactionDeadline().toString());
        }
        return variables;
    }
}
