package cn.communityworkers.election;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import cn.communityworkers.system.TaskAnswer;

/** The county organisation department's filing: filed, or sent back, which needs the reasons. */
@Component("secretaryFilingAnswer")
class SecretaryFilingAnswer extends TaskAnswer {

    @Override
    protected void check(DelegateExecution execution) {
        boolean accepted = ElectionProcess.FILING_ACCEPTED.read(execution);
        ElectionProcess.FILING_OPINION.readRequiredWhen(execution, !accepted, "退回备案");
    }
}
