package cn.communityworkers.recruitment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.communityworkers.system.Case;
import cn.communityworkers.system.Cases;

/**
 * Headcount + seats reserved by the county's other open recruitments + these positions must stay within
 * the standard (18 per 10,000 urban residents); if so the seats are reserved, else the reason gives the figures.
 * The units and the request are the case's, as recorded at the start.
 */
@Component("checkStaffingQuota")
class CheckStaffingQuota implements JavaDelegate {

    private final RecruitmentService recruitments;
    private final Cases cases;

    CheckStaffingQuota(RecruitmentService recruitments, Cases cases) {
        this.recruitments = recruitments;
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Case recorded = cases.of(execution);
        RecruitmentRequest request = RecruitmentRequest.recorded(recorded.request());
        RecruitmentService.QuotaCheck check = recruitments.reserveSeats(execution.getProcessInstanceId(),
                recorded.requireCounty(), recorded.streetCode(), recorded.requireCommunity(), request.positions(),
                request.contractYears(), request.writtenWeight());
        execution.setVariable(RecruitmentProcess.QUOTA_AVAILABLE, check.available());
        execution.setVariable(RecruitmentProcess.STANDARD_HEADCOUNT, check.standardHeadcount());
        execution.setVariable(RecruitmentProcess.HEADCOUNT, check.headcount());
        execution.setVariable(RecruitmentProcess.RESERVED_ELSEWHERE, check.reservedElsewhere());
        if (!check.available()) {
            execution.setVariable(RecruitmentProcess.REJECTION_REASON, check.reason());
        }
    }
}
