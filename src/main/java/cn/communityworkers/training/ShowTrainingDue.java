package cn.communityworkers.training;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import cn.communityworkers.organisation.OrganisationService;
import cn.communityworkers.system.CaseVariables;
import cn.communityworkers.system.Cases;
import cn.communityworkers.system.Variable;
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
        task.setVariableLocal(CaseVariables.STREET_NAME.name(), organisation.street(streetCode).name());
        task.setVariableLocal(TrainingCheckProcess.DUE_COUNT.name(), due.size());
        task.setVariableLocal(TrainingCheckProcess.DUE_WORKERS.name(), lines(due));
    }

    /**
     * The workers due, one line each, as many as a variable's text holds ({@link Variable#MAX_TEXT}): a street of a
     * few hundred workers due has more, and then the last line says how many are not listed, so that the task is
     * still created (the count beside the list is always the whole).
     */
    static String lines(List<TrainingChecks.DueWorker> due) {
        List<String> lines = new ArrayList<>();
        for (TrainingChecks.DueWorker worker : due) {
            lines.add((lines.size() + 1) + ". " + worker.workerName() + "," + worker.communityName() + ","
                    + roleName(worker.role()) + ",最近培训:" + (worker.lastCompletedOn() == null ? "无"
                            : worker.lastCompletedOn() + " " + worker.lastCourse()));
        }
        return Variable.fitted(lines, left -> "……另有 " + left + " 人未能在此列出(共 " + due.size() + " 人)");
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
