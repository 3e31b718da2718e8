package cn.communityworkers.assessment;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.history.HistoricDecisionOutputInstance;
import org.springframework.stereotype.Component;

import cn.communityworkers.system.Case;
import cn.communityworkers.system.Cases;
import cn.communityworkers.workforce.Worker;
import cn.communityworkers.workforce.WorkerService;
import cn.communityworkers.workforce.WorkerStatus;

/**
 * The labour contract ends on the assessment's ground: the case's worker is TERMINATED, recorded with the year, the
 * confirmed rating (as the campaign recorded it) and the ground the grade-adjustment table gave (as the engine's
 * history of that decision keeps it: the street's confirmation came in between, so no variable is trusted for it).
 */
@Component("dismissWorker")
class DismissWorker implements JavaDelegate {

    private final WorkerService workers;
    private final CampaignService campaigns;
    private final Cases cases;
    private final HistoryService historyService;

    DismissWorker(WorkerService workers, CampaignService campaigns, Cases cases, HistoryService historyService) {
        this.workers = workers;
        this.campaigns = campaigns;
        this.cases = cases;
        this.historyService = historyService;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Case assessment = cases.of(execution);
        Worker worker = workers.find(assessment.requireWorker()).orElseThrow();
        WorkerStatus from = worker.getStatus();
        String ground = "年度考核(" + assessment.requestedNumber(AssessmentProcess.YEAR) + "年)"
                + campaigns.confirmedRating(execution.getProcessBusinessKey()) + ",解除劳动合同:"
                + decidedGround(execution.getProcessInstanceId());
        if (!workers.changeStatus(worker.getWorkerId(), from, WorkerStatus.TERMINATED, ground, execution.getProcessInstanceId())) {
            throw new IllegalStateException("worker " + worker.getWorkerId() + " changed status meanwhile; dismiss again");
        }
    }

    /** The ground of the assessment's latest grade-adjustment decision. */
    private String decidedGround(String processInstanceId) {
        HistoricDecisionInstance decision = historyService.createHistoricDecisionInstanceQuery()
                .processInstanceId(processInstanceId).decisionDefinitionKey(AssessmentDecisions.GRADE_ADJUSTMENT)
                .includeOutputs().orderByEvaluationTime().desc().listPage(0, 1).stream().findFirst()
                .orElseThrow(() -> new IllegalStateException("assessment " + processInstanceId
                        + " has no grade-adjustment decision to dismiss on"));
        return decision.getOutputs().stream()
                .filter(output -> AssessmentDecisions.GROUND.equals(output.getVariableName()))
                .map(HistoricDecisionOutputInstance::getValue).map(String::valueOf).findFirst()
                .orElseThrow(() -> new IllegalStateException("the grade-adjustment decision of " + processInstanceId
                        + " gave no ground"));
    }
}
