package cn.communityworkers.contractexpiry;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import cn.communityworkers.system.TaskAnswer;

/**
 * The street party working committee's approval: yes or no, and a "no" (the personnel office decides again) needs an
 * opinion; otherwise the completion is refused naming the field and the task stays open.
 */
@Component("expiryApprovalAnswer")
class ExpiryApprovalAnswer extends TaskAnswer {

    @Override
    protected void check(DelegateExecution execution) {
        boolean approves = ContractExpiryProcess.PARTY_APPROVES.read(execution);
        ContractExpiryProcess.PARTY_OPINION.readRequiredWhen(execution, !approves, "不同意");
    }
}
