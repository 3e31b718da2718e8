package cn.communityworkers.assessment;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.communityworkers.workforce.WorkerStatus;

/**
 * One pass of starting a street's assessments: the street's next batch of workers without an assessment in the
 * campaign get one, in one transaction with their records. A crash rolls the batch back; the retried job starts
 * the same workers. The streets' passes run side by side (each street is a lane of its own).
 * <p>
 * The batch's workers are read in one query and recorded in one insert, and each assessment starts with all its
 * variables. Only what the model, its forms and Tasklist read is stored: every variable is a row, its history row
 * and a detail row, and a campaign starts a whole county's.
 */
@Component("startAssessmentBatch")
class StartAssessmentBatch implements JavaDelegate {

    private final CampaignService campaigns;
    private final RuntimeService runtimeService;
    private final AssessmentProperties properties;

    StartAssessmentBatch(CampaignService campaigns, RuntimeService runtimeService, AssessmentProperties properties) {
        this.campaigns = campaigns;
        this.runtimeService = runtimeService;
        this.properties = properties;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String campaignId = execution.getProcessInstanceId();
        int year = (Integer) execution.getVariable(AssessmentProcess.YEAR);
        String streetCode = (String) execution.getVariable(AssessmentProcess.STREET_CODE);
        List<CampaignService.Assessee> batch = campaigns.nextAssessees(campaignId, streetCode, properties.batchSize());
        campaigns.recordStarted(campaignId, year, batch);
        for (CampaignService.Assessee assessee : batch) {
            runtimeService.startProcessInstanceByKey(AssessmentProcess.ASSESSMENT_KEY,
                    AnnualAssessment.businessKey(year, assessee.workerId()), variables(assessee, year, campaignId));
        }
        execution.setVariable(AssessmentProcess.ALL_STARTED, batch.size() < properties.batchSize());
    }

    /** Who is assessed, by which units, and whether in probation: what the model, its forms and Tasklist read. */
    private Map<String, Object> variables(CampaignService.Assessee assessee, int year, String campaignId) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(AnnualAssessment.WORKER_ID, assessee.workerId());
        variables.put(AssessmentProcess.YEAR, year);
        variables.put(AnnualAssessment.CAMPAIGN_ID, campaignId);
        variables.put(AssessmentProcess.STREET_CODE, assessee.streetCode());
        variables.put(AnnualAssessment.WORKER_NAME, assessee.name());
        variables.put(AnnualAssessment.COMMUNITY_CODE, assessee.communityCode());
        variables.put(AnnualAssessment.COMMUNITY_NAME, assessee.communityName());
        variables.put(AnnualAssessment.STREET_NAME, assessee.streetName());
        boolean inProbation = WorkerStatus.valueOf(assessee.status()) == WorkerStatus.PROBATION;
        variables.put(AnnualAssessment.IN_PROBATION, inProbation);
        variables.put(AnnualAssessment.UNDER_DISCIPLINARY_ACTION, assessee.underDisciplinaryAction());
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
