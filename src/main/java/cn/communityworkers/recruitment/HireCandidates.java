package cn.communityworkers.recruitment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The street signs the labour contracts: every selected applicant becomes a worker in probation, and a
 * probation screening ({@value #PROBATION}) starts for each.
 */
@Component("hireCandidates")
class HireCandidates implements JavaDelegate {

    static final String PROBATION = "probation";

    private final RecruitmentService recruitments;
    private final RuntimeService runtimeService;

    HireCandidates(RecruitmentService recruitments, RuntimeService runtimeService) {
        this.recruitments = recruitments;
        this.runtimeService = runtimeService;
    }

    @Override
    public void execute(DelegateExecution execution) {
        RecruitmentService.Hired hired = recruitments.hire(execution.getProcessInstanceId());
        List<String> workerIds = new ArrayList<>();
        for (RecruitmentService.Hire hire : hired.hires()) {
            runtimeService.startProcessInstanceByKey(PROBATION, hire.workerId(), Map.of(
                    "workerId", hire.workerId(), "probationEnd", hire.probationEnd().toString()));
            workerIds.add(hire.workerId());
        }
        execution.setVariable(RecruitmentProcess.HIRED_WORKER_IDS, workerIds);
        execution.setVariable(RecruitmentProcess.UNFILLED_POSITIONS, hired.unfilledPositions());
    }
}
