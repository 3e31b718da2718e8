package cn.communityworkers.recruitment;

import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** For one seat: the best-ranked applicant nobody has taken yet (递补 from the reserve list after a failure). */
@Component("takeNextCandidate")
class TakeNextCandidate implements JavaDelegate {

    private final RecruitmentService recruitments;

    TakeNextCandidate(RecruitmentService recruitments) {
        this.recruitments = recruitments;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Optional<String> candidate = recruitments.takeNextCandidate(execution.getProcessInstanceId(),
                (Integer) execution.getVariable(RecruitmentProcess.SEAT));
        execution.setVariableLocal(RecruitmentProcess.APPLICANT_ID, candidate.orElse(null));
        execution.setVariableLocal(RecruitmentProcess.CANDIDATE_FOUND, candidate.isPresent());
    }
}
