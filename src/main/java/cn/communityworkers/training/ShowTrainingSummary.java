package cn.communityworkers.training;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

import cn.communityworkers.organisation.OrganisationService;
import cn.communityworkers.system.Cases;
import cn.communityworkers.system.SystemActions;
import cn.communityworkers.system.Variable;

/**
 * On creation of the county's summary, once every street with a worker due has answered: per street, how many
 * workers are due and its arrangement (plan, day, who answered, by name and unit).
 */
@Component("showTrainingSummary")
class ShowTrainingSummary implements TaskListener {

    private final TrainingChecks checks;
    private final Cases cases;
    private final OrganisationService organisation;
    private final IdentityService identityService;
    private final SystemActions systemActions;

    ShowTrainingSummary(TrainingChecks checks, Cases cases, OrganisationService organisation,
            IdentityService identityService, SystemActions systemActions) {
        this.checks = checks;
        this.cases = cases;
        this.organisation = organisation;
        this.identityService = identityService;
        this.systemActions = systemActions;
    }

    @Override
    public void notify(DelegateTask task) {
        String instance = task.getProcessInstanceId();
        Map<String, TrainingChecks.Arrangement> arrangements = checks.arrangements(instance);
        List<String> streets = new ArrayList<>();
        for (String streetCode : cases.streets(task.getExecution())) {
            TrainingChecks.Arrangement arrangement = arrangements.get(streetCode);
            StringBuilder line = new StringBuilder(organisation.street(streetCode).name()).append(":应培训 ")
                    .append(checks.dueOfStreet(instance, streetCode).size()).append(" 人;");
            if (arrangement == null) {
                line.append("尚未安排");
            } else {
                line.append("计划 ").append(arrangement.plannedOn()).append(" 培训,经办:")
                        .append(person(arrangement.arrangedBy())).append(";").append(arrangement.plan());
            }
            streets.add(line.toString());
        }
        task.setVariableLocal(TrainingCheckProcess.SUMMARY.name(), Variable.fitted(streets,
                left -> "……另有 " + left + " 个街道的安排未能在此列出(共 " + streets.size() + " 个街道)"));
    }

    /** Who answered, as Tasklist names people: "陈静(东城街道组织人事办)"; the system if nobody. */
    private String person(String userId) {
        if (userId == null) {
            return "系统";
        }
        User user = systemActions.run(() -> identityService.createUserQuery().userId(userId).singleResult());
        return user == null ? userId : user.getFirstName() + "(" + user.getLastName() + ")";
    }
}
