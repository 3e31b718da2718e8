package cn.communityworkers.contractexpiry;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import cn.communityworkers.system.TaskAnswer;

/**
 * The day the written notice of the non-renewal was served: done already, so not after today, and not before the
 * decision was opened; otherwise refused naming the field.
 */
@Component("expiryNoticeAnswer")
class ExpiryNoticeAnswer extends TaskAnswer {

    private final ContractExpiries expiries;

    ExpiryNoticeAnswer(ContractExpiries expiries) {
        this.expiries = expiries;
    }

    @Override
    protected void check(DelegateExecution execution) {
        expiries.doneSinceOpened(execution.getProcessInstanceId(), ContractExpiryProcess.NOTICE_SERVED_ON,
                ContractExpiryProcess.NOTICE_SERVED_ON.read(execution));
    }
}
