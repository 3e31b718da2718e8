package cn.communityworkers.probation;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.communityworkers.system.CaseVariables;
import cn.communityworkers.system.Case;
import cn.communityworkers.system.Cases;
import cn.communityworkers.workforce.WorkerStatus;

/**
 * First step of a probation: records the case the hiring step prepared ({@link ProbationProcess#start}; a probation
 * started any other way has none and starts nothing). The case's worker must be registered in PROBATION until the
 * case's end of probation, in the case's community; otherwise the hire is in error and nothing starts. Sets whom
 * the screening concerns and its two moments, the evaluation and the end of the probation.
 */
@Component("prepareProbation")
class PrepareProbation implements JavaDelegate {

    private final ProbationService probation;
    private final Cases cases;

    PrepareProbation(ProbationService probation, Cases cases) {
        this.probation = probation;
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Case recorded = cases.recordPrepared(execution, ProbationProcess.KEY);
        String workerId = recorded.requireWorker();
        LocalDate probationEnd = ProbationProcess.PROBATION_END.from(
                recorded.requested(ProbationProcess.PROBATION_END.name()));
        ProbationService.Probationer probationer = probation.probationer(workerId)
                .orElseThrow(() -> new IllegalStateException("no worker " + workerId + " is registered"));
        if (probationer.status() != WorkerStatus.PROBATION || !probationEnd.equals(probationer.probationEnd())
                || !probationer.unit().communityCode().equals(recorded.communityCode())) {
            throw new IllegalStateException("worker " + workerId + " is " + probationer.status() + " until "
                    + probationer.probationEnd() + " in community " + probationer.unit().communityCode()
                    + ", not in PROBATION until " + probationEnd + " in " + recorded.communityCode()
                    + ": no probation starts");
        }
        ProbationService.Schedule schedule = probation.schedule(probationEnd);
        CaseVariables.setNames(execution, probationer.workerName(), probationer.unit().communityName(),
                probationer.unit().streetName());
        ProbationProcess.EVALUATION_DUE_AT.set(execution,
                schedule.evaluationDueAt().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        ProbationProcess.PROBATION_ENDS_AT.set(execution,
                schedule.probationEndsAt().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
    }
}
