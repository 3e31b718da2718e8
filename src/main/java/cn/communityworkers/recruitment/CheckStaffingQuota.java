package cn.communityworkers.recruitment;

import java.math.BigDecimal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Headcount + seats reserved by the county's other open recruitments + these positions must stay within
 * the standard (18 per 10,000 urban residents); if so the seats are reserved, else the reason gives the figures.
 */
@Component("checkStaffingQuota")
class CheckStaffingQuota implements JavaDelegate {

    private final RecruitmentService recruitments;

    CheckStaffingQuota(RecruitmentService recruitments) {
        this.recruitments = recruitments;
    }

    @Override
    public void execute(DelegateExecution execution) {
        RecruitmentService.QuotaCheck check = recruitments.reserveSeats(execution.getProcessInstanceId(),
                (String) execution.getVariable(RecruitmentProcess.COUNTY_CODE),
                (String) execution.getVariable(RecruitmentProcess.STREET_CODE),
                (String) execution.getVariable(RecruitmentProcess.COMMUNITY_CODE),
                (Integer) execution.getVariable(RecruitmentProcess.POSITIONS),
                (Integer) execution.getVariable(RecruitmentProcess.CONTRACT_YEARS),
                BigDecimal.valueOf((Double) execution.getVariable(RecruitmentProcess.WRITTEN_WEIGHT)));
        execution.setVariable(RecruitmentProcess.QUOTA_AVAILABLE, check.available());
        execution.setVariable(RecruitmentProcess.STANDARD_HEADCOUNT, check.standardHeadcount());
        execution.setVariable(RecruitmentProcess.HEADCOUNT, check.headcount());
        execution.setVariable(RecruitmentProcess.RESERVED_ELSEWHERE, check.reservedElsewhere());
        if (!check.available()) {
            execution.setVariable(RecruitmentProcess.REJECTION_REASON, check.reason());
        }
    }
}
