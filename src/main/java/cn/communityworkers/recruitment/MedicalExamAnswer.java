package cn.communityworkers.recruitment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import cn.communityworkers.system.TaskAnswer;

/** A candidate's medical examination: passed or not, as the hospital concluded. */
@Component("medicalExamAnswer")
class MedicalExamAnswer extends TaskAnswer {

    private final RecruitmentService recruitments;

    MedicalExamAnswer(RecruitmentService recruitments) {
        this.recruitments = recruitments;
    }

    @Override
    protected void check(DelegateExecution execution) {
        recruitments.recordMedicalExam(execution.getProcessInstanceId(),
                RecruitmentProcess.APPLICANT_ID.read(execution), RecruitmentProcess.MEDICAL_PASSED.read(execution));
    }
}
