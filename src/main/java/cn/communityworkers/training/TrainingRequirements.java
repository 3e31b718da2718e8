package cn.communityworkers.training;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

import cn.communityworkers.system.SystemActions;
import cn.communityworkers.workforce.Role;

/**
 * How often each role must be trained (《意见》第8条: 社区党组织书记、居民委员会主任每年至少1次, the others 每3年轮训1次), as
 * the decision {@value #DECISION} ({@code processes/training/training-requirement.dmn}) gives it: a period in
 * calendar years ending with the year checked, and the least number of trainings in it.
 */
@Component
public class TrainingRequirements {

    static final String DECISION = "trainingRequirement";
    static final String ROLE = "role";
    static final String PERIOD_YEARS = "periodYears";
    static final String MINIMUM_COUNT = "minimumCount";

    /** At least {@code minimumCount} trainings in the {@code periodYears} calendar years up to the year checked. */
    public record Requirement(int periodYears, int minimumCount) {

        /** The first year of the period that ends with {@code year}. */
        public int firstYear(int year) {
            return year - periodYears + 1;
        }

        /** Whether a worker trained on these days is due a training in {@code year}. */
        public boolean isDue(Collection<LocalDate> trainedOn, int year) {
            long inPeriod = trainedOn.stream()
                    .filter(day -> day.getYear() >= firstYear(year) && day.getYear() <= year).count();
            return inPeriod < minimumCount;
        }
    }

    private final DecisionService decisionService;
    private final RepositoryService repositoryService;
    private final SystemActions systemActions;
    private final Map<String, Map<Role, Requirement>> byDeployedDecision = new ConcurrentHashMap<>();

    TrainingRequirements(DecisionService decisionService, RepositoryService repositoryService,
            SystemActions systemActions) {
        this.decisionService = decisionService;
        this.repositoryService = repositoryService;
        this.systemActions = systemActions;
    }

    /**
     * The requirement for a role, from the deployed decision, its evaluation recorded in the history (a training
     * check's list of the workers due rests on it); a role without a row is an error of the table.
     */
    public Requirement of(Role role) {
        return requirement(role, systemActions.run(() -> decisionService.evaluateDecisionByKey(DECISION)
                .variables(Variables.createVariables().putValue(ROLE, role.name()))
                .evaluate()));
    }

    /**
     * Every role's requirement under the decision as deployed now, evaluated once for each deployed version: for the
     * statistics, which read the requirements on every page view and decide nothing by them, so that a page view
     * does not add five evaluations to the history.
     */
    public Map<Role, Requirement> ofEveryRole() {
        String deployed = systemActions.run(() -> repositoryService.createDecisionDefinitionQuery()
                .decisionDefinitionKey(DECISION).latestVersion().singleResult()).getId();
        return byDeployedDecision.computeIfAbsent(deployed, id -> {
            Map<Role, Requirement> requirements = new EnumMap<>(Role.class);
            for (Role role : Role.values()) {
                requirements.put(role, requirement(role, systemActions.run(() -> decisionService
                        .evaluateDecisionById(id).variables(Variables.createVariables().putValue(ROLE, role.name()))
                        .evaluate())));
            }
            return Collections.unmodifiableMap(requirements);
        });
    }

    private static Requirement requirement(Role role, DmnDecisionResult result) {
        if (result.isEmpty()) {
            throw new IllegalStateException("decision " + DECISION + " has no row for role " + role);
        }
        var entries = result.getSingleResult();
        return new Requirement(entries.<Number>getEntry(PERIOD_YEARS).intValue(),
                entries.<Number>getEntry(MINIMUM_COUNT).intValue());
    }
}
