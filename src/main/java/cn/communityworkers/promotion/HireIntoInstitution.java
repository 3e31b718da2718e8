package cn.communityworkers.promotion;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.communityworkers.workforce.WorkerService;

/**
 * The secretary becomes public-institution staff: the street labour contract ends, the institution's contract is
 * recorded, the worker leaves the community-worker headcount and goes on serving as secretary.
 */
@Component("hireIntoInstitution")
class HireIntoInstitution implements JavaDelegate {

    private final WorkerService workers;

    HireIntoInstitution(WorkerService workers) {
        this.workers = workers;
    }

    @Override
    public void execute(DelegateExecution execution) {
        workers.hireIntoPublicInstitution((String) execution.getVariable(PromotionProcess.WORKER_ID),
                Answers.text(execution.getVariable(PromotionProcess.INSTITUTION_NAME)), execution.getProcessInstanceId());
    }
}
