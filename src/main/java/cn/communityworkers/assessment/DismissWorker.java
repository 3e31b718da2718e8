package cn.communityworkers.assessment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.communityworkers.workforce.Worker;
import cn.communityworkers.workforce.WorkerService;
import cn.communityworkers.workforce.WorkerStatus;

/** The labour contract ends on the assessment's ground: the worker is TERMINATED, with the ground recorded. */
@Component("dismissWorker")
class DismissWorker implements JavaDelegate {

    private final WorkerService workers;

    DismissWorker(WorkerService workers) {
        this.workers = workers;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Worker worker = workers.find((String) execution.getVariable(AnnualAssessment.WORKER_ID)).orElseThrow();
        WorkerStatus from = worker.getStatus();
        String ground = "年度考核(" + execution.getVariable(AssessmentProcess.YEAR) + "年)"
                + execution.getVariable(AnnualAssessment.CONFIRMED_RATING) + ",解除劳动合同:" + execution.getVariable(AnnualAssessment.GROUND);
        if (!workers.changeStatus(worker.getWorkerId(), from, WorkerStatus.TERMINATED, ground, execution.getProcessInstanceId())) {
            throw new IllegalStateException("worker " + worker.getWorkerId() + " changed status meanwhile; dismiss again");
        }
    }
}
