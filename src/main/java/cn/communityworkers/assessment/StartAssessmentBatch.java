package cn.communityworkers.assessment;

import java.util.List;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.communityworkers.system.Case;
import cn.communityworkers.system.Cases;

/**
 * One pass of starting a street's assessments: the street's next batch of the workers recorded when the campaign
 * started get theirs, in one transaction with their records and their removal from those still to start. A crash
 * rolls the batch back; the retried job starts the same workers. The streets' passes run side by side (each street is
 * a lane of its own, one of the streets recorded with the campaign's case).
 * <p>
 * The batch's workers are read in one query and recorded in one insert, and each assessment starts with all its
 * variables and the case prepared for it ({@link AnnualAssessmentProcess#start}: worker, community, street, county,
 * campaign and year: its routing and registry writes go by it), which its first step records: one more insert per
 * assessment, written with the batch's others in one round trip. Only what the model, its forms and Tasklist read is
 * stored as variables: every variable is a row, its history row and a detail row (the names and the year none,
 * {@code audit.StartNamesHistory}), and a campaign starts a whole county's. The assessment's latest process definition
 * is looked up once for the batch (a start by key asks the database for it every time).
 */
@Component("startAssessmentBatch")
class StartAssessmentBatch implements JavaDelegate {

    private final CampaignService campaigns;
    private final Cases cases;
    private final RuntimeService runtimeService;
    private final RepositoryService repositoryService;
    private final AssessmentProperties properties;

    StartAssessmentBatch(CampaignService campaigns, Cases cases, RuntimeService runtimeService,
            RepositoryService repositoryService, AssessmentProperties properties) {
        this.campaigns = campaigns;
        this.cases = cases;
        this.runtimeService = runtimeService;
        this.repositoryService = repositoryService;
        this.properties = properties;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Case campaign = cases.of(execution);
        String campaignId = campaign.processInstanceId();
        int year = campaign.requestedNumber(AssessmentCampaignProcess.YEAR.name());
        CampaignService.Batch next = campaigns.nextBatch(campaignId, cases.street(execution), properties.batchSize(),
                year);
        List<CampaignService.Assessee> batch = next.assessees();
        campaigns.recordStarted(campaignId, year, batch);
        String definitionId = batch.isEmpty() ? null : repositoryService.createProcessDefinitionQuery()
                .processDefinitionKey(AnnualAssessmentProcess.KEY).latestVersion().singleResult().getId();
        for (CampaignService.Assessee assessee : batch) {
            AnnualAssessmentProcess.start(runtimeService, definitionId, cases, campaign, year, assessee,
                    properties.satisfactionDeadline());
        }
        AssessmentCampaignProcess.ALL_STARTED.set(execution, next.last());
    }
}
