package cn.communityworkers.assessment;

import static cn.communityworkers.assessment.AnnualAssessment.*;

import java.time.LocalDate;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.stereotype.Component;

/**
 * Before the contract ends: the union was told the reason beforehand (Labour Contract Law Art. 43: refused without the
 * date, or with a date after the notice) and the worker was served written notice, either 30 days ahead or with one
 * month's pay in lieu (Art. 40). Neither date may lie in the future.
 */
@Component("recordTerminationNotice")
class RecordTerminationNotice implements ExecutionListener {

    private final ConsequenceService consequences;

    RecordTerminationNotice(ConsequenceService consequences) {
        this.consequences = consequences;
    }

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.isCanceled()) {
            return;
        }
        LocalDate today = consequences.today();
        Object union = execution.getVariable(UNION_NOTIFIED_ON);
        if (union == null || union.toString().isBlank()) {
            throw new FormFieldValidationException(UNION_NOTIFIED_ON,
                    "用人单位单方解除劳动合同,应当事先将理由通知工会(《劳动合同法》第四十三条):请填写通知工会的日期");
        }
        LocalDate unionNotifiedOn = TaskInput.date(execution, UNION_NOTIFIED_ON, "通知工会日期", today);
        String noticeType = TaskInput.choice(execution, NOTICE_TYPE, "提前三十日书面通知或额外支付一个月工资",
                Set.of(Consequence.NOTICE, Consequence.PAY_IN_LIEU));
        LocalDate servedOn = TaskInput.date(execution, NOTICE_SERVED_ON, "书面通知送达日期", today);
        if (servedOn.isBefore(unionNotifiedOn)) {
            throw new FormFieldValidationException(UNION_NOTIFIED_ON,
                    "须先通知工会,再向本人送达解除通知(《劳动合同法》第四十三条):通知工会日期 " + unionNotifiedOn
                            + " 晚于送达日期 " + servedOn);
        }
        consequences.recordNotice(execution.getProcessInstanceId(), unionNotifiedOn, noticeType, servedOn);
    }
}
