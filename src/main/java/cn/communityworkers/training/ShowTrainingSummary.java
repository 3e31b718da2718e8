package cn.communityworkers.training;

import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import cn.communityworkers.organisation.OrganisationService;
import cn.communityworkers.system.Cases;

/**
 * On creation of the county's summary, once every street with a worker due has answered: per street, how many
 * workers are due and its arrangement (plan, day, who answered).
 */
@Component("showTrainingSummary")
class ShowTrainingSummary implements TaskListener {

    private final TrainingChecks checks;
    private final Cases cases;
    private final OrganisationService organisation;

    ShowTrainingSummary(TrainingChecks checks, Cases cases, OrganisationService organisation) {
        this.checks = checks;
        this.cases = cases;
        this.organisation = organisation;
    }

    @Override
    public void notify(DelegateTask task) {
        String instance = task.getProcessInstanceId();
        Map<String, TrainingChecks.Arrangement> arrangements = checks.arrangements(instance);
        StringBuilder summary = new StringBuilder();
        for (String streetCode : cases.streets(task.getExecution())) {
            TrainingChecks.Arrangement arrangement = arrangements.get(streetCode);
            summary.append(organisation.street(streetCode).name()).append(":应培训 ")
                    .append(checks.dueOfStreet(instance, streetCode).size()).append(" 人;");
            if (arrangement == null) {
                summary.append("尚未安排");
            } else {
                summary.append("计划 ").append(arrangement.plannedOn()).append(" 培训(")
                        .append(arrangement.arrangedBy() == null ? "系统" : arrangement.arrangedBy()).append("):")
                        .append(arrangement.plan());
            }
            summary.append('\n');
        }
        task.setVariableLocal(TrainingCheckProcess.SUMMARY.name(), summary.toString().strip());
    }
}
