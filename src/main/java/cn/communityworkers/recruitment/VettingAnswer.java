package cn.communityworkers.recruitment;

import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import cn.communityworkers.system.TaskAnswer;

/** The street party committee's political vetting of a candidate: a result is required, a failure needs its note. */
@Component("vettingAnswer")
class VettingAnswer extends TaskAnswer {

    private final RecruitmentService recruitments;

    VettingAnswer(RecruitmentService recruitments) {
        this.recruitments = recruitments;
    }

    @Override
    protected void check(DelegateExecution execution) {
        boolean passed = RecruitmentProcess.VETTING_PASSED.read(execution);
        Optional<String> note = RecruitmentProcess.VETTING_NOTE.readRequiredWhen(execution, !passed, "政治审查未通过");
        recruitments.recordVetting(execution.getProcessInstanceId(), RecruitmentProcess.APPLICANT_ID.read(execution),
                passed, note.orElse(null));
    }
}
