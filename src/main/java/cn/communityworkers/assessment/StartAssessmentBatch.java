package cn.communityworkers.assessment;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * One pass of starting a street's assessments: the street's next batch of workers without an assessment in the
 * campaign get one, in one transaction with their records. A crash rolls the batch back; the retried job starts
 * the same workers. The streets' passes run side by side (each street is a lane of its own).
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
        for (CampaignService.Assessee assessee : batch) {
            String businessKey = AnnualAssessment.businessKey(year, assessee.workerId());
            campaigns.recordStarted(businessKey, campaignId, assessee);
            runtimeService.startProcessInstanceByKey(AssessmentProcess.ASSESSMENT_KEY, businessKey, Map.of(
                    AnnualAssessment.WORKER_ID, assessee.workerId(), AssessmentProcess.YEAR, year,
                    AnnualAssessment.CAMPAIGN_ID, campaignId, AssessmentProcess.STREET_CODE, assessee.streetCode()));
        }
        execution.setVariable(AssessmentProcess.ALL_STARTED, batch.size() < properties.batchSize());
    }
}
