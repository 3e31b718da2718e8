package cn.communityworkers.recruitment;

import java.util.HashMap;
import java.util.Map;
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
                RecruitmentProcess.SEAT.read(execution));
        Map<String, Object> taken = new HashMap<>();
        RecruitmentProcess.APPLICANT_ID.put(taken, candidate.orElse(null));
        RecruitmentProcess.CANDIDATE_FOUND.put(taken, candidate.isPresent());
        execution.setVariablesLocal(taken);
    }
}
