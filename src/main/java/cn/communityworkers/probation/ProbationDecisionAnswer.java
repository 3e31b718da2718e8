package cn.communityworkers.probation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import cn.communityworkers.system.TaskAnswer;

/**
 * The street's decision: it must say whether the worker passed, and a "not passed" needs the reason why the worker
 * does not meet the hiring conditions (《劳动合同法》第二十一条: the employer states its reasons), recorded stripped.
 * Otherwise the completion is refused with a readable message (400 over REST) and the task stays open.
 */
@Component("probationDecisionAnswer")
class ProbationDecisionAnswer extends TaskAnswer {

    @Override
    protected void check(DelegateExecution execution) {
        if (ProbationProcess.PROBATION_PASSED.read(execution)) {
            return;
        }
        String reason = ProbationProcess.REASON.readIfGiven(execution)
                .orElseThrow(() -> ProbationProcess.REASON.requiredWhen("不予转正"));
        ProbationProcess.REASON.set(execution, reason);
    }
}
