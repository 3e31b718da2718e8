package cn.communityworkers.audit;

import java.util.Map;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.model.bpmn.Bpmn;

/**
 * A process of the tests that ends as soon as it is started: the system (no user authenticated) starts it with the
 * variables a test wants in a history, and its instance is sealed at once.
 */
public final class Probe {

    public static final String KEY = "auditProbe";

    private Probe() {
    }

    /** Deploys the probe (once: an unchanged model is not deployed again) and returns its deployment id. */
    public static String deploy(RepositoryService repositoryService) {
        return repositoryService.createDeployment().name(KEY).enableDuplicateFiltering(false)
                .addModelInstance(KEY + ".bpmn", Bpmn.createExecutableProcess(KEY).name("审计探针")
                        .camundaHistoryTimeToLive(1).startEvent("StartEvent_Probe").endEvent("EndEvent_Probe").done())
                .deploy().getId();
    }

    /** An instance of the probe, ended, with these variables; its id. */
    public static String run(RuntimeService runtimeService, String businessKey, Map<String, Object> variables) {
        return runtimeService.startProcessInstanceByKey(KEY, businessKey, variables).getId();
    }
}
