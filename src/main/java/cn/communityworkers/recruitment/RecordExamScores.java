package cn.communityworkers.recruitment;

import java.math.BigDecimal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.stereotype.Component;

/** When the scores are entered: each between 0 and 100, else refused with a readable message. */
@Component("recordExamScores")
class RecordExamScores implements ExecutionListener {

    private final RecruitmentService recruitments;

    RecordExamScores(RecruitmentService recruitments) {
        this.recruitments = recruitments;
    }

    @Override
    public void notify(DelegateExecution execution) {
        BigDecimal written = score(execution.getVariable(RecruitmentProcess.WRITTEN_SCORE), RecruitmentProcess.WRITTEN_SCORE, "笔试成绩");
        BigDecimal interview = score(execution.getVariable(RecruitmentProcess.INTERVIEW_SCORE), RecruitmentProcess.INTERVIEW_SCORE, "面试成绩");
        recruitments.recordScores((String) execution.getVariable(RecruitmentProcess.APPLICANT_ID), written, interview);
    }

    static BigDecimal score(Object value, String field, String label) {
        try {
            BigDecimal score = value == null ? null : new BigDecimal(value.toString().trim());
            if (score != null && score.compareTo(BigDecimal.ZERO) >= 0 && score.compareTo(Applicants.FULL_MARKS) <= 0) {
                return score;
            }
        } catch (NumberFormatException e) {
            throw new FormFieldValidationException(field, label + "(" + field + ")须为0到100之间的数字", e);
        }
        throw new FormFieldValidationException(field, label + "(" + field + ")须为0到100之间的数字,收到的是:" + value);
    }
}
