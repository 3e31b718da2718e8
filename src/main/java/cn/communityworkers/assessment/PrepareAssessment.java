package cn.communityworkers.assessment;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.communityworkers.organisation.OrgUnit;
import cn.communityworkers.organisation.OrganisationService;
import cn.communityworkers.system.WorkflowProperties;
import cn.communityworkers.workforce.Worker;
import cn.communityworkers.workforce.WorkerService;
import cn.communityworkers.workforce.WorkerStatus;

/** First step of one worker's assessment: who is assessed, by which units, and whether still in probation. */
@Component("prepareAssessment")
class PrepareAssessment implements JavaDelegate {

    private final WorkerService workers;
    private final OrganisationService organisation;
    private final AssessmentProperties properties;
    private final WorkflowProperties workflow;

    PrepareAssessment(WorkerService workers, OrganisationService organisation, AssessmentProperties properties,
            WorkflowProperties workflow) {
        this.workers = workers;
        this.organisation = organisation;
        this.properties = properties;
        this.workflow = workflow;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String workerId = (String) execution.getVariable(AnnualAssessment.WORKER_ID);
        Worker worker = workers.find(workerId).orElseThrow(() -> new IllegalStateException("no worker " + workerId));
        OrgUnit unit = organisation.findUnitOfCommunity(worker.getCommunityCode()).orElseThrow();
        Map<String, Object> variables = new HashMap<>();
        variables.put(AnnualAssessment.WORKER_NAME, worker.getName());
        variables.put(AnnualAssessment.COMMUNITY_CODE, unit.communityCode());
        variables.put(AnnualAssessment.COMMUNITY_NAME, unit.communityName());
        variables.put(AnnualAssessment.STREET_NAME, unit.streetName());
        variables.put(AnnualAssessment.IN_PROBATION, worker.getStatus() == WorkerStatus.PROBATION);
        variables.put(AnnualAssessment.UNDER_DISCIPLINARY_ACTION, worker.isUnderDisciplinaryAction());
        variables.put(AnnualAssessment.POLITICAL_SCORE, null);
        variables.put(AnnualAssessment.PERFORMANCE_SCORE, null);
        variables.put(AnnualAssessment.SATISFACTION_SCORE, null);
        variables.put(AnnualAssessment.SATISFACTION_DEADLINE, properties.satisfactionDeadline().toString());
        variables.put(WorkflowProperties.APPROVAL_PERIOD_VARIABLE, workflow.approvalPeriodIso());
        execution.setVariables(variables);
    }
}
