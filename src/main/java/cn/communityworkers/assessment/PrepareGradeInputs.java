package cn.communityworkers.assessment;

import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.communityworkers.system.Case;
import cn.communityworkers.system.Cases;
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
    private final CampaignService campaigns;
    private final Cases cases;

    PrepareGradeInputs(WorkerRegistry workers, CampaignService campaigns, Cases cases) {
        this.workers = workers;
        this.campaigns = campaigns;
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Case assessment = cases.of(execution);
        Worker worker = workers.find(assessment.requireWorker()).orElseThrow();
        int year = assessment.requestedNumber(AssessmentProcess.YEAR);
        Map<Integer, Rating> history = worker.getAssessmentHistory().stream()
                .collect(Collectors.toMap(AssessmentRecord::year, AssessmentRecord::rating));
        String rating = campaigns.confirmedRating(execution.getProcessBusinessKey());
        execution.setVariable(AnnualAssessment.RATING, rating);
        execution.setVariable(AnnualAssessment.PREVIOUS_RATING, name(history.get(year - 1)));
        execution.setVariable(AnnualAssessment.CONTRACT_ENDS_WITHIN_YEAR,
                AssessmentDecisions.contractEndsWithinYear(worker.getContractEnd(), year));
        execution.setVariable(AssessmentDecisions.ELECTED, worker.getRole() != Role.STAFF);
        execution.setVariables(workers.gradeStepInputs(worker.getWorkerId(), year, Rating.valueOf(rating)).variables());
    }

    private static String name(Rating rating) {
        return rating == null ? null : rating.name();
    }
}
