package cn.communityworkers.recruitment;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** After the notice: the seats emptied by upheld objections are filled again from the reserve list. */
@Component("collectVacatedSeats")
class CollectVacatedSeats implements JavaDelegate {

    private final RecruitmentService recruitments;

    CollectVacatedSeats(RecruitmentService recruitments) {
        this.recruitments = recruitments;
    }

    @Override
    public void execute(DelegateExecution execution) {
        List<Integer> vacated = recruitments.vacatedSeats(execution.getProcessInstanceId());
        RecruitmentProcess.OPEN_SEATS.set(execution, new ArrayList<>(vacated));
        RecruitmentProcess.SEATS_VACATED.set(execution, !vacated.isEmpty());
    }
}
