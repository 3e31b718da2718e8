package cn.communityworkers.assessment;

import static cn.communityworkers.assessment.AnnualAssessmentProcess.NOTICE_SERVED_ON;
import static cn.communityworkers.assessment.AnnualAssessmentProcess.NOTICE_TYPE;
import static cn.communityworkers.assessment.AnnualAssessmentProcess.UNION_NOTIFIED_ON;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import cn.communityworkers.system.Refusal;
import cn.communityworkers.system.TaskAnswer;

/**
 * Before the contract ends: the union was told the reason beforehand (Labour Contract Law Art. 43: refused without the
 * date, or with a date after the notice) and the worker was served written notice, either 30 days ahead or with one
 * month's pay in lieu (Art. 40). Neither date may lie in the future.
 */
@Component("terminationNoticeAnswer")
class TerminationNoticeAnswer extends TaskAnswer {

    private final ConsequenceService consequences;

    TerminationNoticeAnswer(ConsequenceService consequences) {
        this.consequences = consequences;
    }

    @Override
    protected void check(DelegateExecution execution) {
        LocalDate unionNotifiedOn = consequences.notInFuture(UNION_NOTIFIED_ON, UNION_NOTIFIED_ON.readIfGiven(execution)
                .orElseThrow(() -> Refusal.of(UNION_NOTIFIED_ON.name(),
                        "用人单位单方解除劳动合同,应当事先将理由通知工会(《劳动合同法》第四十三条):请填写通知工会的日期")));
        Consequence.Notice noticeType = NOTICE_TYPE.read(execution);
        LocalDate servedOn = consequences.notInFuture(NOTICE_SERVED_ON, NOTICE_SERVED_ON.read(execution));
        if (servedOn.isBefore(unionNotifiedOn)) {
            throw Refusal.of(UNION_NOTIFIED_ON.name(), "须先通知工会,再向本人送达解除通知(《劳动合同法》第四十三条):通知工会日期 "
                    + unionNotifiedOn + " 晚于送达日期 " + servedOn);
        }
        consequences.recordNotice(execution.getProcessInstanceId(), unionNotifiedOn, noticeType, servedOn);
    }
}
