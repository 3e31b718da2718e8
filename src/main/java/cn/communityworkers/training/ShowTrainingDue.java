package cn.communityworkers.training;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import cn.communityworkers.organisation.OrganisationService;
import cn.communityworkers.system.CaseVariables;
import cn.communityworkers.system.Cases;
import cn.communityworkers.workforce.Role;

/**
 * On creation of a street's task: the (recorded) street's name and its workers due, as the check found them, one line
 * each (name, community, role, last training), for the form to show read-only.
 */
@Component("showTrainingDue")
class ShowTrainingDue implements TaskListener {

    private final TrainingChecks checks;
    private final Cases cases;
    private final OrganisationService organisation;

    ShowTrainingDue(TrainingChecks checks, Cases cases, OrganisationService organisation) {
        this.checks = checks;
        this.cases = cases;
        this.organisation = organisation;
    }

    @Override
    public void notify(DelegateTask task) {
        String streetCode = cases.street(task.getExecution());
        List<TrainingChecks.DueWorker> due = checks.dueOfStreet(task.getProcessInstanceId(), streetCode);
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < due.size(); i++) {
            TrainingChecks.DueWorker worker = due.get(i);
            lines.append(i + 1).append(". ").append(worker.workerName()).append(",").append(worker.communityName())
                    .append(",").append(roleName(worker.role())).append(",最近培训:")
                    .append(worker.lastCompletedOn() == null ? "无"
                            : worker.lastCompletedOn() + " " + worker.lastCourse())
                    .append('\n');
        }
        task.setVariableLocal(CaseVariables.STREET_NAME.name(), organisation.street(streetCode).name());
        task.setVariableLocal(TrainingCheckProcess.DUE_COUNT.name(), due.size());
        task.setVariableLocal(TrainingCheckProcess.DUE_WORKERS.name(), lines.toString().strip());
    }

    static String roleName(Role role) {
        return switch (role) {
            case SECRETARY -> "社区党组织书记";
            case DIRECTOR -> "居民委员会主任";
            case DEPUTY -> "副书记、副主任";
            case COMMITTEE_MEMBER -> "“两委”委员";
            case STAFF -> "社区专职工作人员";
        };
    }
}
