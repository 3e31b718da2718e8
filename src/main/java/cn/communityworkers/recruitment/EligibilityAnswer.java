package cn.communityworkers.recruitment;

import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import cn.communityworkers.system.TaskAnswer;

/** The street's review of one applicant's eligibility: a decision is required, a "not eligible" needs its reason. */
@Component("eligibilityAnswer")
class EligibilityAnswer extends TaskAnswer {

    private final RecruitmentService recruitments;

    EligibilityAnswer(RecruitmentService recruitments) {
        this.recruitments = recruitments;
    }

    @Override
    protected void check(DelegateExecution execution) {
        boolean eligible = RecruitmentProcess.ELIGIBLE.read(execution);
        Optional<String> reason = RecruitmentProcess.INELIGIBLE_REASON.readRequiredWhen(execution, !eligible, "不符合条件");
        recruitments.recordEligibility(execution.getProcessInstanceId(),
                RecruitmentProcess.APPLICANT_ID.read(execution), eligible, eligible ? null : reason.get());
    }
}
