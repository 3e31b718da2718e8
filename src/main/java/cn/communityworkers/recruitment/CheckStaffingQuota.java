package cn.communityworkers.recruitment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.communityworkers.system.Case;
import cn.communityworkers.system.Cases;
import cn.communityworkers.system.Refusal;
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
            throw Refusal.of(Violation.of(RecruitmentProcess.POSITIONS.name(), "within-approved-total",
                    "不予受理:" + check.reason()));
        }
        RecruitmentProcess.APPROVED_TOTAL.set(execution, check.approvedTotal());
        RecruitmentProcess.STANDARD_HEADCOUNT.set(execution, check.standardHeadcount());
        RecruitmentProcess.HEADCOUNT.set(execution, check.headcount());
        RecruitmentProcess.RESERVED_ELSEWHERE.set(execution, check.reservedElsewhere());
    }
}
