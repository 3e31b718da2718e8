package cn.communityworkers.recruitment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.stereotype.Component;

import cn.communityworkers.system.Case;
import cn.communityworkers.system.Cases;
import cn.communityworkers.system.Violation;

/**
 * Headcount + seats reserved by the county's other open recruitments + these positions must stay within the county's
 * approved total (核定总量: set by its organisation department, by default the standard of
 * {@code workforce.staffing.workers-per-ten-thousand} per 10,000 urban residents); if so the seats are reserved. If not, the request is refused at once
 * (不予受理, the figures in the reason, naming the field {@code positions}): the start fails, in Tasklist the person
 * reads why, over REST a 400, and nothing is started or reserved. The units and the request are the case's, as
 * recorded at the start.
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
        if (!check.available()) {
            String reason = "不予受理:" + check.reason();
            throw new FormFieldValidationException(Violation.of(RecruitmentProcess.POSITIONS, "within-approved-total",
                    reason), reason);
        }
        execution.setVariable(RecruitmentProcess.APPROVED_TOTAL, check.approvedTotal());
        execution.setVariable(RecruitmentProcess.STANDARD_HEADCOUNT, check.standardHeadcount());
        execution.setVariable(RecruitmentProcess.HEADCOUNT, check.headcount());
        execution.setVariable(RecruitmentProcess.RESERVED_ELSEWHERE, check.reservedElsewhere());
    }
}
