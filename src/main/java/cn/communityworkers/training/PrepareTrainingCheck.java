package cn.communityworkers.training;

import java.util.List;
import java.util.TreeSet;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.communityworkers.organisation.OrganisationService;
import cn.communityworkers.system.Case;
import cn.communityworkers.system.CaseVariables;
import cn.communityworkers.system.Cases;

/**
 * First step of a training check, which only the system starts ({@link TrainingChecks}): records the case it
 * prepared (the county, the year; a check started any other way has none and starts nothing, 403), finds the county's
 * workers due a training in the year ({@code training-requirement.dmn}), keeps them by street as they are today,
 * records the streets with a worker due with the case (one task each, {@code ${route.streets(execution)}}) and tells
 * the audit that the check concerns each of those workers.
 */
@Component("prepareTrainingCheck")
class PrepareTrainingCheck implements JavaDelegate {

    private final TrainingChecks checks;
    private final Cases cases;
    private final OrganisationService organisation;

    PrepareTrainingCheck(TrainingChecks checks, Cases cases, OrganisationService organisation) {
        this.checks = checks;
        this.cases = cases;
        this.organisation = organisation;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Case recorded = cases.recordPrepared(execution, TrainingCheckProcess.KEY);
        String countyCode = recorded.requireCounty();
        int year = recorded.requestedNumber(TrainingCheckProcess.YEAR.name());
        List<TrainingChecks.DueWorker> due = checks.findDue(countyCode, year);
        checks.saveDue(execution.getProcessInstanceId(), due);
        due.forEach(worker -> cases.touch(execution, worker.workerId()));
        cases.recordStreets(execution, new TreeSet<>(due.stream().map(TrainingChecks.DueWorker::streetCode).toList()));
        CaseVariables.COUNTY_NAME.set(execution, organisation.county(countyCode).name());
        TrainingCheckProcess.YEAR.set(execution, year);
        TrainingCheckProcess.ANY_DUE.set(execution, !due.isEmpty());
    }
}
