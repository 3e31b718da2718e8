package cn.communityworkers.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import cn.communityworkers.support.ProcessTest;

/** The sealing is asked for when a process instance ends, not whenever one of its activities ends. */
@ProcessTest
@RecordApplicationEvents
class SealOnEndTest {

    static final String KEY = "sealOnEndProbe";

    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    ApplicationEvents events;

    /** Two tasks one after the other. */
    @BeforeAll
    static void deploy(@Autowired RepositoryService repositoryService) {
        repositoryService.createDeployment().name(KEY).addModelInstance(KEY + ".bpmn",
                Bpmn.createExecutableProcess(KEY).camundaHistoryTimeToLive(1).startEvent().userTask("Task_First")
                        .userTask("Task_Second").endEvent().done())
                .deploy();
    }

    @Test
    void onlyTheTransactionThatEndsTheInstanceAsksForSealing() {
        String instance = runtimeService.startProcessInstanceByKey(KEY).getId();
        taskService.complete(taskService.createTaskQuery().processInstanceId(instance).singleResult().getId());
        // The start event and the first task have ended, each with an end event in the history: no instance has.
        assertThat(events.stream(SealOnEnd.InstancesEnded.class)).isEmpty();

        taskService.complete(taskService.createTaskQuery().processInstanceId(instance).singleResult().getId());
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance).count()).isZero();
        assertThat(events.stream(SealOnEnd.InstancesEnded.class)).hasSize(1);
    }
}
