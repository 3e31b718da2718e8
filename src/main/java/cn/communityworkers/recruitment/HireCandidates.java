package cn.communityworkers.recruitment;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.communityworkers.probation.ProbationProcess;
import cn.communityworkers.system.Case;
import cn.communityworkers.system.Cases;

/**
 * The street signs the labour contracts: every selected applicant becomes a worker in probation, in the community the
 * recruitment serves, and a probation screening starts for each. The recruitment tells the audit whom it hired.
 */
@Component("hireCandidates")
class HireCandidates implements JavaDelegate {

    private final RecruitmentService recruitments;
    private final RuntimeService runtimeService;
    private final Cases cases;

    HireCandidates(RecruitmentService recruitments, RuntimeService runtimeService, Cases cases) {
        this.recruitments = recruitments;
        this.runtimeService = runtimeService;
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Case recruitment = cases.of(execution);
        Case.Units units = new Case.Units(recruitment.requireCounty(), recruitment.streetCode(),
                recruitment.requireCommunity());
        RecruitmentService.Hired hired = recruitments.hire(execution.getProcessInstanceId());
        for (RecruitmentService.Hire hire : hired.hires()) {
            cases.touch(execution, hire.workerId());
            ProbationProcess.start(runtimeService, cases, hire.workerId(), hire.probationEnd(), units);
        }
        RecruitmentProcess.UNFILLED_POSITIONS.set(execution, hired.unfilledPositions());
    }
}
