package cn.communityworkers.promotion;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.communityworkers.system.CaseVariables;
import cn.communityworkers.organisation.OrganisationService;
import cn.communityworkers.system.Cases;

/**
 * On creation of a street's nomination: the (recorded) street's eligible secretaries as the options of the form's checklist
 * ({@code [{label, value}]}, value = worker id, label = name and community).
 */
@Component("showEligibleSecretaries")
class ShowEligibleSecretaries implements TaskListener {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final PromotionService promotions;
    private final Cases cases;
    private final OrganisationService organisation;

    ShowEligibleSecretaries(PromotionService promotions, Cases cases, OrganisationService organisation) {
        this.promotions = promotions;
        this.cases = cases;
        this.organisation = organisation;
    }

    @Override
    public void notify(DelegateTask task) {
        String streetCode = cases.street(task.getExecution());
        List<Map<String, String>> options = new ArrayList<>();
        for (PromotionService.Secretary secretary : promotions.eligibleOfStreet(task.getProcessInstanceId(), streetCode)) {
            options.add(Map.of("value", secretary.workerId(),
                    "label", secretary.workerName() + "(" + secretary.communityName() + ")"));
        }
        task.setVariableLocal(CaseVariables.STREET_NAME.name(), organisation.street(streetCode).name());
        try {
            task.setVariableLocal(PromotionProcess.ELIGIBLE_SECRETARIES.name(),
                    SpinValues.jsonValue(JSON.writeValueAsString(options)).create());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
