package cn.communityworkers.election;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * On creation of an audit task: whom it audits and which posts they leave, as the election registered them (a branch
 * for anyone else is an error of the instance, not a task).
 */
@Component("showAuditedLeader")
class ShowAuditedLeader implements TaskListener {

    private final ElectionService elections;

    ShowAuditedLeader(ElectionService elections) {
        this.elections = elections;
    }

    @Override
    public void notify(DelegateTask task) {
        String workerId = ElectionProcess.AUDITED_WORKER_ID.read(task);
        ElectionService.Outgoing leader = elections.outgoing(task.getProcessInstanceId(), workerId)
                .orElseThrow(() -> new IllegalStateException(workerId + " is no outgoing leader of the election "
                        + task.getProcessInstanceId()));
        task.setVariableLocal(ElectionProcess.AUDITED_WORKER_NAME.name(), leader.workerName());
        task.setVariableLocal(ElectionProcess.AUDITED_POSTS.name(), leader.posts());
    }
}
