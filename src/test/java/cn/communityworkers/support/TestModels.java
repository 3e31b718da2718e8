package cn.communityworkers.support;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;

/** Processes of the tests' own, deployed beside the application's. */
public final class TestModels {

    private TestModels() {
    }

    /** Deploys a process (it needs a history time to live), named by its key; the deployment's id. */
    public static String deploy(RepositoryService repositoryService, BpmnModelInstance model) {
        String key = model.getModelElementsByType(Process.class).iterator().next().getId();
        return repositoryService.createDeployment().name(key).addModelInstance(key + ".bpmn", model).deploy().getId();
    }
}
