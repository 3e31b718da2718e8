package cn.communityworkers.assessment;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.communityworkers.workforce.WorkerStatus;

/**
 * First step of one worker's assessment: who is assessed, by which units, and whether still in probation (one
 * query). Only what the model, its forms and Tasklist read is stored: every variable is a row, its history row
 * and a detail row, and a campaign starts a whole county's.
 */
@Component("prepareAssessment")
class PrepareAssessment implements JavaDelegate {

    private final CampaignService campaigns;
    private final AssessmentProperties properties;

    PrepareAssessment(CampaignService campaigns, AssessmentProperties properties) {
        this.campaigns = campaigns;
        this.properties = properties;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String workerId = (String) execution.getVariable(AnnualAssessment.WORKER_ID);
        CampaignService.AssessedWorker worker = campaigns.assessedWorker(workerId)
                .orElseThrow(() -> new IllegalStateException("no worker " + workerId));
        Map<String, Object> variables = new HashMap<>();
        variables.put(AnnualAssessment.WORKER_NAME, worker.name());
        variables.put(AnnualAssessment.COMMUNITY_CODE, worker.communityCode());
        variables.put(AnnualAssessment.COMMUNITY_NAME, worker.communityName());
        variables.put(AnnualAssessment.STREET_NAME, worker.streetName());
        boolean inProbation = WorkerStatus.valueOf(worker.status()) == WorkerStatus.PROBATION;
        variables.put(AnnualAssessment.IN_PROBATION, inProbation);
        variables.put(AnnualAssessment.UNDER_DISCIPLINARY_ACTION, worker.underDisciplinaryAction());
        if (inProbation) {
            // Not rated: the rating rules still read the scores, which nobody gives.
            variables.put(AnnualAssessment.POLITICAL_SCORE, null);
            variables.put(AnnualAssessment.PERFORMANCE_SCORE, null);
            variables.put(AnnualAssessment.SATISFACTION_SCORE, null);
        } else {
            variables.put(AnnualAssessment.SATISFACTION_DEADLINE, properties.satisfactionDeadline().toString());
        }
        execution.setVariables(variables);
    }
}
