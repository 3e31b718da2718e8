package cn.communityworkers.resignation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import cn.communityworkers.system.TaskAnswer;

/**
 * The street personnel office's answer before the contract ends: withdrawn or not is required, and a withdrawal needs
 * a note (when the worker withdrew the notice, that the street agreed).
 */
@Component("resignationWithdrawalAnswer")
class ResignationWithdrawalAnswer extends TaskAnswer {

    @Override
    protected void check(DelegateExecution execution) {
        boolean withdrawn = ResignationProcess.WITHDRAWN.read(execution);
        ResignationProcess.WITHDRAWAL_NOTE.readRequiredWhen(execution, withdrawn, "撤回辞职");
    }
}
