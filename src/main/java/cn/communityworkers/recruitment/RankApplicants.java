package cn.communityworkers.recruitment;

import java.util.ArrayList;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Ranks by weighted score (ties: interview score, then application time) and opens the seats. */
@Component("rankApplicants")
class RankApplicants implements JavaDelegate {

    private final RecruitmentService recruitments;

    RankApplicants(RecruitmentService recruitments) {
        this.recruitments = recruitments;
    }

    @Override
    public void execute(DelegateExecution execution) {
        RecruitmentProcess.OPEN_SEATS.set(execution, new ArrayList<>(recruitments.rank(execution.getProcessInstanceId())));
    }
}
