package cn.communityworkers.recruitment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import cn.communityworkers.system.TaskAnswer;

/** One applicant's exam scores: each from 0 to 100, else refused with a readable message. */
@Component("examScoresAnswer")
class ExamScoresAnswer extends TaskAnswer {

    private final RecruitmentService recruitments;

    ExamScoresAnswer(RecruitmentService recruitments) {
        this.recruitments = recruitments;
    }

    @Override
    protected void check(DelegateExecution execution) {
        recruitments.recordScores(execution.getProcessInstanceId(), RecruitmentProcess.APPLICANT_ID.read(execution),
                RecruitmentProcess.WRITTEN_SCORE.read(execution), RecruitmentProcess.INTERVIEW_SCORE.read(execution));
    }
}
