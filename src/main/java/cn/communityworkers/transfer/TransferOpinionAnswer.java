package cn.communityworkers.transfer;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import cn.communityworkers.system.TaskAnswer;

/**
 * The answer to an opinion or approval of a transfer or an arrival: yes or no is required, and a "no" needs an
 * opinion (the completion is refused naming the field otherwise and the task stays open). A "no" records which task
 * gave it and what it said, the refused end's reason.
 */
@Component("transferOpinionAnswer")
class TransferOpinionAnswer extends TaskAnswer {

    @Override
    protected void check(DelegateExecution execution) {
        TransferOpinion opinion = TransferOpinion.at(execution.getCurrentActivityId());
        boolean yes = opinion.yes().read(execution);
        opinion.opinion().readRequiredWhen(execution, !yes, "不同意").ifPresent(said -> {
            if (!yes) {
                TransferProcess.REFUSED_AT.set(execution, opinion.by());
                TransferProcess.REFUSAL_OPINION.set(execution, said);
            }
        });
    }
}
