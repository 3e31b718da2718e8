package cn.communityworkers.assessment;

import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.communityworkers.workforce.AssessmentRecord;
import cn.communityworkers.workforce.Rating;
import cn.communityworkers.workforce.Worker;
import cn.communityworkers.workforce.WorkerService;

/**
 * What the grade-adjustment table needs besides the confirmed rating: the two previous years' ratings and
 * whether the labour contract ends within a year after the assessment year (by 31 December of the next year).
 */
@Component("prepareGradeInputs")
class PrepareGradeInputs implements JavaDelegate {

    private final WorkerService workers;

    PrepareGradeInputs(WorkerService workers) {
        this.workers = workers;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Worker worker = workers.find((String) execution.getVariable(AnnualAssessment.WORKER_ID)).orElseThrow();
        int year = (Integer) execution.getVariable(AssessmentProcess.YEAR);
        Map<Integer, Rating> history = worker.getAssessmentHistory().stream()
                .collect(Collectors.toMap(AssessmentRecord::year, AssessmentRecord::rating));
        execution.setVariable(AnnualAssessment.RATING, execution.getVariable(AnnualAssessment.CONFIRMED_RATING));
        execution.setVariable(AnnualAssessment.PREVIOUS_RATING, name(history.get(year - 1)));
        execution.setVariable(AnnualAssessment.RATING_TWO_YEARS_AGO, name(history.get(year - 2)));
        execution.setVariable(AnnualAssessment.CONTRACT_ENDS_WITHIN_YEAR,
                AssessmentDecisions.contractEndsWithinYear(worker.getContractEnd(), year));
    }

    private static String name(Rating rating) {
        return rating == null ? null : rating.name();
    }
}
