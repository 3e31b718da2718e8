package cn.communityworkers.assessment;

import static cn.communityworkers.assessment.AnnualAssessmentProcess.*;

import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.communityworkers.workforce.AssessmentRecord;
import cn.communityworkers.workforce.Rating;
import cn.communityworkers.workforce.Role;
import cn.communityworkers.workforce.Worker;
import cn.communityworkers.workforce.WorkerRegistry;

/**
 * What the grade-adjustment table needs: the rating confirmed for the assessment (as the campaign recorded it), the
 * previous year's rating, whether the labour contract ends within a year after the assessment year (by 31
 * December of the next year) and whether the worker is an elected member of the two committees (any role but
 * STAFF, as registered), for the case's worker and year; and what the grade-step table needs, from the registry
 * (post category, level, years rated QUALIFIED or better since the last step, early steps taken: {@code GradeStepInputs}).
 */
@Component("prepareGradeInputs")
class PrepareGradeInputs implements JavaDelegate {

    private final WorkerRegistry workers;
    private final RatedYears ratedYears;

    PrepareGradeInputs(WorkerRegistry workers, RatedYears ratedYears) {
        this.workers = workers;
        this.ratedYears = ratedYears;
    }

    @Override
    public void execute(DelegateExecution execution) {
        RatedYears.RatedYear rated = ratedYears.of(execution);
        Worker worker = workers.find(rated.workerId()).orElseThrow();
        Map<Integer, Rating> history = worker.getAssessmentHistory().stream()
                .collect(Collectors.toMap(AssessmentRecord::year, AssessmentRecord::rating));
        Rating previous = history.get(rated.year() - 1);
        RATING.set(execution, rated.rating().name());
        PREVIOUS_RATING.set(execution, previous == null ? null : previous.name());
        CONTRACT_ENDS_WITHIN_YEAR.set(execution,
                AssessmentDecisions.contractEndsWithinYear(worker.getContractEnd(), rated.year()));
        ELECTED.set(execution, worker.getRole() != Role.STAFF);
        execution.setVariables(workers.gradeStepInputs(worker.getWorkerId(), rated.year(), rated.rating()).variables());
    }
}
