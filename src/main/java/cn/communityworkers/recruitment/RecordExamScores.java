package cn.communityworkers.recruitment;

import java.math.BigDecimal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import cn.communityworkers.system.FormValues;

/** When the scores are entered: each between 0 and 100, else refused with a readable message. */
@Component("recordExamScores")
class RecordExamScores implements ExecutionListener {

    private final RecruitmentService recruitments;

    RecordExamScores(RecruitmentService recruitments) {
        this.recruitments = recruitments;
    }

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.isCanceled()) {
            return;    // cancelled, e.g. the recruitment deleted: nobody decided
        }
        BigDecimal written = FormValues.score(execution.getVariable(RecruitmentProcess.WRITTEN_SCORE), RecruitmentProcess.WRITTEN_SCORE, "笔试成绩");
        BigDecimal interview = FormValues.score(execution.getVariable(RecruitmentProcess.INTERVIEW_SCORE), RecruitmentProcess.INTERVIEW_SCORE, "面试成绩");
        recruitments.recordScores(execution.getProcessInstanceId(),
                (String) execution.getVariable(RecruitmentProcess.APPLICANT_ID), written, interview);
    }
}
